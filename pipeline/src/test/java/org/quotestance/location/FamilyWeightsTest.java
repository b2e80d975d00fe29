package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Context;

/**
 * A model's features found by family and value numbers add the parameters their names carry, for the values the
 * toponym features take: words, a word holding the pair separator, digits and booleans.
 */
class FamilyWeightsTest {

    private static final FeatureFamilies FAMILIES = new FeatureFamilies();
    private static final int WORD_BEFORE = FAMILIES.plain("w-1=");
    private static final int WORD_BEFORE_RULE = FAMILIES.pair("w-1+rule=");
    private static final int SENSES = FAMILIES.plain("senses=");
    private static final int CUE = FAMILIES.plain("cue=");
    private static final int MARKED = FAMILIES.copies("marked|");

    private static FamilyWeights weights() {
        Map<String, Context> contexts = new LinkedHashMap<>();
        contexts.put("w-1=in", new Context(new int[] { 0, 1 }, new double[] { 0.25, -0.5 }));
        contexts.put("w-1+rule=c+++kept", new Context(new int[] { 1 }, new double[] { 1.5 }));
        contexts.put("w-1+rule=c++kept", new Context(new int[] { 0 }, new double[] { 4.0 }));
        contexts.put("senses=3", new Context(new int[] { 0 }, new double[] { -2.0 }));
        contexts.put("cue=true", new Context(new int[] { 1 }, new double[] { 0.125 }));
        contexts.put("marked|cue=true", new Context(new int[] { 1 }, new double[] { 8.0 }));
        contexts.put("undeclared=in", new Context(new int[] { 0 }, new double[] { 100.0 }));
        return new FamilyWeights(contexts, 2, FAMILIES);
    }

    private static int plain(FamilyWeights weights, int family, String value) {
        return weights.handle(family, weights.number(value));
    }

    private static int pair(FamilyWeights weights, int family, String a, String b) {
        return weights.handle(family, weights.number(a), weights.number(b));
    }

    private static double[] sum(FamilyWeights weights, int... handles) {
        double[] sums = new double[2];
        for (int handle : handles) {
            weights.addTo(sums, handle);
        }
        return sums;
    }

    @Test
    void theProgrammingLanguageBeforeANameFindsItsPairThroughTheSeparatorsItHolds() {
        FamilyWeights weights = weights();
        assertArrayEquals(new double[] { 0, 1.5 }, sum(weights, pair(weights, WORD_BEFORE_RULE, "c++", "kept")));
        assertArrayEquals(new double[] { 4.0, 0 }, sum(weights, pair(weights, WORD_BEFORE_RULE, "c+", "kept")));
        assertEquals(FamilyWeights.UNKNOWN, pair(weights, WORD_BEFORE_RULE, "c", "+kept+"));
    }

    @Test
    void countsAndFlagsFindTheFeaturesTheirNamesSpell() {
        FamilyWeights weights = weights();
        assertArrayEquals(new double[] { 0.25 - 2.0, -0.5 + 0.125 },
                sum(weights, plain(weights, WORD_BEFORE, "in"), weights.count(SENSES, 3), weights.flag(CUE, true)));
        assertArrayEquals(new double[] { 0, 8.0 }, sum(weights, weights.flag(CUE + MARKED, true)));
        assertEquals(FamilyWeights.UNKNOWN, weights.flag(CUE, false));
        assertEquals(FamilyWeights.UNKNOWN, weights.count(SENSES, 12));
    }

    @Test
    void aWordTheModelNeverSawBeforeANameAddsNothing() {
        FamilyWeights weights = weights();
        assertEquals(FamilyWeights.UNKNOWN, plain(weights, WORD_BEFORE, "undeclared"));
        assertEquals(FamilyWeights.UNKNOWN, pair(weights, WORD_BEFORE_RULE, "in", "kept"));
        assertArrayEquals(new double[] { 0, 0 }, sum(weights, FamilyWeights.UNKNOWN));
    }
}
