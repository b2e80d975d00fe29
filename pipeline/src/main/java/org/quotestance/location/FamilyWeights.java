package org.quotestance.location;

import java.util.Arrays;
import java.util.Map;

import org.quotestance.gazetteer.IntHashIndex;
import org.quotestance.quote.FamilyTable;
import org.quotestance.quote.FamilyValues;

import opennlp.tools.ml.model.Context;

/**
 * A maxent model's parameters for the features of declared {@link FeatureFamilies}, found by the family's number and
 * the numbers of its values ({@link FamilyValues}) in one table of long keys ({@link FamilyTable}) whose slot holds
 * the parameters too: a scorer neither builds, hashes nor compares a feature's name. The handles of the values the
 * features mostly take, the digits and the booleans, are looked up once per family here. A pair's name is filed once
 * for every '+' it holds ("w-1+rule=c++kept" as c + +kept and as c+ + kept), so values holding '+' find what their
 * joined string would. Read-only once built.
 */
final class FamilyWeights {

    /** The handle of a feature the model does not hold. */
    static final int UNKNOWN = IntHashIndex.ABSENT;

    private static final int FALSE = 10;
    private static final int TRUE = 11;
    /** The values looked up once per family: the digits 0-9, false, true. */
    private static final int CONSTANTS = 12;
    private static final String[] CONSTANT_VALUES =
            { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "false", "true" };
    /** A key gives each value number 27 bits. */
    private static final int MOST_VALUES = (1 << 27) - 2;

    private final int outcomes;
    private final FamilyValues values;
    private final FamilyTable table;
    /** {@link FamilyTable#cells}: a handle's parameters as raw double bits, one per outcome from the handle on. */
    private final long[] cells;
    /** {@code [family * CONSTANTS + k]}: the handle of the family's feature of {@code CONSTANT_VALUES[k]}. */
    private final int[] constants;

    /** @param contexts the model's features by name; those of no declared family are left out */
    FamilyWeights(Map<String, Context> contexts, int outcomes, FeatureFamilies families) {
        this.outcomes = outcomes;
        long[] byFeature = new long[contexts.size() * outcomes];
        long[] keys = new long[contexts.size()];
        int[] numbers = new int[contexts.size()];
        int count = 0;
        int feature = 0;
        FamilyValues.Builder words = new FamilyValues.Builder();
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            String name = e.getKey();
            int valueAt = name.indexOf('=') + 1;
            int family = valueAt == 0 ? -1 : families.number(name.substring(0, valueAt));
            if (family < 0) {
                continue;
            }
            int[] of = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int i = 0; i < of.length; i++) {
                byFeature[feature * outcomes + of[i]] = Double.doubleToRawLongBits(parameters[i]);
            }
            boolean pair = families.isPair(family);
            int u = pair ? name.indexOf(FeatureFamilies.PAIR_SEPARATOR, valueAt) : name.length();
            for (; u >= 0; u = pair ? name.indexOf(FeatureFamilies.PAIR_SEPARATOR, u + 1) : -1) {
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * count);
                    numbers = Arrays.copyOf(numbers, 2 * count);
                }
                int a = words.number(name, valueAt, u);
                int b = pair ? words.number(name, u + 1, name.length()) : UNKNOWN;
                keys[count] = key(family, a, b);
                numbers[count++] = feature;
            }
            feature++;
        }
        values = words.build();
        if (values.size() > MOST_VALUES) {
            throw new IllegalStateException("too many feature values: " + values.size());
        }
        table = new FamilyTable(Arrays.copyOf(byFeature, feature * outcomes), outcomes, keys, numbers, count);
        cells = table.cells();
        constants = new int[families.size() * CONSTANTS];
        for (int family = 0; family < families.size(); family++) {
            for (int k = 0; k < CONSTANTS; k++) {
                constants[family * CONSTANTS + k] = handle(family, number(CONSTANT_VALUES[k]));
            }
        }
    }

    /** The number of {@code value} among the families' features' values, or {@link #UNKNOWN}: no feature holds it. */
    int number(String value) {
        return values.number(value);
    }

    /** The handle of the feature {@code prefix + value} of family number {@code family}, the value by its number. */
    int handle(int family, int value) {
        return value == UNKNOWN ? UNKNOWN : table.find(key(family, value, UNKNOWN));
    }

    /** The handle of the feature {@code prefix + a + "+" + b} of pair family {@code family}, the values by number. */
    int handle(int family, int a, int b) {
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : table.find(key(family, a, b));
    }

    /** The handle of the feature {@code prefix + value} of family number {@code family}. */
    int flag(int family, boolean value) {
        return constants[family * CONSTANTS + (value ? TRUE : FALSE)];
    }

    /** The handle of the feature {@code prefix + value} of family number {@code family}. */
    int count(int family, int value) {
        return value >= 0 && value <= 9 ? constants[family * CONSTANTS + value]
                : handle(family, number(Integer.toString(value)));
    }

    /**
     * Adds the parameters of {@code handle} to {@code sums} by outcome; {@link #UNKNOWN} adds nothing. (Adding the 0
     * of an outcome the feature has no parameter for leaves a sum as it was: the sums start at +0.0 and so are never
     * -0.0.)
     */
    void addTo(double[] sums, int handle) {
        if (handle != UNKNOWN) {
            for (int o = 0; o < outcomes; o++) {
                sums[o] += Double.longBitsToDouble(cells[handle + o]);
            }
        }
    }

    /** The key of a feature: the family's number + 1 in the top bits (never 0), then its values' numbers. */
    private static long key(int family, int a, int b) {
        return (long) (family + 1) << 54 | (long) a << 27 | (b + 1);
    }
}
