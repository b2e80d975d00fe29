package org.quotestance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;
import org.quotestance.location.GreatCircle;
import org.quotestance.type.Location;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The resolution errors of the cross-validated location models, by kind: each recognised gold
 * toponym with a point that lies more than 161 km from ours, collected by {@link LocationCrossValidation} from
 * its held-out folds (all three models trained on the other folds). Kinds:
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
 * {@code train locations --resolution-errors FILE} writes them as CSV, one row per error, in fold and file order.
 */
public final class ResolutionErrorKinds {

    private static final double RADIUS_KM = 161;
    private static final String[] HEADER = { "set", "doc_id", "gold_surface", "surface", "kind", "gold_geonames_id",
        "gold_lat", "gold_lon", "geonames_id", "name", "feature_class", "country_code", "km" };

    private final Gazetteer gazetteer = Gazetteer.shared();
    private final StringBuilder csv = new StringBuilder();
    private final CSVPrinter rows;
    private final Map<String, Integer> counts = new TreeMap<>();

    public ResolutionErrorKinds() {
        try {
            rows = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(HEADER).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the resolution errors of one annotated document ({@code jcas} holds its Locations) under {@code set}. */
    public void add(String set, JsonNode doc, JCas jcas) {
        String text = doc.path("text").asText();
        List<Location> predictions = new ArrayList<>(JCasUtil.select(jcas, Location.class));
        for (JsonNode gold : doc.path("toponyms")) {
            if (gold.path("type").asText().equals("demonym") || !gold.has("lat") || !gold.has("lon")) {
                continue;
            }
            int begin = GoldDocuments.utf16(text, gold.path("start").asInt());
            int end = GoldDocuments.utf16(text, gold.path("end").asInt());
            Location ours = predictions.stream().filter(l -> l.getBegin() == begin && l.getEnd() == end)
                    .findFirst().orElse(predictions.stream().filter(l -> l.getBegin() < end && begin < l.getEnd())
                            .findFirst().orElse(null));
            if (ours == null) {
                continue;
            }
            counts.merge(set + "\trecognised", 1, Integer::sum);
            double lat = gold.path("lat").asDouble();
            double lon = gold.path("lon").asDouble();
            double km = GreatCircle.km(lat, lon, ours.getLatitude(), ours.getLongitude());
            if (km <= RADIUS_KM) {
                continue;
            }
            long goldId = gold.path("geonames_id").asLong(0);
            String kind = kind(ours, goldId, lat, lon);
            counts.merge(set + "\t" + kind, 1, Integer::sum);
            try {
                rows.printRecord(set, doc.path("id").asText(), gold.path("surface").asText(), ours.getCoveredText(),
                        kind, goldId, lat, lon, ours.getGeonamesId(), ours.getName(), ours.getFeatureClass(),
                        ours.getCountryCode(), Math.round(km));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not fail
            }
        }
    }

    /** The errors so far as CSV with a header row, one row per error in the order they were added. */
    public String csv() {
        return csv.toString();
    }

    /** The counts by "set TAB kind", sorted, with each set's recognised gold toponyms under "set TAB recognised". */
    public Map<String, Integer> counts() {
        return new TreeMap<>(counts);
    }

    private String kind(Location ours, long goldId, double lat, double lon) {
        if (goldId != 0 && ours.getGeonamesId() == goldId) {
            return "point";
        }
        List<GazetteerEntry> senses = gazetteer.lookup(NameKeys.normalise(ours.getCoveredText()));
        if (senses.stream().noneMatch(s -> GreatCircle.km(lat, lon, s.latitude(), s.longitude()) <= RADIUS_KM)) {
            return "no-sense-near";
        }
        String goldClass = gazetteer.byGeonamesId(goldId).map(GazetteerEntry::featureClass).orElse("");
        String ourClass = ours.getFeatureClass();
        if (GazetteerEntry.isCountryClass(ourClass) || GazetteerEntry.isCountryClass(goldClass)) {
            return "sense-country";
        }
        if (ourClass.startsWith("A.ADM") || goldClass.startsWith("A.ADM")) {
            return "sense-division";
        }
        return "US".equals(ours.getCountryCode()) ? "sense-us-place" : "sense-other-place";
    }
}
