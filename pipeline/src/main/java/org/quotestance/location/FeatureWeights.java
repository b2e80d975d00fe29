package org.quotestance.location;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * A maxent model's parameters by feature, the feature given as its name prefix ("w-1=") and value ("in"): one
 * open-addressing table, at most half full. A slot holds the feature's hash beside its parameter for every outcome
 * (0 for an outcome the feature has none for) in one {@code long[]}, and its prefix beside its value in one
 * {@code Object[]}, so a probe reads two cache lines (and the value's characters unless it is the same string:
 * prefixes and values are interned, as the constants the features mostly take are), not two maps and a
 * {@link Context}: the toponym and resolution scorers look up about thirty features per candidate. Read-only once
 * built.
 */
final class FeatureWeights {

    private final int outcomes;
    /** Slot s: {@code [s * stride]} the hash, then the parameters' bits by outcome. */
    private final long[] numbers;
    /** Slot s: {@code [2 * s]} the prefix, {@code [2 * s + 1]} the value; null when the slot is empty. */
    private final Object[] names;
    private final int stride;
    private final int mask;

    /** @param contexts the model's features by their {@code prefix + value} names; those without '=' are left out */
    FeatureWeights(Map<String, Context> contexts, int outcomes) {
        this.outcomes = outcomes;
        int slots = Integer.highestOneBit(Math.max(1, contexts.size()) * 2) * 2;
        mask = slots - 1;
        stride = 1 + outcomes;
        numbers = new long[slots * stride];
        names = new Object[2 * slots];
        contexts.forEach((feature, context) -> {
            int split = feature.indexOf('=') + 1;
            if (split > 0) {
                String prefix = feature.substring(0, split).intern();
                String value = feature.substring(split).intern();
                int hash = hash(prefix, value);
                int slot = hash & mask;
                while (names[2 * slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[2 * slot] = prefix;
                names[2 * slot + 1] = value;
                numbers[slot * stride] = hash;
                int[] of = context.getOutcomes();
                double[] weights = context.getParameters();
                for (int i = 0; i < of.length; i++) {
                    numbers[slot * stride + 1 + of[i]] = Double.doubleToRawLongBits(weights[i]);
                }
            }
        });
    }

    /**
     * Adds feature {@code prefix + value}'s parameters to {@code sums} by outcome; a feature the model never saw adds
     * nothing. (Adding the 0 of an outcome the feature has no parameter for leaves a sum as it was: the sums start
     * at +0.0 and so are never -0.0.)
     */
    void addTo(double[] sums, String prefix, String value) {
        int hash = hash(prefix, value);
        for (int slot = hash & mask; names[2 * slot] != null; slot = (slot + 1) & mask) {
            if (numbers[slot * stride] == hash && sameString(names[2 * slot], prefix)
                    && sameString(names[2 * slot + 1], value)) {
                int base = slot * stride + 1;
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += Double.longBitsToDouble(numbers[base + o]);
                }
                return;
            }
        }
    }

    private static boolean sameString(Object filed, String given) {
        return filed == given || filed.equals(given);
    }

    private static int hash(String prefix, String value) {
        int h = prefix.hashCode() * 0x9E3779B9 + value.hashCode();
        return h ^ (h >>> 16);
    }
}
