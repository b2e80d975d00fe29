package org.quotestance.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.quotestance.gazetteer.IntHashIndex;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model scored from feature handles instead of feature strings: a hot loop looks a feature up by its
 * family and the numbers of its words ("n1=" and the number of "said", {@link Family}) without building, hashing
 * and comparing the concatenated string that {@link MaxentModel#eval(String[])} needs for every candidate. Scoring
 * sums the same parameters in the same order with the same uniform prior as {@code eval} (features the model never
 * saw add nothing in either), so every probability is the same double. A scorer declares its families, looks up
 * its few fixed features by name ({@link #number}), then calls {@link #indexFamilies}: from then on a family
 * feature is found by one probe of a table of long keys (family, word, word) whose slot holds the feature's
 * weights too ({@link FamilyTable}), and the feature names are let go. It keeps a few arrays only, not the model's
 * map of {@link Context}s (an object and two arrays per feature), so the collector has little to copy at start-up.
 * A feature's handle is where its weights are; {@link #UNKNOWN} for a feature the model does not hold.
 */
final class IndexedGisModel {

    static final int UNKNOWN = IntHashIndex.ABSENT;
    /** The key of no feature ({@link Family#key}): no family's key is 0. */
    static final long NO_KEY = 0;

    /** Feature names by number (the order of the model's own map of contexts, as its parameters), until indexed. */
    private String[] features;
    /** The features' numbers by hash, until indexed. */
    private IntHashIndex index;
    private final IntHashIndex.KeyMatch<String, Void> sameFeature = this::isFeature;
    /**
     * The parameters as raw double bits, {@code outcomes} per feature from the feature's handle on: by feature
     * number ({@code f * outcomes + o}) until indexed, then the {@link FamilyTable}'s cells, which begin with them.
     * 0 (the bits of 0.0) where the model holds none: adding 0 to a sum that starts at the nonzero log prior leaves
     * it as it was.
     */
    private long[] weights;
    private final int outcomes;
    private final double[] prior;
    private final int yes;
    /** The declared families by prefix ("n1="): a feature's family is found by the name up to its first '='. */
    private final Map<String, Family> families = new HashMap<>();
    private FamilyValues values;
    private FamilyTable table;
    /** Where the rows of the word families begin in {@link #weights}, and how many families a row holds. */
    private int rowsStart;
    private int rowWidth;

    /** The model, its yes outcome unnamed: asked for {@link #probabilities} only. */
    IndexedGisModel(MaxentModel model) {
        this(model, null);
    }

    IndexedGisModel(MaxentModel model, String yesOutcome) {
        this(GisParameters.of(model), yesOutcome);
    }

    /** The model of {@code parameters}; {@code yesOutcome} null when asked for {@link #probabilities} only. */
    IndexedGisModel(GisParameters parameters, String yesOutcome) {
        String[] names = parameters.features();
        features = names;
        outcomes = parameters.outcomes().length;
        weights = parameters.weights();
        index = new IntHashIndex(names.length, f -> names[f].hashCode());
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(parameters.outcomes(), null);
        prior = new double[outcomes];
        uniform.logPrior(prior, (int[]) null);
        yes = yesOutcome == null ? -1 : parameters.outcome(yesOutcome);
    }

    /** The handle of {@code feature}, or {@link #UNKNOWN}; before {@link #indexFamilies} only. */
    int number(String feature) {
        if (index == null) {
            throw new IllegalStateException("feature names are let go once the families are indexed");
        }
        int number = index.find(feature.hashCode(), feature, null, sameFeature);
        return number == UNKNOWN ? UNKNOWN : number * outcomes;
    }

    private boolean isFeature(int number, String feature, Void unused) {
        return features[number].equals(feature);
    }

    /** The handles of the features {@code prefix + values[i]}, in the order of the values; before indexing only. */
    int[] numbers(String prefix, String... values) {
        int[] numbers = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = number(prefix + values[i]);
        }
        return numbers;
    }

    /** The features {@code prefix + value} ("n1=said"); {@code prefix} ends with its only "=". */
    Family family(String prefix) {
        return declare(prefix, false, '_', false);
    }

    /**
     * The features {@code prefix + value} ("n1=said") of a family over the words at and around a candidate, laid out
     * by word: a word's weights in every word family lie side by side (a row), so a word that is "n1" to one
     * candidate and "last" to the next is read from the cache the second time, and finding a feature reads nothing.
     * A word the family holds no feature for has weights of 0 in its row, which add nothing to a sum.
     */
    Family wordFamily(String prefix) {
        return declare(prefix, false, '_', true);
    }

    /** The features {@code prefix + a + "_" + b} ("n1n2=said_that"); {@code prefix} ends with its only "=". */
    Family pairs(String prefix) {
        return declare(prefix, true, '_', false);
    }

    /** The features {@code prefix + a + separator + b} ("cue_side=said/before"); {@code prefix} ends with its only "=". */
    Family pairs(String prefix, char separator) {
        return declare(prefix, true, separator, false);
    }

    private Family declare(String prefix, boolean pairs, char separator, boolean byWord) {
        if (table != null) {
            throw new IllegalStateException("families are declared before they are indexed: " + prefix);
        }
        if (prefix.indexOf('=') != prefix.length() - 1) {
            throw new IllegalArgumentException("a family's prefix ends with its only '=': " + prefix);
        }
        if (families.containsKey(prefix)) {
            throw new IllegalArgumentException("family declared twice: " + prefix);
        }
        Family family = new Family(prefix, pairs, separator, families.size(), byWord ? rowWidth++ : -1);
        families.put(prefix, family);
        return family;
    }

    /**
     * Numbers the words of the declared families' features and files every feature of a family under its key
     * (family, word, word), or in its word's row for a word family; then lets the feature names go. A pair's name is
     * filed once for every separator it holds ("n1n2=a_b_c" as a + b_c and as a_b + c), so a word holding it finds
     * the feature as its string would.
     */
    void indexFamilies() {
        FamilyValues.Builder words = new FamilyValues.Builder();
        long[] keys = new long[features.length];
        int[] numbers = new int[features.length];
        int count = 0;
        int[] inRows = new int[3 * features.length]; // feature, word, row
        int rowEntries = 0;
        Family family = null;
        for (int n = 0; n < features.length; n++) {
            String name = features[n];
            int valueAt = name.indexOf('=') + 1;
            if (family == null || !family.prefixes(name, valueAt)) { // names come sorted: mostly the last one's family
                family = valueAt == 0 ? null : families.get(name.substring(0, valueAt));
                if (family == null) {
                    continue;
                }
            }
            if (family.row >= 0) {
                inRows[3 * rowEntries] = n;
                inRows[3 * rowEntries + 1] = words.number(name, valueAt, name.length());
                inRows[3 * rowEntries++ + 2] = family.row;
                continue;
            }
            int u = family.pairs ? name.indexOf(family.separator, valueAt) : name.length();
            for (; u >= 0; u = family.pairs ? name.indexOf(family.separator, u + 1) : -1) {
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * count);
                    numbers = Arrays.copyOf(numbers, 2 * count);
                }
                int a = words.number(name, valueAt, u);
                int b = family.pairs ? words.number(name, u + 1, name.length()) : UNKNOWN;
                keys[count] = key(family.id, a, b);
                numbers[count++] = n;
            }
        }
        values = words.build();
        rowsStart = weights.length;
        long[] withRows = Arrays.copyOf(weights, rowsStart + values.size() * rowWidth * outcomes);
        for (int e = 0; e < rowEntries; e++) {
            int word = inRows[3 * e + 1];
            System.arraycopy(weights, inRows[3 * e] * outcomes, withRows, rowHandle(word, inRows[3 * e + 2]), outcomes);
        }
        table = new FamilyTable(withRows, outcomes, keys, numbers, count);
        weights = table.cells();
        features = null;
        index = null;
    }

    /** The handles of the features {@code keys[0, n)} ({@link Family#key}) into {@code handles}, found together. */
    void findAll(long[] keys, int n, int[] handles) {
        table.findAll(keys, n, handles);
    }

    /** The number of {@code word} among the indexed families' words, or {@link #UNKNOWN}: no feature holds it. */
    int value(String word) {
        return values.number(word);
    }

    /** The numbers of {@code words[0, n)} into {@code numbers}, as {@link #value} gives them, looked up together. */
    void values(String[] words, int n, int[] numbers) {
        values.numbers(words, n, numbers);
    }

    /** Where the weights of the word numbered {@code word} in the word family of row place {@code row} are. */
    private int rowHandle(int word, int row) {
        return rowsStart + (word * rowWidth + row) * outcomes;
    }

    /** The key of feature prefix + a (b {@link #UNKNOWN}) or prefix + a + "_" + b of the family numbered {@code family}. */
    private static long key(int family, int a, int b) {
        return (long) (family + 1) << 58 | (long) a << 29 | (b + 1);
    }

    /** A feature family: its features' handles from the numbers of their words ({@link #value}). */
    final class Family {

        private final String prefix;
        private final boolean pairs;
        private final char separator;
        private final int id;
        /** The family's place in a word's row, -1 for a family filed by key. */
        private final int row;

        private Family(String prefix, boolean pairs, char separator, int id, int row) {
            if (id >= 62) {
                throw new IllegalStateException("more than 62 feature families");
            }
            this.prefix = prefix;
            this.pairs = pairs;
            this.separator = separator;
            this.id = id;
            this.row = row;
        }

        /** Whether {@code name}, whose value begins at {@code valueAt} (after its first '='), is of this family. */
        private boolean prefixes(String name, int valueAt) {
            return valueAt == prefix.length() && name.startsWith(prefix);
        }

        /** The handle of the feature prefix + the word numbered {@code value}, or {@link #UNKNOWN}. */
        int number(int value) {
            if (value == UNKNOWN) {
                return UNKNOWN;
            }
            return row >= 0 ? rowHandle(value, row) : table.find(IndexedGisModel.key(id, value, UNKNOWN));
        }

        /**
         * The key of the feature prefix + the word numbered {@code value}, for {@link #findAll}; {@link #NO_KEY} for an
         * {@link #UNKNOWN} word. Not for a word family, whose features are found by row.
         */
        long key(int value) {
            if (row >= 0) {
                throw new IllegalStateException("a word family's features are found by row: " + prefix);
            }
            return value == UNKNOWN ? NO_KEY : IndexedGisModel.key(id, value, UNKNOWN);
        }

        /** The handle of the feature prefix + the words numbered {@code a} and {@code b}, joined by the separator, or {@link #UNKNOWN}. */
        int number(int a, int b) {
            long key = key(a, b);
            return key == NO_KEY ? UNKNOWN : table.find(key);
        }

        /**
         * The key of the feature prefix + the words numbered {@code a} and {@code b}, joined by the separator, for
         * {@link #findAll}; {@link #NO_KEY} where a word is {@link #UNKNOWN}.
         */
        long key(int a, int b) {
            return a == UNKNOWN || b == UNKNOWN ? NO_KEY : IndexedGisModel.key(id, a, b);
        }
    }

    /**
     * The probability of the yes outcome given the features whose handles are {@code features[0, n)}, {@link #UNKNOWN} ones left out:
     * {@link GISModel#eval(int[], double[], opennlp.tools.ml.model.EvalParameters)}'s sums, exponentials
     * ({@link StrictMath#exp}) and normalisation, in its order.
     */
    double yes(int[] features, int n) {
        if (yes < 0) {
            return 0;
        }
        return outcomes == 2 ? yesOfTwo(features, n) : probabilities(features, n)[yes];
    }

    /**
     * {@link #probabilities}' yes for a model of two outcomes, its sums held in two locals instead of an array made
     * per candidate: the same additions in the same order, so the same double.
     */
    private double yesOfTwo(int[] features, int n) {
        double sum0 = prior[0];
        double sum1 = prior[1];
        long[] w = weights;
        for (int i = 0; i < n; i++) {
            int handle = features[i];
            if (handle != UNKNOWN) {
                sum0 += Double.longBitsToDouble(w[handle]);
                sum1 += Double.longBitsToDouble(w[handle + 1]);
            }
        }
        double exp0 = StrictMath.exp(sum0);
        double exp1 = StrictMath.exp(sum1);
        return (yes == 0 ? exp0 : exp1) / (exp0 + exp1);
    }

    /** The probability of each outcome (in the model's order, as {@link MaxentModel#eval(String[])} gives them). */
    double[] probabilities(int[] features, int n) {
        double[] sums = Arrays.copyOf(prior, prior.length);
        long[] w = weights;
        for (int i = 0; i < n; i++) {
            int handle = features[i];
            if (handle != UNKNOWN) {
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += Double.longBitsToDouble(w[handle + o]);
                }
            }
        }
        double total = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= total;
        }
        return sums;
    }
}
