package org.quotestance.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Agreement of two annotations on the labels of matched spans (quote type, place usage, polarity):
 * observed agreement, and Cohen's kappa, which discounts the agreement the two label distributions
 * would reach by chance: (p_o - p_e) / (1 - p_e), p_e = sum over labels of p_gold(l) * p_pred(l).
 * An empty label (left unset) is a label of its own.
 */
public final class LabelAgreement {

    private final Map<String, Integer> goldLabels = new HashMap<>();
    private final Map<String, Integer> predictedLabels = new HashMap<>();
    private int pairs;
    private int agreed;

    public void add(String gold, String predicted) {
        String g = gold == null ? "" : gold;
        String p = predicted == null ? "" : predicted;
        goldLabels.merge(g, 1, Integer::sum);
        predictedLabels.merge(p, 1, Integer::sum);
        pairs++;
        agreed += g.equals(p) ? 1 : 0;
    }

    public int pairs() {
        return pairs;
    }

    public double accuracy() {
        return pairs == 0 ? 0 : (double) agreed / pairs;
    }

    /** Cohen's kappa; 1 when both sides use one and the same label throughout, 0 with no pairs. */
    public double kappa() {
        if (pairs == 0) {
            return 0;
        }
        double chance = 0;
        for (Map.Entry<String, Integer> e : goldLabels.entrySet()) {
            chance += (double) e.getValue() / pairs * predictedLabels.getOrDefault(e.getKey(), 0) / pairs;
        }
        return chance == 1 ? 1 : (accuracy() - chance) / (1 - chance);
    }

    /** {@code <prefix>pairs, <prefix>accuracy, <prefix>kappa}. */
    public Map<String, Object> figures(String prefix, int digits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(prefix + "pairs", pairs);
        m.put(prefix + "accuracy", Scores.round(accuracy(), digits));
        m.put(prefix + "kappa", Scores.round(kappa(), digits));
        return m;
    }
}
