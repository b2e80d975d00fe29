package org.quotestance.quote;

import java.util.Arrays;
import java.util.Map;

import org.quotestance.gazetteer.IntHashIndex;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model scored from feature numbers instead of feature strings: a hot loop looks a feature up by its
 * family and value ("n1=" and "said", {@link Family}) without building the concatenated string that
 * {@link MaxentModel#eval(String[])} needs hashed for every candidate. Scoring sums the same parameters in the same order with the
 * same uniform prior as {@code eval} (features the model never saw add nothing in either), so every
 * probability is the same double. It keeps the feature names and a few arrays only, not the model's map of
 * {@link Context}s (an object and two arrays per feature), so the collector has little to copy at start-up.
 */
final class IndexedGisModel {

    static final int UNKNOWN = IntHashIndex.ABSENT;

    /** Feature names by number: the order of the model's own map of contexts, as its parameters. */
    private final String[] features;
    /** The features' numbers by hash. */
    private final IntHashIndex index;
    private final IntHashIndex.KeyMatch<String, Void> sameFeature = this::isFeature;
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
        index = new IntHashIndex(features.length, f -> features[f].hashCode());
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomes, null);
        prior = new double[outcomes.length];
        uniform.logPrior(prior, (int[]) null);
        yes = model.getIndex(yesOutcome);
    }

    /** The number of {@code feature}, or {@link #UNKNOWN}. */
    int number(String feature) {
        return index.find(feature.hashCode(), feature, null, sameFeature);
    }

    private boolean isFeature(int number, String feature, Void unused) {
        return features[number].equals(feature);
    }

    /** The numbers of the features {@code prefix + values[i]}, in the order of the values. */
    int[] numbers(String prefix, String... values) {
        int[] numbers = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = number(prefix + values[i]);
        }
        return numbers;
    }

    /** The features {@code prefix + value} (and {@code prefix + a + "_" + b}), looked up without building their names. */
    Family family(String prefix) {
        return new Family(prefix);
    }

    /**
     * A feature family ("w=", "cw=", "clausen1=true_" ...): a feature's number from the words that follow the
     * family's prefix in its name, through the model's one hash table. The hash of prefix + value is worked out
     * from the two strings' own (cached) hashes as {@link String#hashCode} would give it for the concatenation,
     * and a name is compared piece by piece: a scorer's per-family tables of strings and boxed numbers would keep
     * a map node, a number and a substring per feature for the whole run.
     */
    final class Family {

        private final String prefix;
        private final int prefixHash;
        private final IntHashIndex.KeyMatch<String, String> spells = (number, a, b) -> spells(features[number], a, b);

        private Family(String prefix) {
            this.prefix = prefix;
            this.prefixHash = prefix.hashCode();
        }

        /** The number of the feature {@code prefix + value}, or {@link #UNKNOWN}. */
        int number(String value) {
            int hash = prefixHash * power31(value.length()) + value.hashCode();
            return find(hash, value, null);
        }

        /** The number of the feature {@code prefix + a + "_" + b}, or {@link #UNKNOWN}. */
        int number(String a, String b) {
            int hash = ((prefixHash * power31(a.length()) + a.hashCode()) * 31 + '_') * power31(b.length()) + b.hashCode();
            return find(hash, a, b);
        }

        /** The family {@code prefix + a + "_"}: the pairs whose first word is {@code a}. */
        Family then(String a) {
            return new Family(prefix + a + "_");
        }

        private int find(int concatenationHash, String a, String b) {
            return index.find(concatenationHash, a, b, spells);
        }

        /** Whether {@code feature} is prefix + a, or prefix + a + "_" + b when b is given. */
        private boolean spells(String feature, String a, String b) {
            int length = prefix.length() + a.length() + (b == null ? 0 : 1 + b.length());
            if (feature.length() != length || !feature.startsWith(prefix)
                    || !feature.regionMatches(prefix.length(), a, 0, a.length())) {
                return false;
            }
            int at = prefix.length() + a.length();
            return b == null || feature.charAt(at) == '_' && feature.regionMatches(at + 1, b, 0, b.length());
        }
    }

    /** 31 to the power {@code n}, in int arithmetic as {@link String#hashCode} multiplies. */
    private static int power31(int n) {
        if (n < POWERS_OF_31.length) {
            return POWERS_OF_31[n];
        }
        int power = POWERS_OF_31[POWERS_OF_31.length - 1];
        for (int i = POWERS_OF_31.length - 1; i < n; i++) {
            power *= 31;
        }
        return power;
    }

    private static final int[] POWERS_OF_31 = new int[64];

    static {
        POWERS_OF_31[0] = 1;
        for (int i = 1; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = POWERS_OF_31[i - 1] * 31;
        }
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
