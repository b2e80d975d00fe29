package org.quotestance.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model scored from feature numbers instead of feature strings: a hot loop looks a feature up by its
 * prefix and value ("n1=" and "said") in maps made once, where {@link MaxentModel#eval(String[])} needs the
 * concatenated string hashed for every candidate. Scoring sums the same parameters in the same order with the
 * same uniform prior as {@code eval} (features the model never saw add nothing in either), so every
 * probability is the same double. It keeps arrays only, not the model's map of {@link Context}s (an object
 * and two arrays per feature), so a model read at start-up is a few arrays for the collector to copy.
 */
final class IndexedGisModel {

    static final int UNKNOWN = -1;

    /** Feature names by number: the order of the model's own map of contexts, as its parameters. */
    private final String[] features;
    /**
     * Open-addressing hash table over {@link #features}, two ints a slot: a feature's hash and its number + 1 (0
     * when empty), at most half full; a few large arrays where a map would hold a node and a boxed number per
     * feature for the whole run.
     */
    private final int[] slots;
    /** The numbers of the features of each family (their name up to and with the first "="), in number order. */
    private final Map<String, int[]> families;
    /**
     * The parameters, {@code outcomes} per feature: the parameter of outcome o for feature f at
     * {@code f * outcomes + o}, 0 where the model holds none (adding 0 to a sum that starts at the nonzero log
     * prior leaves it as it was).
     */
    private final double[] parameters;
    private final int outcomes;
    private final double[] prior;
    private final int yes;

    IndexedGisModel(MaxentModel model, String yesOutcome) {
        if (!(model instanceof GISModel)) {
            throw new IllegalArgumentException("not a GIS model: " + model.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        String[] outcomes = (String[]) ((AbstractModel) model).getDataStructures()[2];
        features = new String[contexts.size()];
        this.outcomes = outcomes.length;
        parameters = new double[contexts.size() * outcomes.length];
        int number = 0;
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            features[number] = e.getKey();
            int[] its = e.getValue().getOutcomes();
            double[] values = e.getValue().getParameters();
            for (int k = 0; k < its.length; k++) {
                parameters[number * outcomes.length + its[k]] = values[k];
            }
            number++;
        }
        slots = hashIndex(features);
        families = byFamily(features);
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomes, null);
        prior = new double[outcomes.length];
        uniform.logPrior(prior, (int[]) null);
        yes = model.getIndex(yesOutcome);
    }

    private static int[] hashIndex(String[] features) {
        int slotCount = Integer.highestOneBit(Math.max(1, features.length) * 2) * 2;
        int[] table = new int[2 * slotCount];
        for (int number = 0; number < features.length; number++) {
            int hash = spread(features[number].hashCode());
            int slot = hash & (slotCount - 1);
            while (table[2 * slot + 1] != 0) {
                slot = (slot + 1) & (slotCount - 1);
            }
            table[2 * slot] = hash;
            table[2 * slot + 1] = number + 1;
        }
        return table;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static Map<String, int[]> byFamily(String[] features) {
        Map<String, int[]> counts = new HashMap<>();
        String[] familyOf = new String[features.length];
        for (int number = 0; number < features.length; number++) {
            int equals = features[number].indexOf('=');
            if (equals >= 0) {
                String family = features[number].substring(0, equals + 1);
                int[] count = counts.computeIfAbsent(family, f -> new int[1]);
                count[0]++;
                familyOf[number] = family;
            }
        }
        Map<String, int[]> members = new HashMap<>();
        counts.forEach((family, count) -> members.put(family, new int[count[0]]));
        for (int number = 0; number < features.length; number++) {
            if (familyOf[number] != null) {
                int[] count = counts.get(familyOf[number]);
                int[] numbers = members.get(familyOf[number]);
                numbers[numbers.length - count[0]--] = number;
            }
        }
        return members;
    }

    /** The number of {@code feature}, or {@link #UNKNOWN}. */
    int number(String feature) {
        int hash = spread(feature.hashCode());
        int mask = slots.length / 2 - 1;
        for (int slot = hash & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int number = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == hash && features[number].equals(feature)) {
                return number;
            }
        }
        return UNKNOWN;
    }

    /** The numbers of the features {@code prefix + values[i]}, in the order of the values. */
    int[] numbers(String prefix, String... values) {
        int[] numbers = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = number(prefix + values[i]);
        }
        return numbers;
    }

    /** The numbers of the features {@code prefix + value}, by value. */
    Map<String, Integer> values(String prefix) {
        int[] numbers = startingWith(prefix);
        Map<String, Integer> byValue = new HashMap<>(numbers.length * 4 / 3 + 1);
        for (int number : numbers) {
            byValue.put(features[number].substring(prefix.length()), number);
        }
        return byValue;
    }

    /**
     * The numbers of the features {@code prefix + a + "_" + b}, by a, then b. A feature is filed under every
     * "_" it holds, since words may hold one themselves: (a, b) finds it exactly when a + "_" + b spells it.
     */
    Map<String, Map<String, Integer>> pairs(String prefix) {
        Map<String, Map<String, Integer>> byPair = new HashMap<>();
        for (int number : startingWith(prefix)) {
            String pair = features[number].substring(prefix.length());
            for (int u = pair.indexOf('_'); u >= 0; u = pair.indexOf('_', u + 1)) {
                byPair.computeIfAbsent(pair.substring(0, u), a -> new HashMap<>()).put(pair.substring(u + 1), number);
            }
        }
        return byPair;
    }

    /**
     * The numbers of the features that start with {@code prefix}, in number order. A scorer asks for a table per
     * feature family ("w=", "n1=", ...): those are exactly the family's features (a feature starts with "n1="
     * when the text up to its first "=" is "n1="), found without a pass over all the model's features.
     */
    private int[] startingWith(String prefix) {
        if (prefix.indexOf('=') == prefix.length() - 1) {
            return families.getOrDefault(prefix, new int[0]);
        }
        int[] found = new int[features.length];
        int n = 0;
        for (int number = 0; number < features.length; number++) {
            if (features[number].startsWith(prefix)) {
                found[n++] = number;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** The number of {@code value} in a table of {@link #values}, or {@link #UNKNOWN}. */
    static int number(Map<String, Integer> byValue, String value) {
        return byValue.getOrDefault(value, UNKNOWN);
    }

    /** The number of the pair (a, b) in a table of {@link #pairs}, or {@link #UNKNOWN}. */
    static int number(Map<String, Map<String, Integer>> byPair, String a, String b) {
        Map<String, Integer> second = byPair.get(a);
        return second == null ? UNKNOWN : second.getOrDefault(b, UNKNOWN);
    }

    /**
     * The probability of the yes outcome given the features {@code features[0, n)}, {@link #UNKNOWN} ones left out:
     * {@link GISModel#eval(int[], double[], opennlp.tools.ml.model.EvalParameters)}'s sums, exponentials
     * ({@link StrictMath#exp}) and normalisation, in its order.
     */
    double yes(int[] features, int n) {
        if (yes < 0) {
            return 0;
        }
        double[] sums = Arrays.copyOf(prior, prior.length);
        for (int i = 0; i < n; i++) {
            if (features[i] != UNKNOWN) {
                int base = features[i] * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += parameters[base + o];
                }
            }
        }
        double total = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        return sums[yes] / total;
    }
}
