package org.quotestance.location;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * A maxent model's parameters by feature, the feature given as its name prefix ("w-1=") and value ("in"): one
 * open-addressing table, at most half full, not two maps and a {@link Context}: the toponym and resolution scorers
 * look up about thirty features per candidate. A probe reads the slots' hashes, one small {@code int[]} (128 KB for
 * the toponym model's 11,000 features) that stays in the cache, so that a feature the model never saw (most words
 * around a name) is mostly told apart there; only a matching hash reads the slot's prefix and value (the value's
 * characters too unless it is the same string: prefixes and values are interned, as the constants the features
 * mostly take are) and its parameter for every outcome (0 for an outcome the feature has none for). Read-only once
 * built.
 */
final class FeatureWeights {

    private final int outcomes;
    /** Slot s: the feature's hash, never 0 ({@link #slotHash}); 0 when the slot is empty. */
    private final int[] hashes;
    /** Slot s: {@code [2 * s]} the prefix, {@code [2 * s + 1]} the value. */
    private final Object[] names;
    /** Slot s: {@code [s * outcomes + o]} the parameter for outcome o. */
    private final double[] parameters;
    private final int mask;

    /** @param contexts the model's features by their {@code prefix + value} names; those without '=' are left out */
    FeatureWeights(Map<String, Context> contexts, int outcomes) {
        this.outcomes = outcomes;
        int slots = Integer.highestOneBit(Math.max(1, contexts.size()) * 2) * 2;
        mask = slots - 1;
        hashes = new int[slots];
        names = new Object[2 * slots];
        parameters = new double[slots * outcomes];
        contexts.forEach((feature, context) -> {
            int split = feature.indexOf('=') + 1;
            if (split > 0) {
                String prefix = feature.substring(0, split).intern();
                String value = feature.substring(split).intern();
                int hash = slotHash(prefix, value);
                int slot = hash & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
                names[2 * slot] = prefix;
                names[2 * slot + 1] = value;
                int[] of = context.getOutcomes();
                double[] weights = context.getParameters();
                for (int i = 0; i < of.length; i++) {
                    parameters[slot * outcomes + of[i]] = weights[i];
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
        int hash = slotHash(prefix, value);
        for (int slot = hash & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameString(names[2 * slot], prefix) && sameString(names[2 * slot + 1], value)) {
                int base = slot * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += parameters[base + o];
                }
                return;
            }
        }
    }

    private static boolean sameString(Object filed, String given) {
        return filed == given || filed.equals(given);
    }

    /** The feature's hash, 0 (the empty slot's mark) taken as 1. */
    private static int slotHash(String prefix, String value) {
        int h = prefix.hashCode() * 0x9E3779B9 + value.hashCode();
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }
}
