package org.quotestance.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;
import org.quotestance.location.GreatCircle;
import org.quotestance.location.LocationAnnotator;
import org.quotestance.location.ToponymTraining;
import org.quotestance.pipeline.EngineSpec;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.pipeline.PipelineList;

import com.fasterxml.jackson.databind.JsonNode;

import opennlp.tools.ml.model.Event;

/**
 * The resolution errors of the cross-validated location models, by kind: each recognised gold
 * toponym with a point that lies more than 161 km from ours, from the same 5 folds by document as
 * {@link LocationCrossValidation} (all three models trained on the other folds). Kinds:
 * <ul>
 * <li>{@code point}: our place has the gold GeoNames id, but our point for it is far (division and
 * country points);</li>
 * <li>{@code no-sense-near}: no gazetteer sense of the recognised name lies within 161 km (a place
 * the gazetteer lacks, a region whose point differs, a partial span: "Colorado" in "Colorado State
 * University");</li>
 * <li>{@code sense-*}: a sense within 161 km exists, another was chosen: {@code country} (a country
 * against anything else), {@code division} (a division against a place or another division),
 * {@code us-place} (another US town of the name), {@code other-place}.</li>
 * </ul>
 * Run: {@code java -cp "pipeline/target/classes:pipeline/target/lib/*" org.quotestance.eval.ResolutionErrorKinds
 * OUT.csv ../shared/data/geo/geowebnews-dev.jsonl ...}; prints the counts per set and kind, writes one row per error.
 */
public final class ResolutionErrorKinds {

    private static final int FOLDS = 5;
    private static final double RADIUS_KM = 161;

    private record Gold(String set, int fold, JsonNode json, ToponymTraining.Events events) {
    }

    private ResolutionErrorKinds() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sets.add(Path.of(args[i]));
        }
        Map<String, Integer> counts = run(sets, Path.of(args[0]));
        counts.forEach((kind, n) -> System.out.println(kind + "\t" + n));
    }

    /** Writes the errors to {@code out} and returns their counts by "set kind" (with each set's recognised total). */
    static Map<String, Integer> run(List<Path> sets, Path out) throws IOException, UIMAException {
        List<AnalysisEngineDescription> before = layersBeforeLocations();
        List<Gold> documents = read(sets, before);
        Gazetteer gazetteer = Gazetteer.shared();
        Map<String, Integer> counts = new TreeMap<>();
        JCas jcas = JCasFactory.createJCas();
        Path toponym = Files.createTempFile("toponym", ".bin.gz");
        Path resolution = Files.createTempFile("resolution", ".bin.gz");
        Path usage = Files.createTempFile("usage", ".bin.gz");
        try (CSVPrinter csv = new CSVPrinter(new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setHeader("set", "doc_id", "gold_surface", "surface", "kind", "gold_geonames_id",
                        "gold_lat", "gold_lon", "geonames_id", "name", "feature_class", "country_code", "km").build())) {
            for (int fold = 0; fold < FOLDS; fold++) {
                int heldOut = fold;
                List<Gold> training = documents.stream().filter(d -> d.fold() != heldOut).toList();
                Files.write(toponym, ToponymTraining.train(events(training, ToponymTraining.Events::toponym)));
                Files.write(resolution, ToponymTraining.train(events(training, ToponymTraining.Events::resolution)));
                Files.write(usage, ToponymTraining.train(events(training, ToponymTraining.Events::usage)));
                List<AnalysisEngineDescription> steps = new ArrayList<>(before);
                steps.add(AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class,
                        LocationAnnotator.PARAM_TOPONYM_MODEL, toponym.toString(),
                        LocationAnnotator.PARAM_RESOLUTION_MODEL, resolution.toString(),
                        LocationAnnotator.PARAM_USAGE_MODEL, usage.toString()));
                AnalysisEngine engine = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
                for (Gold document : documents) {
                    if (document.fold() == fold) {
                        score(document, engine, jcas, gazetteer, csv, counts);
                    }
                }
                engine.destroy();
            }
        } finally {
            Files.deleteIfExists(toponym);
            Files.deleteIfExists(resolution);
            Files.deleteIfExists(usage);
        }
        return counts;
    }

    private static void score(Gold document, AnalysisEngine engine, JCas jcas, Gazetteer gazetteer, CSVPrinter csv,
            Map<String, Integer> counts) throws UIMAException, IOException {
        String text = document.json().path("text").asText();
        GoldDocuments.annotate(engine, jcas, document.json().path("id").asText(), text);
        List<org.quotestance.type.Location> predictions = new ArrayList<>(JCasUtil.select(jcas, org.quotestance.type.Location.class));
        for (JsonNode gold : document.json().path("toponyms")) {
            if (gold.path("type").asText().equals("demonym") || !gold.has("lat") || !gold.has("lon")) {
                continue;
            }
            int begin = GoldDocuments.utf16(text, gold.path("start").asInt());
            int end = GoldDocuments.utf16(text, gold.path("end").asInt());
            org.quotestance.type.Location ours = predictions.stream().filter(l -> l.getBegin() == begin && l.getEnd() == end)
                    .findFirst().orElse(predictions.stream().filter(l -> l.getBegin() < end && begin < l.getEnd())
                            .findFirst().orElse(null));
            if (ours == null) {
                continue;
            }
            counts.merge(document.set() + "\trecognised", 1, Integer::sum);
            double lat = gold.path("lat").asDouble();
            double lon = gold.path("lon").asDouble();
            double km = GreatCircle.km(lat, lon, ours.getLatitude(), ours.getLongitude());
            if (km <= RADIUS_KM) {
                continue;
            }
            long goldId = gold.path("geonames_id").asLong(0);
            String kind = kind(gazetteer, ours, goldId, lat, lon);
            counts.merge(document.set() + "\t" + kind, 1, Integer::sum);
            csv.printRecord(document.set(), document.json().path("id").asText(), gold.path("surface").asText(),
                    ours.getCoveredText(), kind, goldId, lat, lon, ours.getGeonamesId(), ours.getName(),
                    ours.getFeatureClass(), ours.getCountryCode(), Math.round(km));
        }
    }

    private static String kind(Gazetteer gazetteer, org.quotestance.type.Location ours, long goldId, double lat, double lon) {
        if (goldId != 0 && ours.getGeonamesId() == goldId) {
            return "point";
        }
        List<GazetteerEntry> senses = gazetteer.lookup(NameKeys.normalise(ours.getCoveredText()));
        if (senses.stream().noneMatch(s -> GreatCircle.km(lat, lon, s.latitude(), s.longitude()) <= RADIUS_KM)) {
            return "no-sense-near";
        }
        String goldClass = gazetteer.byGeonamesId(goldId).map(GazetteerEntry::featureClass).orElse("");
        String ourClass = ours.getFeatureClass();
        if (ourClass.startsWith("A.PCL") || goldClass.startsWith("A.PCL")) {
            return "sense-country";
        }
        if (ourClass.startsWith("A.ADM") || goldClass.startsWith("A.ADM")) {
            return "sense-division";
        }
        return "US".equals(ours.getCountryCode()) ? "sense-us-place" : "sense-other-place";
    }

    private static List<Event> events(List<Gold> documents, java.util.function.Function<ToponymTraining.Events, List<Event>> model) {
        List<Event> events = new ArrayList<>();
        documents.forEach(d -> events.addAll(model.apply(d.events())));
        return events;
    }

    private static List<Gold> read(List<Path> sets, List<AnalysisEngineDescription> before) throws IOException, UIMAException {
        AnalysisEngine layers = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(before));
        ToponymTraining training = new ToponymTraining();
        JCas jcas = JCasFactory.createJCas();
        List<Gold> documents = new ArrayList<>();
        try {
            for (Path set : sets) {
                String name = set.getFileName().toString().replaceFirst("\\.jsonl$", "");
                List<JsonNode> lines = new ArrayList<>();
                GoldDocuments.forEach(set, lines::add);
                for (int i = 0; i < lines.size(); i++) {
                    JsonNode doc = lines.get(i);
                    String text = doc.path("text").asText();
                    GoldDocuments.annotate(layers, jcas, doc.path("id").asText("doc"), text);
                    List<ToponymTraining.Span> toponyms = new ArrayList<>();
                    List<ToponymTraining.Span> demonyms = new ArrayList<>();
                    for (JsonNode t : doc.path("toponyms")) {
                        ToponymTraining.Span span = new ToponymTraining.Span(GoldDocuments.utf16(text, t.path("start").asInt()),
                                GoldDocuments.utf16(text, t.path("end").asInt()), t.path("lat").asDouble(Double.NaN),
                                t.path("lon").asDouble(Double.NaN),
                                t.has("gwn_type") ? t.path("type").asText().equals("metonymic") : null);
                        (t.path("type").asText().equals("demonym") ? demonyms : toponyms).add(span);
                    }
                    documents.add(new Gold(name, i % FOLDS, doc, training.events(jcas, toponyms, demonyms,
                            LocationCrossValidation.ORGANISATION_PLACES_GOLD_PREFIXES.stream().anyMatch(name::startsWith))));
                }
            }
        } finally {
            layers.destroy();
        }
        return documents;
    }

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
}
