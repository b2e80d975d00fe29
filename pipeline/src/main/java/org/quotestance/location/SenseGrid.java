package org.quotestance.location;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * The senses of a document's place names on a coarse grid, to ask of one sense how many of
 * the document's other names could be a place near it. Same-named small towns are told apart so:
 * "New London" with "Mt. Pleasant" and "Winfield" is the Iowa town, because each of the three has
 * an Iowa sense within a few kilometres of the others, whatever sense each was given first.
 * Countries, continents, regions and physical features are left out (they are near everything).
 */
final class SenseGrid {

    static final double NEAR_KM = 161;
    private static final double KM_PER_DEGREE = 111.2;
    /**
     * Cells are 2 degrees of latitude (222 km) by 3 of longitude (at least 161 km up to 60 degrees
     * north or south), so a sense within 161 km lies in the candidate's cell or a neighbouring one.
     */
    private static final double LAT_CELL_DEGREES = 2;
    private static final double LON_CELL_DEGREES = 3;
    private static final int LON_CELLS = 120;

    private record Sense(String key, GazetteerEntry place) {
    }

    private final Map<Long, List<Sense>> cells = new HashMap<>();

    /** @param senses each name's candidate senses (a shortlist: the grid is built for every document) */
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
        if (!isLocal(candidate) || cells.isEmpty()) {
            return 0;
        }
        List<String> near = new java.util.ArrayList<>();
        int lat = lat(candidate);
        int lon = lon(candidate);
        double kmPerLonDegree = KM_PER_DEGREE * Math.cos(Math.toRadians(candidate.latitude()));
        for (int dLat = -1; dLat <= 1; dLat++) {
            for (int dLon = -1; dLon <= 1; dLon++) {
                List<Sense> cell = cells.get(cell(lat + dLat, Math.floorMod(lon + dLon, LON_CELLS)));
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
        return (int) Math.floor(place.latitude() / LAT_CELL_DEGREES);
    }

    private static int lon(GazetteerEntry place) {
        return Math.floorMod((int) Math.floor((place.longitude() + 180) / LON_CELL_DEGREES), LON_CELLS);
    }

    private static long cell(int lat, int lon) {
        return (long) lat * 1000 + lon;
    }
}
