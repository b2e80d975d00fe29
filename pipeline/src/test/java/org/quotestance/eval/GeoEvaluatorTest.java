package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.quotestance.location.LocationAnnotator;

class GeoEvaluatorTest {

    private static AnalysisEngineDescription pipeline;

    @BeforeAll
    static void describePipeline() throws Exception {
        pipeline = AnalysisEngineFactory.createEngineDescription(
                AnalysisEngineFactory.createEngineDescription(BreakIteratorSegmenter.class),
                AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class));
    }

    @Test
    @DisplayName("scores spans given in code points, demonyms neither hit nor miss, not_toponyms are false positives")
    void scoresInventedGold(@TempDir Path dir) throws Exception {
        // "😀" is outside the BMP: one code point, two UTF-16 chars; gold offsets count it once.
        String text = "😀 Tehran said the Iranian envoy flew to Baku. The Minsk Group met.";
        int tehran = text.codePointCount(0, text.indexOf("Tehran"));
        int iranian = text.codePointCount(0, text.indexOf("Iranian"));
        int baku = text.codePointCount(0, text.indexOf("Baku"));
        int minsk = text.codePointCount(0, text.indexOf("Minsk"));
        String line = "{\"id\":\"d1\",\"text\":\"" + text + "\",\"toponyms\":["
                + "{\"start\":" + tehran + ",\"end\":" + (tehran + 6) + ",\"type\":\"metonymic\",\"gwn_type\":\"Metonymic\",\"lat\":35.69,\"lon\":51.42},"
                + "{\"start\":" + iranian + ",\"end\":" + (iranian + 7) + ",\"type\":\"demonym\",\"lat\":32,\"lon\":53},"
                + "{\"start\":" + baku + ",\"end\":" + (baku + 4) + ",\"type\":\"literal\",\"gwn_type\":\"Literal\",\"lat\":40.38,\"lon\":49.89}],"
                + "\"not_toponyms\":[{\"start\":" + minsk + ",\"end\":" + (minsk + 5) + ",\"surface\":\"Minsk\"}]}";
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line + "\n", StandardCharsets.UTF_8);

        Map<String, Object> metrics = GeoEvaluator.evaluate(gold, pipeline);

        assertEquals(List.of("documents", "gold_toponyms", "predicted", "exact_precision", "exact_recall",
                "exact_f1", "overlap_precision", "overlap_recall", "overlap_f1", "resolved", "acc_at_161",
                "mean_error_km", "usage_pairs", "usage_accuracy"),
                List.copyOf(metrics.keySet()));
        assertEquals(2, metrics.get("gold_toponyms"));
        assertEquals(2, metrics.get("predicted"));
        assertEquals(1.0, metrics.get("exact_f1"));
        assertEquals(1.0, metrics.get("acc_at_161"));
        assertEquals(1.0, metrics.get("usage_accuracy"));
    }

    @Test
    @DisplayName("great-circle distance Paris to London is about 344 km")
    void distance() {
        double km = GeoEvaluator.distanceKm(48.8534, 2.3488, 51.5085, -0.1257);
        assertTrue(Math.abs(km - 344) < 5, "distance " + km);
    }
}
