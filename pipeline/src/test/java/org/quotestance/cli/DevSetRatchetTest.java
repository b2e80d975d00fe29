package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.eval.FigureJson;
import org.quotestance.eval.GeoEvaluator;
import org.quotestance.eval.QuoteEvaluator;
import org.quotestance.eval.StanceEvaluator;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.testdata.SharedData;

/**
 * The accuracy ratchet: each dev set is scored as the {@code eval} command scores it, every figure must
 * stay at or above its floor in {@code eval-results/floors.properties}, and the figures must be the ones
 * committed in {@code eval-results/} and the README's Measured section. Skipped without the gold data.
 */
class DevSetRatchetTest {

    private static final String REMEASURE = "eval-results/ is out of date: rerun scripts/measure-dev-sets.sh "
            + "and commit eval-results/ and README.md";

    private static AnalysisEngine pipeline;
    private static Properties floors;
    private static Path results;

    @BeforeAll
    static void loadFloors() throws Exception {
        results = SharedData.projectRoot().resolve("eval-results");
        floors = new Properties();
        try (Reader reader = Files.newBufferedReader(results.resolve("floors.properties"), StandardCharsets.UTF_8)) {
            floors.load(reader);
        }
    }

    /** One annotation pipeline for all sets, made on first use (a skipped run never builds it). */
    private static AnalysisEngine pipeline() throws Exception {
        if (pipeline == null) {
            pipeline = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(PipelineFactory.annotators()));
        }
        return pipeline;
    }

    @AfterAll
    static void destroyPipeline() {
        if (pipeline != null) {
            pipeline.destroy();
        }
    }

    @Test
    @DisplayName("PolNeAR dev: quote spans, types and speakers stay above their floors")
    void quotesPolnear() throws Exception {
        Path gold = SharedData.require("quotes/polnear-dev.jsonl");
        check("quotes", "quotes-polnear-dev", gold, QuoteEvaluator.evaluate(gold, pipeline()));
    }

    @Test
    @DisplayName("GeoWebNews dev: toponyms, resolution and literal/metonymic usage stay above their floors")
    void locationsGeoWebNews() throws Exception {
        Path gold = SharedData.require("geo/geowebnews-dev.jsonl");
        check("locations", "locations-geowebnews-dev", gold, GeoEvaluator.evaluate(gold, pipeline()));
    }

    @Test
    @DisplayName("TR-News dev: toponyms and resolution stay above their floors")
    void locationsTrNews() throws Exception {
        Path gold = SharedData.require("geo/trnews-dev.jsonl");
        check("locations", "locations-trnews-dev", gold, GeoEvaluator.evaluate(gold, pipeline()));
    }

    @Test
    @DisplayName("LGL dev: toponyms and resolution of local news stay above their floors")
    void locationsLgl() throws Exception {
        Path gold = SharedData.require("geo/lgl-dev.jsonl");
        check("locations", "locations-lgl-dev", gold, GeoEvaluator.evaluate(gold, pipeline()));
    }

    @Test
    @DisplayName("NewsMTSC dev: target polarity stays above its floor")
    void stanceNewsMtsc() throws Exception {
        Path gold = SharedData.require("stance/newsmtsc-dev.jsonl");
        check("stance", "stance-newsmtsc-dev", gold, StanceEvaluator.evaluate(gold));
    }

    private static void check(String task, String name, Path gold, Map<String, Object> figures) throws IOException {
        List<String> broken = new ArrayList<>();
        int guarded = 0;
        for (String key : floors.stringPropertyNames()) {
            if (!key.startsWith(name + ".")) {
                continue;
            }
            guarded++;
            boolean ceiling = key.endsWith(".max");
            assertTrue(ceiling || key.endsWith(".min"), "floors.properties: " + key + " ends neither in .min nor .max");
            String figure = key.substring(name.length() + 1, key.length() - ".min".length());
            assertTrue(figures.containsKey(figure), "floors.properties names an unknown figure: " + key);
            double value = ((Number) figures.get(figure)).doubleValue();
            double bound = Double.parseDouble(floors.getProperty(key).trim());
            if (ceiling ? value > bound : value < bound) {
                broken.add(figure + " = " + value + (ceiling ? " above its ceiling " : " below its floor ") + bound);
            }
        }
        assertTrue(guarded >= 2, "floors.properties guards fewer than two figures of " + name);
        if (!broken.isEmpty()) {
            fail(name + ": " + String.join("; ", broken));
        }
        assertEquals(Files.readString(results.resolve(name + ".json")), FigureJson.format(figures), REMEASURE);
        String table = FigureTable.markdown(task, gold.getFileName().toString(), figures);
        assertEquals(Files.readString(results.resolve(name + ".md")), table, REMEASURE);
        String readme = Files.readString(SharedData.projectRoot().resolve("README.md"));
        assertTrue(readme.contains(table), "README's Measured section: " + REMEASURE);
    }
}
