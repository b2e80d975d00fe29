package org.quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.cli.CorpusAnnotator;
import org.quotestance.cli.RunReport;
import org.quotestance.io.ArticleSource;
import org.quotestance.write.CsvTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Spark runner gives what the plain {@code annotate} command gives on the same input: the same rows of
 * every CSV table in the same order, byte-identical XMI files and the same failures in the run report.
 */
class SparkAnnotateTest {

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("quotestance-test")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 2)
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void inventedArticlesGiveTheRowsAndFilesOfAnnotate() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        write(in, "a-minister.txt", "Minister calls for new talks\n\n"
                + "\"We are ready to talk,\" Foreign Minister Jane Roe said in Paris on Monday.\n"
                + "Roe added that Tehran had rejected the offer.\n");
        write(in, "b-mayor.txt", "City budget approved\n\n"
                + "The mayor of Berlin, Hans Becker, said the budget was \"a good day for the city.\"\n"
                + "\"We oppose these cuts,\" said union leader Maria Lopez. \"They hurt workers.\"\n");
        write(in, "c-quiet.txt", "Weather\n\nIt rained in London and Madrid all week.\n");
        write(in, "d-roe.txt", "Talks resume\n\nJane Roe told reporters in Geneva that the talks would go on.\n"
                + "According to Ms. Roe, both sides support a ceasefire.\n");
        write(in, "e-lines.txt", "Crlf\r\n\r\n\"Line one,\" she said.\r\n\"Two\"\u2028\"three\", Hans Becker said.\n");
        Files.write(in.resolve("f-latin1.txt"), "Caf\u00e9 owner said \"no\".".getBytes(StandardCharsets.ISO_8859_1));
        write(in, "g-empty.txt", "  \n");
        write(in, "metadata.csv", "file,outlet,url,date,title\n"
                + "a-minister.txt,Daily Example,https://example.org/a,2025-01-02,\"Minister calls, again\"\n"
                + "b-mayor.txt,Berlin Post,,2025-01-03,\n"
                + "z-missing.txt,Nowhere,,,\n");

        SparkAnnotate.Summary summary = compare(in, 2);
        assertEquals(5, summary.documents());
        assertEquals(3, summary.report().failures.size(), summary.report().failures.toString());
    }

    /** The first 200 PolNeAR training articles (skipped when the shared data are absent); prints the cost. */
    @Test
    void polnearArticlesGiveTheRowsAndFilesOfAnnotate() throws Exception {
        String root = System.getProperty("quotestance.projectRoot");
        Assumptions.assumeTrue(root != null, "quotestance.projectRoot not set");
        Path corpus = Path.of(root).resolve("../shared/data/corpus/polnear-train").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no " + corpus);
        Path in = Files.createDirectory(tmp.resolve("polnear"));
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(200).toList()) {
                // copied: annotate does not follow links that lead out of the input folder
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        SparkAnnotate.Summary summary = compare(in, 50);
        assertEquals(200, summary.documents());
        System.out.println("spark local[2], polnear-train first 200: " + summary);
    }

    /** Runs both, compares everything; {@code docsPerPartition} small so that several partitions are merged. */
    private SparkAnnotate.Summary compare(Path in, int docsPerPartition) throws Exception {
        Path plain = tmp.resolve("plain");
        Path sparkOut = tmp.resolve("spark");
        RunReport expected = new CorpusAnnotator(ArticleSource.DEFAULT_MAX_BYTES, 2).run(in, plain, f -> { });
        SparkAnnotate.Summary summary = SparkAnnotate.run(spark, in, sparkOut.toString(), docsPerPartition,
                ArticleSource.DEFAULT_MAX_BYTES, true);

        for (CsvTable table : CsvTable.values()) {
            List<List<String>> want = rows(plain.resolve("csv").resolve(table.fileName()), table);
            List<List<String>> got = new ArrayList<>();
            Path folder = sparkOut.resolve("csv").resolve(table.fileName().replace(".csv", ""));
            for (Path part : parts(folder, ".csv")) {
                got.addAll(rows(part, table));
            }
            assertEquals(want, got, table.fileName());
            String parquet = sparkOut.resolve("parquet").resolve(table.fileName().replace(".csv", "")).toString();
            assertEquals(want.size(), spark.read().parquet(parquet).count(), table + " in Parquet");
        }
        assertEquals(DataTypes.IntegerType,
                spark.read().parquet(sparkOut.resolve("parquet/quotes").toString()).schema().apply("begin").dataType());

        List<String> xmi = names(plain.resolve("xmi"));
        assertEquals(xmi, names(sparkOut.resolve("xmi")));
        for (String name : xmi) {
            assertArrayEquals(Files.readAllBytes(plain.resolve("xmi").resolve(name)),
                    Files.readAllBytes(sparkOut.resolve("xmi").resolve(name)), name);
        }

        JsonNode want = new ObjectMapper().readTree(plain.resolve("run-report.json").toFile());
        JsonNode got = new ObjectMapper().readTree(sparkOut.resolve("run-report.json").toFile());
        for (String field : List.of("input", "filesFound", "documentsAnnotated", "counts", "failures")) {
            assertEquals(want.get(field), got.get(field), field);
        }
        assertEquals(expected.documentsAnnotated, summary.documents());
        return summary;
    }

    private static List<List<String>> rows(Path csv, CsvTable table) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            assertEquals(table.columns(), parser.getHeaderNames(), csv.toString());
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** Spark's part files of one table, in part order (= document order). */
    private static List<Path> parts(Path folder, String extension) throws IOException {
        assertTrue(Files.isDirectory(folder), folder.toString());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(extension))
                    .sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
