package org.quotestance.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.location.LocationAnnotator;
import org.quotestance.location.ToponymTraining;
import org.quotestance.location.ToponymTraining.Span;
import org.quotestance.pipeline.EngineSpec;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.pipeline.PipelineList;

import com.fasterxml.jackson.databind.JsonNode;

import opennlp.tools.ml.model.Event;

/**
 * Trains the toponym classifier on gold geoparsing sets with k-fold cross-validation, folds by
 * document (document i of each set is in fold i mod k): each fold is scored by {@link GeoEvaluator}
 * with a model trained on the other folds, beside the rules alone on the same documents; the
 * figures of the k folds are pooled per set. The shipped model is then trained on every document.
 */
public final class LocationCrossValidation {

    /** Gold sets whose file name starts so mark places inside organisation names as toponyms. */
    static final String ORGANISATION_PLACES_GOLD_PREFIX = "lgl";

    private record GoldDocument(String set, int fold, JsonNode json, List<Event> events) {
    }

    /** The shipped model's bytes and the figures per set: {@code rules} and {@code cross_validated}. */
    public record Result(byte[] model, Map<String, Map<String, Map<String, Object>>> figures) {
    }

    private LocationCrossValidation() {
    }

    public static Result run(List<Path> goldSets, int folds) throws IOException, UIMAException {
        List<AnalysisEngineDescription> before = layersBeforeLocations();
        List<GoldDocument> documents = read(goldSets, folds, before);
        Map<String, GeoEvaluator.Tally> rules = new LinkedHashMap<>();
        Map<String, GeoEvaluator.Tally> learned = new LinkedHashMap<>();
        goldSets.forEach(set -> {
            rules.put(name(set), new GeoEvaluator.Tally());
            learned.put(name(set), new GeoEvaluator.Tally());
        });
        JCas jcas = JCasFactory.createJCas();
        AnalysisEngine rulesOnly = engine(before, "none");
        Path modelFile = Files.createTempFile("toponym-model", ".bin.gz");
        try {
            for (int fold = 0; fold < folds; fold++) {
                List<Event> training = new ArrayList<>();
                for (GoldDocument document : documents) {
                    if (document.fold() != fold) {
                        training.addAll(document.events());
                    }
                }
                Files.write(modelFile, ToponymTraining.train(training));
                AnalysisEngine withModel = engine(before, modelFile.toString());
                for (GoldDocument document : documents) {
                    if (document.fold() == fold) {
                        GeoEvaluator.score(document.json(), rulesOnly, jcas, rules.get(document.set()));
                        GeoEvaluator.score(document.json(), withModel, jcas, learned.get(document.set()));
                    }
                }
                withModel.destroy();
            }
        } finally {
            rulesOnly.destroy();
            Files.deleteIfExists(modelFile);
        }
        List<Event> all = new ArrayList<>();
        documents.forEach(document -> all.addAll(document.events()));
        Map<String, Map<String, Map<String, Object>>> figures = new LinkedHashMap<>();
        for (String set : rules.keySet()) {
            Map<String, Map<String, Object>> perSet = new LinkedHashMap<>();
            perSet.put("rules", withoutTiming(rules.get(set).metrics(0)));
            perSet.put("cross_validated", withoutTiming(learned.get(set).metrics(0)));
            figures.put(set, perSet);
        }
        return new Result(ToponymTraining.train(all), figures);
    }

    private static Map<String, Object> withoutTiming(Map<String, Object> metrics) {
        metrics.remove("seconds");
        metrics.remove("docs_per_second");
        return metrics;
    }

    private static List<GoldDocument> read(List<Path> goldSets, int folds, List<AnalysisEngineDescription> before)
            throws IOException, UIMAException {
        AnalysisEngine layers = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(before));
        ToponymTraining training = new ToponymTraining();
        JCas jcas = JCasFactory.createJCas();
        List<GoldDocument> documents = new ArrayList<>();
        try {
            for (Path set : goldSets) {
                String name = name(set);
                boolean organisationPlacesGold = name.startsWith(ORGANISATION_PLACES_GOLD_PREFIX);
                List<JsonNode> lines = new ArrayList<>();
                GoldDocuments.forEach(set, lines::add);
                for (int i = 0; i < lines.size(); i++) {
                    JsonNode doc = lines.get(i);
                    String text = doc.path("text").asText();
                    GoldDocuments.annotate(layers, jcas, doc.path("id").asText("doc"), text);
                    List<Span> toponyms = new ArrayList<>();
                    List<Span> demonyms = new ArrayList<>();
                    for (JsonNode t : doc.path("toponyms")) {
                        Span span = new Span(GoldDocuments.utf16(text, t.path("start").asInt()),
                                GoldDocuments.utf16(text, t.path("end").asInt()));
                        (t.path("type").asText().equals("demonym") ? demonyms : toponyms).add(span);
                    }
                    documents.add(new GoldDocument(name, i % folds, doc,
                            training.events(jcas, toponyms, demonyms, organisationPlacesGold)));
                }
            }
        } finally {
            layers.destroy();
        }
        return documents;
    }

    private static String name(Path set) {
        return set.getFileName().toString().replaceFirst("\\.jsonl$", "");
    }

    /** The default pipeline up to (not including) the location layer. */
    private static List<AnalysisEngineDescription> layersBeforeLocations() throws UIMAException {
        List<EngineSpec> layers = new ArrayList<>();
        for (EngineSpec engine : PipelineList.read(PipelineList.DEFAULT)) {
            if (engine.className().equals(LocationAnnotator.class.getName())) {
                break;
            }
            layers.add(engine);
        }
        return PipelineFactory.descriptions(layers);
    }

    private static AnalysisEngine engine(List<AnalysisEngineDescription> before, String model) throws UIMAException {
        List<AnalysisEngineDescription> steps = new ArrayList<>(before);
        steps.add(AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class,
                LocationAnnotator.PARAM_TOPONYM_MODEL, model));
        return AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
    }
}
