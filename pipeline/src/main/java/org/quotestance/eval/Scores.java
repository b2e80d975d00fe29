package org.quotestance.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Precision, recall and F1 from counts, rounded for reports. */
final class Scores {

    private Scores() {
    }

    static Map<String, Object> prf(String prefix, int truePredicted, int predicted, int trueGold, int gold) {
        return prf(prefix, truePredicted, predicted, trueGold, gold, 3);
    }

    static Map<String, Object> prf(String prefix, int truePredicted, int predicted, int trueGold, int gold,
            int digits) {
        double p = predicted == 0 ? 0 : (double) truePredicted / predicted;
        double r = gold == 0 ? 0 : (double) trueGold / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(prefix + "precision", round(p, digits));
        m.put(prefix + "recall", round(r, digits));
        m.put(prefix + "f1", round(f, digits));
        return m;
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : round((double) part / whole);
    }

    static double ratio(int part, int whole, int digits) {
        return whole == 0 ? 0 : round((double) part / whole, digits);
    }

    static double round(double v) {
        return round(v, 3);
    }

    static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
