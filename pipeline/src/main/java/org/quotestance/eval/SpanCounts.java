package org.quotestance.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of right spans over a collection, exact and overlapping, and the precision/recall/F1 they give. */
public final class SpanCounts {

    private int predicted;
    private int exactRightPredicted;
    private int overlapRightPredicted;
    private int gold;
    private int exactFoundGold;
    private int overlapFoundGold;

    public void addPredicted(boolean exact, boolean overlap) {
        predicted++;
        exactRightPredicted += exact ? 1 : 0;
        overlapRightPredicted += overlap ? 1 : 0;
    }

    public void addGold(boolean exact, boolean overlap) {
        gold++;
        exactFoundGold += exact ? 1 : 0;
        overlapFoundGold += overlap ? 1 : 0;
    }

    public int predicted() {
        return predicted;
    }

    public int gold() {
        return gold;
    }

    /** {@code <prefix>exact_precision, _recall, _f1, <prefix>overlap_...}, rounded to {@code digits} decimals. */
    public Map<String, Object> figures(String prefix, int digits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.putAll(Scores.prf(prefix + "exact_", exactRightPredicted, predicted, exactFoundGold, gold, digits));
        m.putAll(Scores.prf(prefix + "overlap_", overlapRightPredicted, predicted, overlapFoundGold, gold, digits));
        return m;
    }
}
