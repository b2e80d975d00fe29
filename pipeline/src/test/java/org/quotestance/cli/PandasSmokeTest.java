package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * pandas reads every committed CSV table with its default settings, and the JSONL export with
 * {@code read_json(lines=True)}, with the row counts the tables have. Skipped when no python3 with pandas
 * is installed ({@code /usr/bin/python3} is tried first: Debian's python3-pandas installs for it).
 */
class PandasSmokeTest {

    private static final String SCRIPT = String.join("\n",
            "import sys, pandas as pd",
            "corpus = sys.argv[1]",
            "for name in ['documents', 'quotes', 'speakers', 'locations', 'stances']:",
            "    df = pd.read_csv(corpus + '/csv/' + name + '.csv')",
            "    print(name, len(df), len(df.columns))",
            "docs = pd.read_json(corpus + '/jsonl/corpus.jsonl', lines=True)",
            "print('jsonl', len(docs), len(docs.columns))");

    @Test
    void pandasReadsEveryCsvTableAndTheJsonl() throws Exception {
        String folder = System.getProperty("quotestance.projectRoot");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "corpus", "csv")),
                "quotestance.projectRoot not set to the project folder");
        String python = pythonWithPandas();
        Assumptions.assumeTrue(python != null, "no python3 with pandas installed");
        Path corpus = Path.of(folder, "corpus");
        Process process = new ProcessBuilder(python, "-c", SCRIPT, corpus.toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        StringBuilder expected = new StringBuilder();
        for (String name : List.of("documents", "quotes", "speakers", "locations", "stances")) {
            List<String> lines = csvRecords(corpus.resolve("csv/" + name + ".csv"));
            expected.append(name).append(' ').append(lines.size() - 1).append(' ')
                    .append(lines.get(0).split(",").length).append('\n');
        }
        expected.append("jsonl 5 8\n");
        assertEquals(expected.toString(), output);
    }

    /** The records of a CSV file, read with Commons CSV (a quoted field may hold line breaks). */
    private static List<String> csvRecords(Path file) throws IOException {
        try (var parser = org.apache.commons.csv.CSVParser.parse(file, StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            return parser.stream().map(r -> String.join(",", r.values())).toList();
        }
    }

    private static String pythonWithPandas() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import pandas").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed there; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
