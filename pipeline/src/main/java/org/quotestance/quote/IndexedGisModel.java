package org.quotestance.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model scored from feature numbers instead of feature strings: a hot loop looks a feature up by its
 * prefix and value ("n1=" and "said") in maps made once, where {@link MaxentModel#eval(String[])} needs the
 * concatenated string hashed for every candidate. Scoring sums the same parameters in the same order with the
 * same uniform prior as {@code eval} (features the model never saw add nothing in either), so every
 * probability is the same double.
 */
final class IndexedGisModel {

    static final int UNKNOWN = -1;

    private final Map<String, Integer> numbers = new HashMap<>();
    /** The features filed under their family's name (up to the first "="), made when a scorer first asks. */
    private Map<String, List<Map.Entry<String, Integer>>> families;
    private final EvalParameters parameters;
    private final double[] prior;
    private final int yes;

    IndexedGisModel(MaxentModel model, String yesOutcome) {
        if (!(model instanceof GISModel)) {
            throw new IllegalArgumentException("not a GIS model: " + model.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        String[] outcomes = (String[]) ((AbstractModel) model).getDataStructures()[2];
        List<Context> params = new ArrayList<>(contexts.size());
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            numbers.put(e.getKey(), params.size());
            params.add(e.getValue());
        }
        parameters = new EvalParameters(params.toArray(Context[]::new), outcomes.length);
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomes, null);
        prior = new double[outcomes.length];
        uniform.logPrior(prior, (int[]) null);
        yes = model.getIndex(yesOutcome);
    }

    /** The number of {@code feature}, or {@link #UNKNOWN}. */
    int number(String feature) {
        return numbers.getOrDefault(feature, UNKNOWN);
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
        Map<String, Integer> byValue = new HashMap<>();
        for (Map.Entry<String, Integer> e : startingWith(prefix)) {
            byValue.put(e.getKey().substring(prefix.length()), e.getValue());
        }
        return byValue;
    }

    /**
     * The numbers of the features {@code prefix + a + "_" + b}, by a, then b. A feature is filed under every
     * "_" it holds, since words may hold one themselves: (a, b) finds it exactly when a + "_" + b spells it.
     */
    Map<String, Map<String, Integer>> pairs(String prefix) {
        Map<String, Map<String, Integer>> byPair = new HashMap<>();
        for (Map.Entry<String, Integer> e : startingWith(prefix)) {
            String pair = e.getKey().substring(prefix.length());
            for (int u = pair.indexOf('_'); u >= 0; u = pair.indexOf('_', u + 1)) {
                byPair.computeIfAbsent(pair.substring(0, u), a -> new HashMap<>()).put(pair.substring(u + 1), e.getValue());
            }
        }
        return byPair;
    }

    /**
     * The features that start with {@code prefix}, in the order of {@link #numbers}. A scorer asks for a table per
     * feature family ("w=", "n1=", ...): a family's features are found among those filed under their name, the
     * text up to their first "=", rather than among all the model's features for every family.
     */
    private List<Map.Entry<String, Integer>> startingWith(String prefix) {
        boolean family = prefix.indexOf('=') == prefix.length() - 1;
        Iterable<Map.Entry<String, Integer>> candidates = family
                ? byFamily().getOrDefault(prefix, List.of()) : numbers.entrySet();
        List<Map.Entry<String, Integer>> found = new ArrayList<>();
        for (Map.Entry<String, Integer> e : candidates) {
            if (e.getKey().startsWith(prefix)) {
                found.add(e);
            }
        }
        return found;
    }

    private Map<String, List<Map.Entry<String, Integer>>> byFamily() {
        if (families == null) {
            families = new HashMap<>();
            for (Map.Entry<String, Integer> e : numbers.entrySet()) {
                int equals = e.getKey().indexOf('=');
                if (equals >= 0) {
                    families.computeIfAbsent(e.getKey().substring(0, equals + 1), f -> new ArrayList<>()).add(e);
                }
            }
        }
        return families;
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

    /** The probability of the yes outcome given the features {@code features[0, n)}, {@link #UNKNOWN} ones left out. */
    double yes(int[] features, int n) {
        if (yes < 0) {
            return 0;
        }
        int known = 0;
        for (int i = 0; i < n; i++) {
            known += features[i] == UNKNOWN ? 0 : 1;
        }
        int[] context = new int[known];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (features[i] != UNKNOWN) {
                context[k++] = features[i];
            }
        }
        return GISModel.eval(context, Arrays.copyOf(prior, prior.length), parameters)[yes];
    }
}
