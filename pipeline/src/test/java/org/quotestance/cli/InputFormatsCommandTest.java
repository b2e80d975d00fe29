package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code annotate} on news as it comes: a nested archive with pages and stray files, a JSONL export, a CSV table. */
class InputFormatsCommandTest {

    private static final String STORY = "\"We are ready to talk,\" Foreign Minister Jane Roe said on Monday in Paris.";

    @TempDir
    Path tmp;

    private record Run(int exitCode, String stderr, JsonNode report, List<CSVRecord> documents) {
    }

    private Run annotate(Path input) throws IOException {
        Path out = tmp.resolve("out");
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("annotate", input.toString(), "--out", out.toString(), "--no-progress",
                "--formats", "xmi,csv");
        JsonNode report = new ObjectMapper().readTree(out.resolve("run-report.json").toFile());
        try (Reader r = Files.newBufferedReader(out.resolve("csv/documents.csv"))) {
            List<CSVRecord> docs = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords();
            return new Run(code, err.toString(), report, docs);
        }
    }

    @Test
    void nestedArticlesAndPagesAreAnnotatedAndStrayFilesCountedInTheReport() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("2021/03"));
        Files.writeString(in.resolve("2021/03/x.txt"), STORY, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2021/page.html"), "<html><head><meta property=\"og:title\" content=\"Talks\">"
                + "<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00Z\"></head><body>"
                + "<nav>Menu</nav><article><p>" + STORY + "</p></article></body></html>", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2021/03/notes.docx"), "not an article");
        Files.writeString(in.resolve(".DS_Store"), "finder");
        Run run = annotate(in);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(2, run.documents().size());
        assertEquals("2021__03__x", run.documents().get(0).get("doc_id"));
        CSVRecord page = run.documents().get(1);
        assertEquals(List.of("2021__page", "Talks", "2021-03-04"), List.of(page.get("doc_id"), page.get("title"),
                page.get("date")));
        assertTrue(Files.isRegularFile(tmp.resolve("out/xmi/2021__03__x.xmi")));
        assertEquals(2, run.report().get("filesSkipped").asInt());
        assertEquals(".DS_Store", run.report().get("skipped").get(0).get("file").asText());
        assertEquals("2021/03/notes.docx", run.report().get("skipped").get(1).get("file").asText());
        assertTrue(run.stderr().contains("skipped: 2021/03/notes.docx: not an article file"), run.stderr());
    }

    @Test
    void badJsonlLineReportedWithItsNumberOthersAnnotated() throws IOException {
        Path jsonl = tmp.resolve("export.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"" + STORY.replace("\"", "\\\"") + "\", \"outlet\": \"Wire\"}\n"
                + "{\"id\": \"b\", \"text\": \n"
                + "{\"id\": \"c\", \"text\": \"Officials said talks would go on.\"}\n", StandardCharsets.UTF_8);
        Run run = annotate(jsonl);
        assertEquals(1, run.exitCode(), run.stderr());
        assertEquals(3, run.report().get("filesFound").asInt());
        assertEquals(2, run.report().get("documentsAnnotated").asInt());
        assertEquals(List.of("a", "c"), run.documents().stream().map(r -> r.get("doc_id")).toList());
        assertEquals("Wire", run.documents().get(0).get("outlet"));
        JsonNode failure = run.report().get("failures").get(0);
        assertEquals("export.jsonl", failure.get("file").asText());
        assertTrue(failure.get("reason").asText().startsWith("line 2: not valid JSON"), failure.toString());
        assertTrue(run.stderr().contains("failed: export.jsonl: line 2: not valid JSON"), run.stderr());
    }

    @Test
    void csvRowsAreAnnotatedAndARowWithoutTextIsReportedWithItsLine() throws IOException {
        Path csv = tmp.resolve("export.csv");
        Files.writeString(csv, "id,outlet,text\r\nx/1,Wire,\"" + STORY.replace("\"", "\"\"") + "\"\r\nx/2,Wire,\r\n",
                StandardCharsets.UTF_8);
        Run run = annotate(csv);
        assertEquals(1, run.exitCode(), run.stderr());
        assertEquals(List.of("x__1"), run.documents().stream().map(r -> r.get("doc_id")).toList());
        assertTrue(Integer.parseInt(run.documents().get(0).get("n_quotes")) > 0);
        assertEquals("line 3: no 'text' (or only white space)", run.report().get("failures").get(0).get("reason").asText());
    }
}
