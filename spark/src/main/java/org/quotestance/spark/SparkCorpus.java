package org.quotestance.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleDecoder;
import org.quotestance.io.ArticleMetadata;
import org.quotestance.io.ArticleSource;
import org.quotestance.speaker.CorpusNames;
import org.quotestance.write.CsvTable;
import org.quotestance.write.SpeakerTally;

/**
 * The quotestance pipeline on Spark: a Dataset of documents in, a Dataset of per-document results out,
 * and from those the tables of the CSV contract. Partitions hold consecutive documents, and every step
 * keeps their order, so the tables list documents in input order as {@code annotate} writes them.
 */
public final class SparkCorpus {

    private SparkCorpus() {
    }

    /**
     * An input folder as {@link ArticleSource} lists it: the documents, the problems with {@code metadata.csv}
     * and the files not read.
     */
    public record Input(Dataset<Row> documents, int filesFound, List<org.quotestance.io.InputFailure> metadataFailures,
            List<org.quotestance.io.InputFailure> skipped) {
    }

    /**
     * The {@code .txt} articles of {@code folder} as a Dataset of {@link Schemas#DOCUMENTS} rows, in file
     * order, {@code docsPerPartition} to a partition (at least as many partitions as the default
     * parallelism). The driver lists the folder and reads {@code metadata.csv}; the executors read the files
     * ({@link ArticleSource#read(Path, String, String, ArticleMetadata, ArticleDecoder)}, so a bad file gets the reason
     * {@code annotate} gives it), which therefore must be at the same path on every executor.
     */
    public static Input readFolder(SparkSession spark, Path folder, long maxBytes, int docsPerPartition)
            throws IOException {
        ArticleSource source = ArticleSource.open(folder, maxBytes);
        List<Row> files = new ArrayList<>();
        for (Path file : source.files()) {
            ArticleMetadata m = source.metadata(file);
            files.add(RowFactory.create(file.toAbsolutePath().toString(), source.docId(file), source.relativePath(file),
                    m.outlet(), m.url(), m.date(), m.title(), m.language()));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = partitions(files.size(), docsPerPartition, context.defaultParallelism());
        org.apache.spark.sql.types.StructType listing = new org.apache.spark.sql.types.StructType()
                .add("path", "string").add("doc_id", "string").add("name", "string").add("outlet", "string").add("url", "string").add("date", "string")
                .add("title", "string").add("language", "string");
        Dataset<Row> documents = spark.createDataFrame(context.parallelize(files, partitions), listing)
                .mapPartitions(new FileReader(maxBytes), Encoders.row(Schemas.DOCUMENTS));
        return new Input(documents, files.size(), source.metadataFailures(), source.skipped());
    }

    /** How many partitions {@code documents} documents get: about {@code perPartition} each, at least {@code parallelism}. */
    static int partitions(int documents, int perPartition, int parallelism) {
        int byCount = (int) Math.ceil(documents / (double) Math.max(1, perPartition));
        return Math.max(1, Math.min(Math.max(documents, 1), Math.max(parallelism, byCount)));
    }

    /** Reads the article files of a partition on the executor. */
    private static final class FileReader implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final long maxBytes;

        FileReader(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> files) {
            ArticleDecoder decoder = new ArticleDecoder(maxBytes);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return files.hasNext();
                }

                @Override
                public Row next() {
                    Row f = files.next();
                    Path path = Path.of(f.getString(0));
                    String name = f.getString(2);
                    ArticleMetadata metadata = new ArticleMetadata(f.getString(3), f.getString(4), f.getString(5),
                            f.getString(6), f.getString(7));
                    try {
                        Article a = ArticleSource.read(path, f.getString(1), name, metadata, decoder);
                        ArticleMetadata read = a.metadata(); // a page's own title, date ... where metadata.csv is silent
                        return RowFactory.create(a.docId(), a.text(), a.fileName(), read.outlet(), read.url(),
                                read.date(), read.title(), read.language(), null);
                    } catch (IOException | ArticleDecoder.InvalidArticleException e) {
                        return RowFactory.create(null, null, name, metadata.outlet(), metadata.url(), metadata.date(),
                                metadata.title(), metadata.language(), e.getMessage());
                    }
                }
            };
        }
    }

    /**
     * Annotates {@code documents} (columns {@code doc_id}, {@code text}; optional {@code file}, {@code outlet},
     * {@code url}, {@code date}, {@code title}, {@code language}, {@code failure}) into {@link Schemas#RESULTS}
     * rows, one per document, writing {@code <doc_id>.xmi} to {@code xmiFolder} unless it is null.
     */
    public static Dataset<Row> annotate(Dataset<Row> documents, String xmiFolder) {
        byte[] names = PartitionAnnotator.serialize(corpusNames(documents));
        return documents.mapPartitions(new PartitionAnnotator(documents.schema(), xmiFolder, names),
                Encoders.row(Schemas.RESULTS));
    }

    /**
     * The first pass of corpus-level speaker linking, as {@code annotate} makes it: the full names of every
     * document's text, gathered on the driver one document at a time in document order.
     */
    static CorpusNames corpusNames(Dataset<Row> documents) {
        boolean hasDate = java.util.Arrays.asList(documents.columns()).contains("date");
        Dataset<Row> texts = documents.select(functions.col("text"),
                hasDate ? functions.col("date") : functions.lit("").as("date"));
        CorpusNames names = new CorpusNames();
        Iterator<Row> rows = texts.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            if (!row.isNullAt(0)) {
                names.addDocument(row.getString(0), row.isNullAt(1) ? "" : row.getString(1));
            }
        }
        return names.complete();
    }

    /** The rows of a per-document table (not {@link CsvTable#SPEAKERS}), every cell as the CSV writer prints it. */
    public static Dataset<Row> table(Dataset<Row> results, CsvTable table) {
        if (table == CsvTable.SPEAKERS) {
            throw new IllegalArgumentException("speakers are corpus-wide: use speakers()");
        }
        String column = switch (table) {
            case DOCUMENTS -> "document";
            case QUOTES -> "quotes";
            case LOCATIONS -> "locations";
            default -> "stances";
        };
        int i = Schemas.RESULTS.fieldIndex(column);
        return results.flatMap((FlatMapFunction<Row, Row>) result -> {
            if (result.isNullAt(i)) {
                return java.util.Collections.emptyIterator();
            }
            List<Row> rows = new ArrayList<>();
            if (table == CsvTable.DOCUMENTS) {
                rows.add(RowFactory.create(result.getList(i).toArray()));
            } else {
                for (Object row : result.getList(i)) {
                    rows.add(RowFactory.create(scala.jdk.javaapi.CollectionConverters
                            .asJava((scala.collection.Seq<?>) row).toArray()));
                }
            }
            return rows.iterator();
        }, Encoders.row(Schemas.csv(table)));
    }

    /**
     * The speaker tally of the whole corpus: each partition's documents are tallied on its executor, and the
     * partition tallies are merged on the driver in partition order, which gives what one
     * {@link SpeakerTally} fed the documents in order gives.
     */
    public static SpeakerTally speakers(Dataset<Row> results) {
        List<byte[]> partitions = results.select("speakers").mapPartitions(
                (MapPartitionsFunction<Row, byte[]>) rows -> {
                    SpeakerTally tally = new SpeakerTally();
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        if (!row.isNullAt(0)) {
                            tally.merge(deserialize(row.getAs(0)));
                        }
                    }
                    return List.of(PartitionAnnotator.serialize(tally)).iterator();
                }, Encoders.BINARY()).collectAsList();
        SpeakerTally corpus = new SpeakerTally();
        for (byte[] tally : partitions) {
            corpus.merge(deserialize(tally));
        }
        return corpus;
    }

    /** {@code speakers.csv} rows as a one-partition Dataset, every cell as the CSV writer prints it. */
    public static Dataset<Row> speakerTable(SparkSession spark, SpeakerTally tally) {
        List<Row> rows = new ArrayList<>();
        for (List<Object> row : tally.rows()) {
            rows.add(RowFactory.create(row.stream().map(String::valueOf).toArray()));
        }
        return spark.createDataFrame(rows, Schemas.csv(CsvTable.SPEAKERS)).coalesce(1);
    }

    static SpeakerTally deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (SpeakerTally) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
