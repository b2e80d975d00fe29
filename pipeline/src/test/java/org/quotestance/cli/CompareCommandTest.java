package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.testdata.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class CompareCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theCommittedCorpusAgreesWithItselfReadFromXmiAndFromCsv() throws Exception {
        Path corpus = SharedData.projectRoot().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus.resolve("xmi")), "no committed corpus");
        Path json = tmp.resolve("figures.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("compare", corpus.resolve("xmi").toString(), corpus.resolve("csv").toString(),
                "--out", json.toString());

        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("5 documents read from xmi") && err.toString().contains("5 documents read from csv"),
                err.toString());
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        int quotes = rows(corpus.resolve("csv/quotes.csv"));
        assertTrue(quotes > 50, "the seeds have quotes: " + quotes);
        assertEquals(quotes, figures.get("quotes.gold").asInt(), "every quote of quotes.csv");
        assertEquals(rows(corpus.resolve("csv/locations.csv")), figures.get("locations.gold").asInt(),
                "every place of locations.csv");
        for (String key : new String[] { "quotes.exact_f1", "locations.exact_f1", "stances.exact_f1",
            "quotes.type_kappa", "quotes.speaker_accuracy", "locations.geonames_accuracy", "locations.acc_at_161",
            "stances.polarity_accuracy" }) {
            assertEquals(1.0, figures.get(key).asDouble(), key);
        }
        assertEquals(0.0, figures.get("locations.mean_error_km").asDouble());
        assertTrue(out.toString().contains("| quotes | " + quotes + " | " + quotes + " | 1.0 |"), out.toString());
    }

    private static int rows(Path csv) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            return parser.getRecords().size();
        }
    }
}
