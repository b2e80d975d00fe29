package org.quotestance.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.uima.fit.factory.JCasFactory;
import org.quotestance.cli.RunReport;
import org.quotestance.io.ArticleSource;
import org.quotestance.io.InputFailure;
import org.quotestance.write.CsvTable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annotate} on Spark: reads a folder of articles as {@code annotate} does, annotates it with the same
 * engines, one engine and one CAS per partition, and writes {@code xmi/} (one file per document, written by
 * the executors), {@code csv/<table>/} and {@code parquet/<table>/} (Spark part files, in document order)
 * and {@code run-report.json}. Exit code 0 when every file was annotated, 1 when some failed, 2 when the
 * run could not start.
 */
@Command(name = "spark-annotate", mixinStandardHelpOptions = true,
        description = "Annotate a folder of .txt articles on Apache Spark.")
public final class SparkAnnotate implements Callable<Integer> {

    @Parameters(index = "0", description = "Folder of .txt articles (+ optional metadata.csv), visible to every executor")
    Path input;

    @Parameters(index = "1", description = "Output folder (a local path or a Hadoop URI such as hdfs://...)")
    String output;

    @Option(names = "--master", description = "Spark master (default: what spark-submit sets, else local[*])")
    String master;

    @Option(names = "--docs-per-partition", defaultValue = "1000",
            description = "Documents per partition (one analysis engine each; default ${DEFAULT-VALUE})")
    int docsPerPartition;

    @Option(names = "--max-bytes", defaultValue = "" + ArticleSource.DEFAULT_MAX_BYTES,
            description = "Files larger than this are reported and skipped (default ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--no-xmi", description = "Write the tables only")
    boolean noXmi;

    /** What a run did, and what it cost: the executors' task time summed over all tasks. */
    public record Summary(RunReport report, long documents, double wallSeconds, double taskSeconds,
            double cpuSeconds, int cores) {

        public double taskMillisPerDocument() {
            return documents == 0 ? 0 : 1000 * taskSeconds / documents;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d documents in %.1f s on %d cores (%.1f docs/s); executor task time "
                    + "%.1f s = %.1f ms per document = %.1f docs/s per core; executor CPU time %.1f s = %.1f ms per "
                    + "document", documents, wallSeconds, cores, documents / wallSeconds, taskSeconds,
                    taskMillisPerDocument(), taskSeconds == 0 ? 0 : documents / taskSeconds, cpuSeconds,
                    documents == 0 ? 0 : 1000 * cpuSeconds / documents);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkAnnotate()).execute(args));
    }

    @Override
    public Integer call() {
        SparkConf conf = new SparkConf().setAppName("quotestance");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark;
        try {
            spark = SparkSession.builder().config(conf).getOrCreate();
        } catch (RuntimeException e) {
            System.err.println("spark-annotate: cannot start Spark: " + e.getMessage());
            return 2;
        }
        try {
            Summary summary = run(spark, input, output, docsPerPartition, maxBytes, !noXmi);
            for (InputFailure f : summary.report().failures) {
                System.err.println(f.file() + ": " + f.reason());
            }
            System.err.println(summary);
            return summary.report().failures.isEmpty() ? 0 : 1;
        } catch (java.io.IOException e) {
            System.err.println("spark-annotate: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    /** Annotates {@code input} into {@code output} on {@code spark}. */
    public static Summary run(SparkSession spark, Path input, String output, int docsPerPartition, long maxBytes,
            boolean xmi) throws java.io.IOException {
        long start = System.nanoTime();
        AtomicLong taskNanos = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    taskNanos.addAndGet(end.taskMetrics().executorRunTime() * 1_000_000L);
                    cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            SparkCorpus.Input in = SparkCorpus.readFolder(spark, input, maxBytes, docsPerPartition);
            HadoopFolder out = new HadoopFolder(output);
            String xmiFolder = null;
            if (xmi) {
                xmiFolder = output + "/xmi";
                new HadoopFolder(xmiFolder).writeTypeSystem(JCasFactory.createJCas().getCas());
            }
            Dataset<Row> results = SparkCorpus.annotate(in.documents(), xmiFolder)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                for (CsvTable table : List.of(CsvTable.DOCUMENTS, CsvTable.QUOTES, CsvTable.LOCATIONS,
                        CsvTable.STANCES)) {
                    write(SparkCorpus.table(results, table), output, table);
                }
                write(SparkCorpus.speakerTable(spark, SparkCorpus.speakers(results)), output, CsvTable.SPEAKERS);
                RunReport report = report(in, results);
                report.input = input.getFileName() == null ? input.toString() : input.getFileName().toString();
                report.outputs.addAll(xmi ? List.of("xmi/", "csv/", "parquet/", "run-report.json")
                        : List.of("csv/", "parquet/", "run-report.json"));
                out.write("run-report.json", report.toJson());
                awaitListeners(spark);
                return new Summary(report, report.documentsAnnotated, (System.nanoTime() - start) / 1e9,
                        taskNanos.get() / 1e9, cpuNanos.get() / 1e9, spark.sparkContext().defaultParallelism());
            } finally {
                results.unpersist();
            }
        } catch (org.apache.uima.UIMAException | org.xml.sax.SAXException e) {
            throw new java.io.IOException("cannot write the type system: " + e.getMessage(), e);
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    /** Lets the listener see the last tasks' metrics (the bus delivers events asynchronously). */
    private static void awaitListeners(SparkSession spark) {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
        } catch (java.util.concurrent.TimeoutException e) {
            // the task time then misses the last few tasks; the run itself is complete
        }
    }

    /** CSV as the data contract wants it (RFC 4180 quoting, header row, UTF-8, no trimming), and Parquet. */
    static void write(Dataset<Row> table, String output, CsvTable name) {
        String folder = name.fileName().replace(".csv", "");
        table.write().mode(SaveMode.Overwrite)
                .option("header", true)
                .option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", false)
                .option("ignoreTrailingWhiteSpace", false)
                .option("encoding", "UTF-8")
                .csv(output + "/csv/" + folder);
        Schemas.typed(table).write().mode(SaveMode.Overwrite).parquet(output + "/parquet/" + folder);
    }

    private static RunReport report(SparkCorpus.Input in, Dataset<Row> results) {
        RunReport report = new RunReport();
        report.filesFound = in.filesFound();
        report.failures.addAll(in.metadataFailures());
        report.skipped.addAll(in.skipped());
        report.filesSkipped = in.skipped().size();
        List<InputFailure> failed = new ArrayList<>();
        for (Row row : results.filter(functions.col("failure").isNotNull()).select("file", "failure")
                .collectAsList()) {
            failed.add(new InputFailure(row.getString(0), row.getString(1)));
        }
        report.failures.addAll(failed);
        Dataset<Row> annotated = results.filter(functions.col("failure").isNull());
        report.documentsAnnotated = (int) annotated.count();
        for (Row row : annotated.select(functions.explode(functions.col("counts"))).groupBy("key")
                .agg(functions.sum("value")).collectAsList()) {
            report.count(row.getString(0), (int) row.getLong(1));
        }
        return report;
    }
}
