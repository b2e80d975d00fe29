package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code annotate --speakers}: a user's registry pins a person's id, and its external id reaches every table. */
class SpeakerRegistryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void registryExternalIdReachesQuotesSpeakersAndJsonl() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Donald Trump visited Iowa on Monday.\n\n"
                + "\"The polls are wrong,\" Trump said.\n", StandardCharsets.UTF_8);
        Path registry = Files.writeString(tmp.resolve("speakers.csv"),
                "id,name,aliases,external_id\ndonald-trump,Donald J. Trump,Donald Trump|Trump,Q22686\n");
        Path out = tmp.resolve("out");
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        int code = cli.execute("annotate", in.toString(), "--out", out.toString(), "--no-progress",
                "--formats", "csv,jsonl", "--speakers", registry.toString());

        assertEquals(0, code, err.toString());
        List<CSVRecord> quotes = records(out.resolve("csv/quotes.csv")).stream()
                .filter(q -> q.get("type").equals("DIRECT")).toList();
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("donald-trump", quotes.get(0).get("speaker_id"));
        assertEquals("Q22686", quotes.get(0).get("speaker_external_id"));
        List<CSVRecord> speakers = records(out.resolve("csv/speakers.csv"));
        assertFalse(speakers.isEmpty());
        assertEquals("Q22686", speakers.stream().filter(s -> s.get("speaker_id").equals("donald-trump"))
                .findFirst().orElseThrow().get("external_id"));
        JsonNode article = new ObjectMapper().readTree(Files.readAllLines(out.resolve("jsonl/corpus.jsonl")).get(0));
        assertFalse(article.path("quotes").isEmpty());
        for (JsonNode quote : article.path("quotes")) {
            assertEquals("Q22686", quote.path("speaker_external_id").asText(), quote::toString);
        }
    }

    @Test
    void missingRegistryIsRefusedBeforeTheRunStarts() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "\"We agree,\" Jane Roe said.\n", StandardCharsets.UTF_8);
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        int code = cli.execute("annotate", in.toString(), "--out", tmp.resolve("out").toString(), "--no-progress",
                "--speakers", tmp.resolve("missing.csv").toString());

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--speakers: no such file"), err.toString());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing was written");
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
