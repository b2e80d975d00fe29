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
 * Trains the toponym classifier, the resolution ranker and the usage classifier on gold geoparsing sets with k-fold cross-validation, folds by
 * document (document i of each set is in fold i mod k): each fold is scored by {@link GeoEvaluator}
 * with a model trained on the other folds, beside the rules alone on the same documents; the
 * figures of the k folds are pooled per set. The shipped model is then trained on every document.
 */
public final class LocationCrossValidation {

    /** Gold sets whose file name starts so mark places inside organisation names as toponyms ("Kentucky Department of Fish"). */
    private static final List<String> ORGANISATION_PLACES_GOLD_PREFIXES = List.of("lgl", "trnews");

    private record GoldDocument(String set, int fold, JsonNode json, ToponymTraining.Events events,
            boolean organisationPlacesGold) {
    }

    /**
     * The shipped models' bytes and the figures per set and variant: {@code rules} (no model),
     * {@code toponym} (toponym classifier only), {@code toponym+resolution}, and
     * {@code cross_validated} (all three models), and {@code set_convention} (all three models, marking places inside
     * organisation names in the sets whose gold marks them, {@link LocationAnnotator#PARAM_MARK_ORGANISATION_PLACES};
     * the same as {@code cross_validated} on the others); the last variant's cross-validated models' recognition errors and resolution
     * errors by kind.
     */
    public record Result(byte[] toponymModel, byte[] resolutionModel, byte[] usageModel,
            Map<String, Map<String, Map<String, Object>>> figures, Map<String, Object> errors,
            ResolutionErrorKinds resolutionErrors) {
    }

    private static final List<String> VARIANTS = List.of("rules", "toponym", "toponym+resolution", "cross_validated",
            "set_convention");
    /** The variant that {@code set_convention} equals on sets that do not mark places inside organisation names. */
    private static final int DEFAULT_VARIANT = VARIANTS.indexOf("cross_validated");

    private LocationCrossValidation() {
    }

    public static Result run(List<Path> goldSets, int folds) throws IOException, UIMAException {
        List<AnalysisEngineDescription> before = layersBeforeLocations();
        List<GoldDocument> documents = read(goldSets, folds, before);
        Map<String, Map<String, GeoEvaluator.Tally>> tallies = new LinkedHashMap<>();
        for (Path set : goldSets) {
            Map<String, GeoEvaluator.Tally> perVariant = new LinkedHashMap<>();
            VARIANTS.forEach(variant -> perVariant.put(variant, new GeoEvaluator.Tally()));
            tallies.put(name(set), perVariant);
        }
        JCas jcas = JCasFactory.createJCas();
        ToponymErrorKinds errors = new ToponymErrorKinds();
        ResolutionErrorKinds resolutionErrors = new ResolutionErrorKinds();
        Path toponymFile = Files.createTempFile("toponym-model", ".bin.gz");
        Path resolutionFile = Files.createTempFile("resolution-model", ".bin.gz");
        Path usageFile = Files.createTempFile("usage-model", ".bin.gz");
        try {
            for (int fold = 0; fold < folds; fold++) {
                int heldOut = fold;
                List<GoldDocument> training = documents.stream().filter(d -> d.fold() != heldOut).toList();
                String t = trained(toponymFile, events(training, ToponymTraining.Events::toponym));
                String r = trained(resolutionFile, events(training, ToponymTraining.Events::resolution));
                String u = trained(usageFile, events(training, ToponymTraining.Events::usage));
                List<AnalysisEngine> engines = List.of(engine(before, "none", "none", "none", false),
                        engine(before, t, "none", "none", false), engine(before, t, r, "none", false),
                        engine(before, t, r, u, false), engine(before, t, r, u, true));
                try {
                    for (GoldDocument document : documents) {
                        if (document.fold() == fold) {
                            for (int v = 0; v < VARIANTS.size(); v++) {
                                boolean sameAsDefault = v == VARIANTS.size() - 1 && !document.organisationPlacesGold();
                                GeoEvaluator.score(document.json(), engines.get(sameAsDefault ? DEFAULT_VARIANT : v), jcas,
                                        tallies.get(document.set()).get(VARIANTS.get(v)));
                                if (v == VARIANTS.size() - 1) {
                                    errors.add(document.set(), document.json(), jcas);
                                    resolutionErrors.add(document.set(), document.json(), jcas);
                                }
                            }
                        }
                    }
                } finally {
                    engines.forEach(AnalysisEngine::destroy);
                }
            }
        } finally {
            Files.deleteIfExists(toponymFile);
            Files.deleteIfExists(resolutionFile);
            Files.deleteIfExists(usageFile);
        }
        Map<String, Map<String, Map<String, Object>>> figures = new LinkedHashMap<>();
        tallies.forEach((set, perVariant) -> {
            Map<String, Map<String, Object>> perSet = new LinkedHashMap<>();
            perVariant.forEach((variant, tally) -> perSet.put(variant, tally.metrics()));
            figures.put(set, perSet);
        });
        return new Result(ToponymTraining.train(events(documents, ToponymTraining.Events::toponym)),
                ToponymTraining.train(events(documents, ToponymTraining.Events::resolution)),
                ToponymTraining.train(events(documents, ToponymTraining.Events::usage)), figures, errors.report(),
                resolutionErrors);
    }

    /** Trains a model into {@code file} and returns its path, or {@code none} when the events hold one outcome only. */
    private static String trained(Path file, List<Event> events) throws IOException {
        if (!ToponymTraining.trainable(events)) {
            return "none";
        }
        Files.write(file, ToponymTraining.train(events));
        return file.toString();
    }

    private static List<Event> events(List<GoldDocument> documents,
            java.util.function.Function<ToponymTraining.Events, List<Event>> model) {
        List<Event> events = new ArrayList<>();
        documents.forEach(document -> events.addAll(model.apply(document.events())));
        return events;
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
                boolean organisationPlacesGold = ORGANISATION_PLACES_GOLD_PREFIXES.stream().anyMatch(name::startsWith);
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
                                GoldDocuments.utf16(text, t.path("end").asInt()),
                                t.path("lat").asDouble(Double.NaN), t.path("lon").asDouble(Double.NaN),
                                t.has("gwn_type") ? t.path("type").asText().equals("metonymic") : null);
                        (t.path("type").asText().equals("demonym") ? demonyms : toponyms).add(span);
                    }
                    documents.add(new GoldDocument(name, i % folds, doc,
                            training.events(jcas, toponyms, demonyms, organisationPlacesGold), organisationPlacesGold));
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

    private static AnalysisEngine engine(List<AnalysisEngineDescription> before, String toponymModel,
            String resolutionModel, String usageModel, boolean markOrganisationPlaces) throws UIMAException {
        List<AnalysisEngineDescription> steps = new ArrayList<>(before);
        steps.add(AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class,
                LocationAnnotator.PARAM_TOPONYM_MODEL, toponymModel,
                LocationAnnotator.PARAM_RESOLUTION_MODEL, resolutionModel,
                LocationAnnotator.PARAM_USAGE_MODEL, usageModel,
                LocationAnnotator.PARAM_MARK_ORGANISATION_PLACES, markOrganisationPlaces));
        return AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
    }
}
