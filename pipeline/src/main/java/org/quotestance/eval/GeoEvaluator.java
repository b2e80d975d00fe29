package org.quotestance.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.quotestance.eval.SpanMatcher.Pairing;
import org.quotestance.location.GreatCircle;
import org.quotestance.location.LocationAnnotator;
import org.quotestance.type.Location;

/**
 * Scores a location pipeline against geoparsing gold in JSON Lines ({@code shared/data/geo/*.jsonl}).
 *
 * <ul>
 * <li>Recognition, exact and overlap: precision, recall, F1. A predicted Location is a true
 * positive if it matches a gold toponym (same span / overlapping span). Gold entries of type
 * demonym are neither hits nor misses: a prediction on one is ignored. Demonyms are optional
 * (GeoWebNews: "neither required nor penalised"), so a prediction with usage DEMONYM that matches
 * no gold toponym is ignored too; where the gold does mark the adjective as a toponym
 * (GeoWebNews "Russian officials") it counts as found. Any other prediction is a false
 * positive, including predictions on {@code not_toponyms}.</li>
 * <li>Resolution on the recognised toponyms (overlap match): Acc@161 = share within 161 km of
 * the gold point; mean error distance in km.</li>
 * <li>Usage accuracy (literal vs metonymic) on recognised toponyms whose gold carries a
 * GeoWebNews type ({@code gwn_type}); other sets mark everything literal by default. Demonym
 * predictions are left out: their usage is DEMONYM, neither literal nor metonymic.</li>
 * </ul>
 * Gold offsets are code points; they are converted to UTF-16 indices.
 *
 * <p>Run: {@code java -cp "pipeline/target/classes:pipeline/target/lib/*" org.quotestance.eval.GeoEvaluator FILE.jsonl...}
 */
public final class GeoEvaluator {

    private static final double ACCURACY_RADIUS_KM = 161.0;

    private GeoEvaluator() {
    }

    public static void main(String[] args) throws Exception {
        AnalysisEngineDescription pipeline = AnalysisEngineFactory.createEngineDescription(
                AnalysisEngineFactory.createEngineDescription(BreakIteratorSegmenter.class),
                AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class));
        for (String file : args) {
            System.out.println(Path.of(file).getFileName() + " " + evaluate(Path.of(file), pipeline));
        }
    }

    public static Map<String, Object> evaluate(Path goldJsonl, AnalysisEngineDescription pipeline)
            throws IOException, UIMAException {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(pipeline);
        try {
            return evaluate(goldJsonl, engine);
        } finally {
            engine.destroy();
        }
    }

    /** Scores with an engine the caller made (and destroys), so several gold files can share one. */
    public static Map<String, Object> evaluate(Path goldJsonl, AnalysisEngine engine)
            throws IOException, UIMAException {
        ObjectMapper json = new ObjectMapper();
        Tally tally = new Tally();
        JCas jcas = JCasFactory.createJCas();
        try (BufferedReader reader = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                score(json.readTree(line), engine, jcas, tally);
            }
        }
        return tally.metrics();
    }

    /** Annotates one gold document with {@code engine} and adds its figures to {@code tally}. */
    public static void score(JsonNode doc, AnalysisEngine engine, JCas jcas, Tally tally)
            throws UIMAException {
        String text = doc.path("text").asText();
        GoldDocuments.annotate(engine, jcas, doc.path("id").asText("doc"), text);
        tally.score(gold(doc, text), new ArrayList<>(JCasUtil.select(jcas, Location.class)));
    }

    private record GoldSpan(TextSpan span, String type, boolean hasUsage, double lat, double lon) {
    }

    private static TextSpan span(Location l) {
        return new TextSpan(l.getBegin(), l.getEnd());
    }

    private static List<GoldSpan> gold(JsonNode doc, String text) {
        List<GoldSpan> spans = new ArrayList<>();
        for (JsonNode t : doc.path("toponyms")) {
            spans.add(new GoldSpan(new TextSpan(utf16(text, t.path("start").asInt()), utf16(text, t.path("end").asInt())),
                    t.path("type").asText(), t.has("gwn_type"),
                    t.path("lat").asDouble(Double.NaN), t.path("lon").asDouble(Double.NaN)));
        }
        return spans;
    }

    private static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    /** Great-circle distance in km between two WGS84 points. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2);
    }

    /** Running counts over all documents. */
    public static final class Tally {
        int documents;
        final SpanCounts spans = new SpanCounts();
        int resolved;
        int within161;
        double errorKmSum;
        int usagePairs;
        int usageCorrect;

        void score(List<GoldSpan> gold, List<Location> predictions) {
            documents++;
            List<GoldSpan> toponyms = gold.stream().filter(g -> !g.type().equals("demonym")).toList();
            List<GoldSpan> demonyms = gold.stream().filter(g -> g.type().equals("demonym")).toList();
            List<TextSpan> toponymSpans = toponyms.stream().map(GoldSpan::span).toList();
            for (Location p : predictions) {
                TextSpan span = span(p);
                boolean overlap = toponymSpans.stream().anyMatch(span::overlaps);
                if (!overlap && (isDemonym(p) || demonyms.stream().anyMatch(g -> g.span().overlaps(span)))) {
                    continue;
                }
                SpanMatcher.countPredicted(span, toponymSpans, spans);
            }
            for (GoldSpan g : toponyms) {
                Location overlap = SpanMatcher.countGold(g.span(), predictions, GeoEvaluator::span,
                        Pairing.IDENTICAL_ELSE_FIRST_OVERLAP, spans);
                if (overlap == null) {
                    continue;
                }
                if (!Double.isNaN(g.lat()) && !Double.isNaN(g.lon())) {
                    resolved++;
                    double km = distanceKm(g.lat(), g.lon(), overlap.getLatitude(), overlap.getLongitude());
                    errorKmSum += km;
                    within161 += km <= ACCURACY_RADIUS_KM ? 1 : 0;
                }
                if (g.hasUsage() && !isDemonym(overlap)) {
                    usagePairs++;
                    boolean goldMetonymic = g.type().equals("metonymic");
                    usageCorrect += goldMetonymic == "METONYMIC".equals(overlap.getUsage()) ? 1 : 0;
                }
            }
        }

        private static boolean isDemonym(Location location) {
            return "DEMONYM".equals(location.getUsage());
        }

        public Map<String, Object> metrics() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", documents);
            m.put("gold_toponyms", spans.gold());
            m.put("predicted", spans.predicted());
            m.putAll(spans.figures("", 4));
            m.put("resolved", resolved);
            m.put("acc_at_161", round(ratio(within161, resolved)));
            m.put("mean_error_km", round(resolved == 0 ? 0 : errorKmSum / resolved));
            m.put("usage_pairs", usagePairs);
            m.put("usage_accuracy", round(ratio(usageCorrect, usagePairs)));
            return m;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double round(double value) {
            return Math.round(value * 10000) / 10000.0;
        }
    }
}
