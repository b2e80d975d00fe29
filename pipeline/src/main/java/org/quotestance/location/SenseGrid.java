package org.quotestance.location;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * The senses of a document's place names on a one-degree grid, to ask of one sense how many of
 * the document's other names could be a place near it. Same-named small towns are told apart so:
 * "New London" with "Mt. Pleasant" and "Winfield" is the Iowa town, because each of the three has
 * an Iowa sense within a few kilometres of the others, whatever sense each was given first.
 * Countries, continents, regions and physical features are left out (they are near everything).
 */
final class SenseGrid {

    static final double NEAR_KM = 161;
    private static final double KM_PER_DEGREE = 111.2;
    /** Longitude cells searched either side: two degrees of longitude are 161 km up to about 60 degrees north. */
    private static final int LON_CELLS = 3;

    private record Sense(String key, GazetteerEntry place) {
    }

    private final Map<Long, List<Sense>> cells = new HashMap<>();

    /** @param senses each name's candidate senses */
    SenseGrid(Map<String, List<GazetteerEntry>> senses) {
        senses.forEach((key, places) -> {
            for (GazetteerEntry place : places) {
                if (isLocal(place)) {
                    cells.computeIfAbsent(cell(lat(place), lon(place)), c -> new java.util.ArrayList<>())
                            .add(new Sense(key, place));
                }
            }
        });
    }

    /** How many other names have a sense within {@link #NEAR_KM} of the candidate (0 for a country, region, ...). */
    int nearbyNames(String key, GazetteerEntry candidate) {
        if (!isLocal(candidate)) {
            return 0;
        }
        Set<String> near = new HashSet<>();
        int lat = lat(candidate);
        int lon = lon(candidate);
        double kmPerLonDegree = KM_PER_DEGREE * Math.cos(Math.toRadians(candidate.latitude()));
        for (int dLat = -2; dLat <= 2; dLat++) {
            for (int dLon = -LON_CELLS; dLon <= LON_CELLS; dLon++) {
                List<Sense> cell = cells.get(cell(lat + dLat, Math.floorMod(lon + dLon + 180, 360) - 180));
                if (cell == null) {
                    continue;
                }
                for (Sense sense : cell) {
                    if (!sense.key().equals(key) && !near.contains(sense.key())
                            && roughKm(candidate, sense.place(), kmPerLonDegree) <= NEAR_KM) {
                        near.add(sense.key());
                    }
                }
            }
        }
        return near.size();
    }

    /** Equirectangular distance: within a few km of the great circle at these distances, and no trigonometry per pair. */
    private static double roughKm(GazetteerEntry a, GazetteerEntry b, double kmPerLonDegree) {
        double dLat = (a.latitude() - b.latitude()) * KM_PER_DEGREE;
        double dLon = Math.abs(a.longitude() - b.longitude());
        dLon = Math.min(dLon, 360 - dLon) * kmPerLonDegree;
        return Math.sqrt(dLat * dLat + dLon * dLon);
    }

    private static boolean isLocal(GazetteerEntry place) {
        return place.featureClass().startsWith("P.") || place.featureClass().equals("A.ADM2");
    }

    private static int lat(GazetteerEntry place) {
        return (int) Math.floor(place.latitude());
    }

    private static int lon(GazetteerEntry place) {
        return (int) Math.floor(place.longitude());
    }

    private static long cell(int lat, int lon) {
        return (long) lat * 1000 + lon;
    }
}
