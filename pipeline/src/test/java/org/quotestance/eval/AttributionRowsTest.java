package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.pipeline.PipelineFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The rows the attribution-gap breakdown reads: who made each found quote, and which gold ones were found. */
class AttributionRowsTest {

    @Test
    void aDirectQuoteIsTheDirectAnnotatorsAndAGoldAttributionNobodyFoundIsAMiss(@TempDir Path dir) throws Exception {
        String text = "Floods hit the valley\n\n“We will rebuild,” Mayor Ana Ruiz said on Monday.\n\n"
                + "Rain fell on the valley all week.";
        int quote = text.indexOf("“We");
        int rain = text.indexOf("Rain");
        Map<String, Object> doc = Map.of("id", "polnear-usa-today_test", "text", text, "quotes", List.of(
                Map.of("start", quote, "end", text.indexOf(" Mayor"), "type", "direct", "cue", "said"),
                Map.of("start", rain, "end", text.length() - 1, "type", "indirect", "cue", "")));
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, new ObjectMapper().writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
        Path rows = dir.resolve("rows.csv");

        AttributionRows.write(gold, rows, PipelineFactory.annotators());

        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
        List<CSVRecord> found = records.stream().filter(r -> r.get("row").equals("found")).toList();
        List<CSVRecord> golds = records.stream().filter(r -> r.get("row").equals("gold")).toList();
        assertEquals(1, found.size());
        assertEquals("DirectQuoteAnnotator", found.get(0).get("origin"));
        assertEquals("true", found.get(0).get("hit"));
        assertEquals(2, golds.size());
        assertEquals("true", golds.get(0).get("hit"));
        assertEquals("SPEECH", golds.get(0).get("cue_class"));
        assertEquals("false", golds.get(1).get("hit"));
    }
}
