package org.quotestance.location;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * How likely a place is to be meant by a name before the document is read: log10 of its
 * population, a bonus by feature type (continents and regions, countries and first-level
 * divisions, capitals and physical features are what news names most), and a bonus when the
 * name is the place's canonical name rather than one of its alternate names.
 */
final class PlacePrior {

    private PlacePrior() {
    }

    static double of(GazetteerEntry entry, String key) {
        double prior = Math.log10(Math.max(entry.population(), floorPopulation(entry)) + 1.0) + typeBonus(entry);
        if (entry.isNamed(key)) {
            prior += 1.0;
        }
        return prior;
    }

    /** The {@code n} candidates with the best prior, best first (ties keep the gazetteer's order). */
    static java.util.List<GazetteerEntry> shortlist(String key, java.util.List<GazetteerEntry> candidates, int n) {
        double[] priors = new double[candidates.size()];
        for (int i = 0; i < priors.length; i++) {
            priors[i] = of(candidates.get(i), key);
        }
        return shortlist(candidates, priors, n);
    }

    /** The same, given each candidate's prior. */
    static java.util.List<GazetteerEntry> shortlist(java.util.List<GazetteerEntry> candidates, double[] priors, int n) {
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> -priors[i]));
        java.util.List<GazetteerEntry> shortlist = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(n, order.length); i++) {
            shortlist.add(candidates.get(order[i]));
        }
        return shortlist;
    }

    /** Seas, rivers, mountains and regions have no population; they count as a large town. */
    private static long floorPopulation(GazetteerEntry entry) {
        String letter = entry.featureClassLetter();
        return letter.equals("H") || letter.equals("T") || letter.equals("L") ? 1_000_000 : 0;
    }

    private static double typeBonus(GazetteerEntry entry) {
        String featureClass = entry.featureClass();
        if (featureClass.equals("L.CONT")) {
            return 4.0;
        }
        if (entry.isCountry()) {
            return 3.0;
        }
        if (featureClass.startsWith("L.") || featureClass.startsWith("H.") || featureClass.startsWith("T.")) {
            return 3.0;
        }
        return switch (featureClass) {
            case "P.PPLC" -> 3.5;
            case "A.ADM1" -> 2.0;
            case "P.PPLA" -> 1.0;
            case "A.ADM2", "P.PPLA2" -> 0.5;
            default -> 0.0;
        };
    }
}
