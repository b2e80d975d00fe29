package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class LocationCrossValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Invented news: a town the rules drop without a cue, a person named like a town, a capital. */
    private static final List<String> TEXTS = List.of(
            "Paris said the talks would resume. Jordan Peterson spoke in London.",
            "Flooding closed roads near Savannah, Georgia. Atlanta asked for federal help.",
            "Moscow denied the report. Protesters gathered in Kyiv and Lviv on Sunday.",
            "Jackson said the plant in Dayton, Ohio, would close. Toledo protested the decision.");

    /** Names used metonymically in {@link #TEXTS}: at least one in each fold, so every fold has both usages. */
    private static final java.util.Set<String> METONYMIC = java.util.Set.of("Paris", "Atlanta", "Moscow", "Toledo");

    @Test
    @DisplayName("training is deterministic: the same gold gives the same model bytes and the same figures")
    void sameDataSameBytes(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("tiny-dev.jsonl");
        Files.writeString(gold, goldLines(), StandardCharsets.UTF_8);
        LocationCrossValidation.Result first = LocationCrossValidation.run(List.of(gold), 2);
        LocationCrossValidation.Result second = LocationCrossValidation.run(List.of(gold), 2);
        assertTrue(first.toponymModel().length > 0);
        assertArrayEquals(first.toponymModel(), second.toponymModel());
        assertArrayEquals(first.resolutionModel(), second.resolutionModel());
        assertArrayEquals(first.usageModel(), second.usageModel());
        assertEquals(first.figures(), second.figures());
        Map<String, Map<String, Object>> perVariant = first.figures().get("tiny-dev");
        assertEquals(List.of("rules", "toponym", "toponym+resolution", "cross_validated", "set_convention"),
                List.copyOf(perVariant.keySet()));
        assertEquals(TEXTS.size(), perVariant.get("cross_validated").get("documents"));
    }

    /** Every capitalised name of {@link #TEXTS} that is a place, with a literal/metonymic type as GeoWebNews gives it. */
    private static String goldLines() throws Exception {
        Map<String, double[]> places = Map.ofEntries(
                Map.entry("Paris", new double[] { 48.85341, 2.3488 }), Map.entry("London", new double[] { 51.50853, -0.12574 }),
                Map.entry("Savannah", new double[] { 32.08354, -81.09983 }), Map.entry("Georgia", new double[] { 32.75042, -83.50018 }),
                Map.entry("Atlanta", new double[] { 33.749, -84.38798 }), Map.entry("Moscow", new double[] { 55.75222, 37.61556 }),
                Map.entry("Kyiv", new double[] { 50.45466, 30.5238 }), Map.entry("Lviv", new double[] { 49.83826, 24.02324 }),
                Map.entry("Dayton", new double[] { 39.75895, -84.19161 }), Map.entry("Ohio", new double[] { 40.25034, -83.00018 }),
                Map.entry("Toledo", new double[] { 41.66394, -83.55521 }));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            List<Map<String, Object>> toponyms = new java.util.ArrayList<>();
            for (Map.Entry<String, double[]> place : places.entrySet()) {
                int at = text.indexOf(place.getKey());
                if (at >= 0) {
                    boolean metonymic = METONYMIC.contains(place.getKey());
                    toponyms.add(Map.of("start", at, "end", at + place.getKey().length(),
                            "type", metonymic ? "metonymic" : "literal", "gwn_type", metonymic ? "Metonymic" : "Literal",
                            "lat", place.getValue()[0], "lon", place.getValue()[1]));
                }
            }
            toponyms.sort(java.util.Comparator.comparingInt(t -> (Integer) t.get("start")));
            lines.append(JSON.writeValueAsString(Map.of("id", "tiny-" + i, "text", text, "toponyms", toponyms))).append('\n');
        }
        return lines.toString();
    }
}
