package org.quotestance.location;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * A maxent model's parameters by feature, the feature given as its name prefix ("w-1=") and value ("in"): one
 * open-addressing table, at most half full, whose slot holds both strings and, in one {@code double[]}, the
 * feature's parameter for every outcome (0 for an outcome the feature has none for). One probe reads no
 * {@link Context} and no second map: the toponym and resolution scorers look up about thirty features per
 * candidate. Read-only once built.
 */
final class FeatureWeights {

    private final int outcomes;
    private final String[] prefixes;
    private final String[] values;
    private final int[] hashes;
    /** Slot s's parameter for outcome o is {@code parameters[s * outcomes + o]}. */
    private final double[] parameters;
    private final int mask;

    /** @param contexts the model's features by their {@code prefix + value} names; those without '=' are left out */
    FeatureWeights(Map<String, Context> contexts, int outcomes) {
        this.outcomes = outcomes;
        int slots = Integer.highestOneBit(Math.max(1, contexts.size()) * 2) * 2;
        mask = slots - 1;
        prefixes = new String[slots];
        values = new String[slots];
        hashes = new int[slots];
        parameters = new double[slots * outcomes];
        contexts.forEach((feature, context) -> {
            int split = feature.indexOf('=') + 1;
            if (split > 0) {
                // interned, so that a lookup by a string constant ("w-1=") matches its prefix by identity
                String prefix = feature.substring(0, split).intern();
                String value = feature.substring(split);
                int hash = hash(prefix, value);
                int slot = hash & mask;
                while (prefixes[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                prefixes[slot] = prefix;
                values[slot] = value;
                hashes[slot] = hash;
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
        int hash = hash(prefix, value);
        for (int slot = hash & mask; prefixes[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && (prefixes[slot] == prefix || prefixes[slot].equals(prefix))
                    && values[slot].equals(value)) {
                int base = slot * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += parameters[base + o];
                }
                return;
            }
        }
    }

    private static int hash(String prefix, String value) {
        int h = prefix.hashCode() * 0x9E3779B9 + value.hashCode();
        return h ^ (h >>> 16);
    }
}
