package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code annotate --formats} writes only the formats asked for; the card says when no figures exist. */
class ExportFormatsTest {

    @TempDir
    Path tmp;

    private int annotate(Path in, Path out, String... extra) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("annotate", in.toString(), "--out", out.toString(),
                "--no-progress", "--threads", "1"));
        args.addAll(List.of(extra));
        int code = cli.execute(args.toArray(new String[0]));
        assertTrue(code != 2, err.toString());
        return code;
    }

    private Path input() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Talks resume\n\n\"We are ready,\" Foreign Minister Jane Roe said "
                + "in Paris on Monday.\n", StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void onlyTheSelectedFormatsAreWritten() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, annotate(input(), out, "--formats", "csv,jsonl"));
        assertEquals(List.of("csv/documents.csv", "csv/locations.csv", "csv/quotes.csv", "csv/speakers.csv",
                "csv/stances.csv", "jsonl/corpus.jsonl", "run-report.json"), CorpusFiles.list(out));
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(2, cli.execute("annotate", input().toString(), "--out", tmp.resolve("out").toString(),
                "--formats", "xmi,parquet"));
    }

    @Test
    void datasheetWithoutEvalResultsSaysSoAndGivesNoFigures() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, annotate(input(), out, "--formats", "datasheet",
                "--eval-results", tmp.resolve("no-such-folder").toString()));
        String card = Files.readString(out.resolve("README.md"));
        assertTrue(card.contains("no evaluation results were found in `no-such-folder/`"), card);
        assertTrue(!card.contains("| figure | value |"), card);
        assertTrue(!card.contains(tmp.toString()), "the card holds an absolute path");
    }
}
