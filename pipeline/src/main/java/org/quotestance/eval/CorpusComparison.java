package org.quotestance.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quotestance.eval.CorpusAnnotations.Document;
import org.quotestance.eval.CorpusAnnotations.LocationRow;
import org.quotestance.eval.CorpusAnnotations.QuoteRow;
import org.quotestance.eval.CorpusAnnotations.StanceRow;
import org.quotestance.eval.SpanMatcher.Pairing;

/**
 * Scores one annotation of a corpus against another (a curated gold against the tool, or two
 * annotators), with the span matching of the {@code eval} command ({@link SpanMatcher}): per layer
 * precision, recall and F1, exact and overlapping; on the pairs of matched spans, the agreement of their
 * labels (quote type, place usage, stance polarity: accuracy and Cohen's kappa), speaker accuracy,
 * GeoNames id agreement, Acc@161 and mean error (a matched place the predicted side left without
 * coordinates counts as half the earth's circumference away). Documents of the gold only count as all missed;
 * documents only on the predicted side are left out and counted.
 */
public final class CorpusComparison {

    private static final double ACCURACY_RADIUS_KM = 161.0;
    private static final int DIGITS = 4;

    private final SpanCounts quotes = new SpanCounts();
    private final LabelAgreement quoteTypes = new LabelAgreement();
    private int speakerPairs;
    private int speakerRight;
    private final SpanCounts locations = new SpanCounts();
    private final LabelAgreement usages = new LabelAgreement();
    private int idPairs;
    private int idRight;
    private int resolved;
    private int within161;
    private double errorKm;
    private final SpanCounts stances = new SpanCounts();
    private final LabelAgreement polarities = new LabelAgreement();

    private CorpusComparison() {
    }

    public static Map<String, Object> compare(CorpusAnnotations gold, CorpusAnnotations predicted) {
        CorpusComparison c = new CorpusComparison();
        List<String> onlyGold = new ArrayList<>();
        for (Document g : gold.documents().values()) {
            Document p = predicted.documents().get(g.docId());
            if (p == null) {
                onlyGold.add(g.docId());
                p = new Document(g.docId(), List.of(), List.of(), List.of());
            }
            c.score(g, p);
        }
        List<String> onlyPredicted = predicted.documents().keySet().stream()
                .filter(id -> !gold.documents().containsKey(id)).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", gold.documents().size());
        m.put("documents_missing_from_predicted", onlyGold.size());
        m.put("documents_not_in_gold", onlyPredicted.size());
        c.figures(m);
        m.put("missing_from_predicted", onlyGold);
        m.put("not_in_gold", onlyPredicted);
        return m;
    }

    private void score(Document gold, Document predicted) {
        List<QuoteRow> quotePairs = SpanMatcher.match(gold.quotes(), QuoteRow::span, predicted.quotes(),
                QuoteRow::span, Pairing.MOST_OVERLAP, quotes);
        for (int i = 0; i < gold.quotes().size(); i++) {
            QuoteRow g = gold.quotes().get(i);
            QuoteRow p = quotePairs.get(i);
            if (p == null) {
                continue;
            }
            quoteTypes.add(g.type(), p.type());
            if (!g.speakerId().isEmpty() || g.speakerMention() != null) {
                speakerPairs++;
                speakerRight += sameSpeaker(g, p) ? 1 : 0;
            }
        }
        List<LocationRow> locationPairs = SpanMatcher.match(gold.locations(), LocationRow::span,
                predicted.locations(), LocationRow::span, Pairing.IDENTICAL_ELSE_FIRST_OVERLAP, locations);
        for (int i = 0; i < gold.locations().size(); i++) {
            LocationRow g = gold.locations().get(i);
            LocationRow p = locationPairs.get(i);
            if (p != null) {
                scorePlace(g, p);
            }
        }
        List<StanceRow> stancePairs = SpanMatcher.match(gold.stances(), StanceRow::span, predicted.stances(),
                StanceRow::span, Pairing.MOST_OVERLAP, stances);
        for (int i = 0; i < gold.stances().size(); i++) {
            if (stancePairs.get(i) != null) {
                polarities.add(gold.stances().get(i).polarity(), stancePairs.get(i).polarity());
            }
        }
    }

    /** The same speaker entity, or, where the gold names none, speaker mentions that overlap. */
    private static boolean sameSpeaker(QuoteRow g, QuoteRow p) {
        if (!g.speakerId().isEmpty()) {
            return g.speakerId().equals(p.speakerId());
        }
        return p.speakerMention() != null && g.speakerMention().overlaps(p.speakerMention());
    }

    private void scorePlace(LocationRow g, LocationRow p) {
        usages.add(g.usage(), p.usage());
        if (!g.geonamesId().isEmpty()) {
            idPairs++;
            idRight += g.geonamesId().equals(p.geonamesId()) ? 1 : 0;
        }
        Double goldLat = number(g.latitude());
        Double goldLon = number(g.longitude());
        if (goldLat != null && goldLon != null) {
            resolved++;
            Double lat = number(p.latitude());
            Double lon = number(p.longitude());
            // a predicted place without coordinates is as wrong as a place on the far side of the earth
            double km = lat == null || lon == null ? Math.PI * 6371.0088
                    : GeoEvaluator.distanceKm(goldLat, goldLon, lat, lon);
            errorKm += km;
            within161 += km <= ACCURACY_RADIUS_KM ? 1 : 0;
        }
    }

    private static Double number(String value) {
        try {
            double v = Double.parseDouble(value);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void figures(Map<String, Object> m) {
        m.put("quotes.gold", quotes.gold());
        m.put("quotes.predicted", quotes.predicted());
        m.putAll(quotes.figures("quotes.", DIGITS));
        m.putAll(quoteTypes.figures("quotes.type_", DIGITS));
        m.put("quotes.speaker_pairs", speakerPairs);
        m.put("quotes.speaker_accuracy", Scores.ratio(speakerRight, speakerPairs, DIGITS));
        m.put("locations.gold", locations.gold());
        m.put("locations.predicted", locations.predicted());
        m.putAll(locations.figures("locations.", DIGITS));
        m.put("locations.geonames_pairs", idPairs);
        m.put("locations.geonames_accuracy", Scores.ratio(idRight, idPairs, DIGITS));
        m.put("locations.resolved", resolved);
        m.put("locations.acc_at_161", Scores.ratio(within161, resolved, DIGITS));
        m.put("locations.mean_error_km", Scores.round(resolved == 0 ? 0 : errorKm / resolved, DIGITS));
        m.putAll(usages.figures("locations.usage_", DIGITS));
        m.put("stances.gold", stances.gold());
        m.put("stances.predicted", stances.predicted());
        m.putAll(stances.figures("stances.", DIGITS));
        m.putAll(polarities.figures("stances.polarity_", DIGITS));
    }
}
