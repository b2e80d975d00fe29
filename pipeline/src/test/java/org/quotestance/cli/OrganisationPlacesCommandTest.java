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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * {@code --organisation-places}: the convention for places inside organisation names ("Kentucky" in "Kentucky
 * State Police") chosen on the command line reaches the location engine of {@code annotate} and {@code eval locations}.
 */
class OrganisationPlacesCommandTest {

    private static final String ARTICLE = "Kentucky State Police said the troopers searched a house in Corbin.\n";

    @TempDir
    Path tmp;

    @Test
    @DisplayName("annotate marks Kentucky in 'Kentucky State Police' only with --organisation-places marked")
    void annotateFollowsTheConvention() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);

        List<String> unmarked = surfaces(annotate(in, tmp.resolve("default")));
        List<String> marked = surfaces(annotate(in, tmp.resolve("marked"), "--organisation-places", "marked"));

        assertEquals(List.of("Corbin"), unmarked);
        assertEquals(List.of("Kentucky", "Corbin"), marked);
    }

    @Test
    @DisplayName("eval locations scores the marked convention against gold that marks Kentucky")
    void evalLocationsFollowsTheConvention() throws IOException {
        int kentucky = ARTICLE.indexOf("Kentucky");
        int corbin = ARTICLE.indexOf("Corbin");
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), "{\"id\":\"d1\",\"text\":"
                + new ObjectMapper().writeValueAsString(ARTICLE) + ",\"toponyms\":["
                + "{\"start\":" + kentucky + ",\"end\":" + (kentucky + 8) + ",\"type\":\"toponym\",\"lat\":37.5,\"lon\":-85.0},"
                + "{\"start\":" + corbin + ",\"end\":" + (corbin + 6) + ",\"type\":\"toponym\",\"lat\":36.95,\"lon\":-84.1}]}\n");

        assertEquals(0.5, recall(gold, tmp.resolve("unmarked.json")));
        assertEquals(1.0, recall(gold, tmp.resolve("marked.json"), "--organisation-places", "marked"));
    }

    @Test
    @DisplayName("the option is refused where no location engine runs, and an unknown convention is refused")
    void refusedWhereItCannotApply() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), "");
        assertEquals(2, run("eval", "quotes", gold.toString(), "--organisation-places", "marked"));
        assertEquals(2, run("eval", "locations", gold.toString(), "--organisation-places", "sometimes"));
    }

    private Path annotate(Path in, Path out, String... options) {
        String[] args = new String[5 + options.length];
        System.arraycopy(new String[] { "annotate", in.toString(), "--out=" + out, "--no-progress", "--formats=csv" },
                0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        assertEquals(0, run(args));
        return out.resolve("csv/locations.csv");
    }

    private double recall(Path gold, Path figures, String... options) throws IOException {
        String[] args = new String[4 + options.length];
        System.arraycopy(new String[] { "eval", "locations", gold.toString(), "--out=" + figures }, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        assertEquals(0, run(args));
        return new ObjectMapper().readTree(figures.toFile()).path("overlap_recall").asDouble(Double.NaN);
    }

    private static int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter(), true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private static List<String> surfaces(Path locationsCsv) throws IOException {
        try (Reader reader = Files.newBufferedReader(locationsCsv, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader).getRecords();
            assertTrue(rows.size() <= 2, rows::toString);
            return rows.stream().map(r -> r.get("surface")).toList();
        }
    }
}
