package org.quotestance.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.cli.CorpusAnnotator;
import org.quotestance.cli.RunReport;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleMetadata;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.speaker.CorpusNames;
import org.quotestance.write.CsvRows;
import org.quotestance.write.SpeakerTally;

/**
 * Annotates one partition of documents: one analysis engine (the {@link PipelineFactory#annotators()}
 * aggregate) and one reused CAS per partition. Each document gives one {@link Schemas#RESULTS} row with its
 * rows of the CSV tables ({@link CsvRows#of}), its layer counts and its speaker tally; its XMI file is
 * written from here when an XMI folder is given. Documents are taken and given back one at a time, in
 * order, so a partition is never held in memory.
 */
final class PartitionAnnotator implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final String xmiFolder;
    private final org.apache.spark.sql.types.StructType schema;
    private final byte[] corpusNames;

    /**
     * @param schema the documents' schema (the rows handed to a partition need not carry it)
     * @param xmiFolder where {@code <doc_id>.xmi} files go (any Hadoop file system URI), or null for none
     * @param corpusNames the serialised {@link CorpusNames} of the first pass, for the speaker linker
     */
    PartitionAnnotator(org.apache.spark.sql.types.StructType schema, String xmiFolder, byte[] corpusNames) {
        this.schema = schema;
        this.xmiFolder = xmiFolder;
        this.corpusNames = corpusNames;
    }

    /**
     * The corpus names as a local file the speaker linker reads, named by its content so that the partitions an
     * executor runs share one file (and {@link CorpusNames#load}'s one copy in memory), and by the process, since
     * each JVM deletes its own file when it exits (another job's executor on the same machine may still read it).
     */
    private Path corpusNamesFile() throws IOException {
        String digest;
        try {
            digest = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(corpusNames)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String name = "quotestance-corpus-names-" + digest + "-" + ProcessHandle.current().pid() + ".ser";
        Path file = Path.of(System.getProperty("java.io.tmpdir"), name);
        synchronized (PartitionAnnotator.class) {
            if (!Files.exists(file)) {
                Path part = Files.createTempFile(file.getParent(), "quotestance-corpus-names", ".tmp");
                Files.write(part, corpusNames);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
                file.toFile().deleteOnExit();
            }
        }
        return file;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) throws UIMAException, IOException {
        if (!documents.hasNext()) {
            return java.util.Collections.emptyIterator();
        }
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(
                PipelineFactory.aggregate(PipelineFactory.annotators(corpusNamesFile())));
        JCas jcas = JCasFactory.createJCas();
        HadoopFolder xmi = xmiFolder == null ? null : new HadoopFolder(xmiFolder);
        return new Iterator<>() {
            private boolean open = true;

            @Override
            public boolean hasNext() {
                if (open && !documents.hasNext()) {
                    open = false;
                    engine.destroy();
                }
                return open;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return annotate(documents.next(), engine, jcas, xmi);
            }
        };
    }

    private Row annotate(Row document, AnalysisEngine engine, JCas jcas, HadoopFolder xmi) {
        String docId = string(document, "doc_id");
        String file = string(document, "file");
        String failure = string(document, "failure");
        if (failure != null) {
            return failed(docId, file, failure);
        }
        String text = string(document, "text");
        if (docId == null || docId.isEmpty() || text == null) {
            return failed(docId, file, "no doc_id or no text");
        }
        String language = string(document, "language");
        Article article = new Article(docId, file == null ? docId + ".txt" : file, text,
                new ArticleMetadata(orEmpty(string(document, "outlet")), orEmpty(string(document, "url")),
                        orEmpty(string(document, "date")), orEmpty(string(document, "title")),
                        language == null || language.isEmpty() ? ArticleMetadata.DEFAULT_LANGUAGE : language));
        try {
            jcas.reset();
            ArticleCasInitializer.initialize(jcas, article);
            engine.process(jcas);
        } catch (Exception | StackOverflowError e) {
            return failed(docId, file, "annotation failed: " + CorpusAnnotator.rootCause(e));
        }
        try {
            if (xmi != null) {
                xmi.write(docId, jcas.getCas());
            }
        } catch (Exception e) {
            return failed(docId, file, "writing failed: " + CorpusAnnotator.rootCause(e));
        }
        CsvRows.DocumentRows rows = CsvRows.of(jcas);
        SpeakerTally speakers = new SpeakerTally();
        speakers.addDocument(jcas);
        return RowFactory.create(docId, file, null, strings(rows.document()), table(rows.quotes()),
                table(rows.locations()), table(rows.stances()),
                scala.jdk.javaapi.CollectionConverters.asScala(RunReport.layerCounts(jcas)),
                serialize(speakers));
    }

    private static Row failed(String docId, String file, String reason) {
        return RowFactory.create(docId, file, reason, null, null, null, null, null, null);
    }

    private String string(Row row, String column) {
        scala.Option<Object> index = schema.getFieldIndex(column);
        if (index.isEmpty()) {
            return null;
        }
        int i = (Integer) index.get();
        return row.isNullAt(i) ? null : row.getString(i);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A row as the CSV printer prints it: each value's {@code toString()}. */
    private static String[] strings(List<Object> row) {
        String[] cells = new String[row.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = String.valueOf(row.get(i));
        }
        return cells;
    }

    private static String[][] table(List<List<Object>> rows) {
        String[][] table = new String[rows.size()][];
        for (int i = 0; i < table.length; i++) {
            table[i] = strings(rows.get(i));
        }
        return table;
    }

    static byte[] serialize(java.io.Serializable tally) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tally);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
