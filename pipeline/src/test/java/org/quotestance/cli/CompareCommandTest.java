package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertEquals(61, figures.get("quotes.gold").asInt(), "the corpus's 61 quotes");
        assertEquals(221, figures.get("locations.gold").asInt(), "the corpus's 221 places");
        for (String key : new String[] { "quotes.exact_f1", "locations.exact_f1", "stances.exact_f1",
            "quotes.type_kappa", "quotes.speaker_accuracy", "locations.geonames_accuracy", "locations.acc_at_161",
            "stances.polarity_accuracy" }) {
            assertEquals(1.0, figures.get(key).asDouble(), key);
        }
        assertEquals(0.0, figures.get("locations.mean_error_km").asDouble());
        assertTrue(out.toString().contains("| quotes | 61 | 61 | 1.0 |"), out.toString());
    }
}
