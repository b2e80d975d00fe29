package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Words holding the pairs' separator: a pair feature is filed under every split of its name at a separator, so
 * "p1w=a_b_c" is found as a + b_c and as a_b + c, as its string would be, and never as a pair it is not
 * ("p1w=" a + b, or the single word a_b_c). A lookup must find exactly the features whose strings the model holds
 * and give OpenNLP's own eval double for them.
 */
class IndexedGisModelTest {

    private static final String[] FEATURES = {
        "w=a_b", "w=_x", "w=x_", "w=plain", "w=a",
        "p1w=a_b_c", "p1w=a__b", "p1w=_x", "p1w=x_", "p1w=said_that", "p1w=w=a_b",
        "cs=said/before", "cs=a/b/c", "cs=a_b/c",
        "other=a_b", "bias",
    };
    /** Words made from the features' parts, and some that are in none. */
    private static final String[] WORDS = {
        "", "a", "b", "c", "x", "_", "a_b", "b_c", "a_b_c", "_b", "a_", "a__b", "_x", "x_", "plain", "said", "that",
        "said_that", "before", "said/before", "a/b", "b/c", "w=a", "a_b/c", "zzz",
    };
    private static final String[] OUTCOMES = { "yes", "no", "maybe" };

    @Test
    void everyLookupGivesOpenNlpsDoubleAndFindsOnlyFeaturesTheModelHolds() throws Exception {
        MaxentModel gis = handMadeModel();
        @SuppressWarnings("unchecked")
        Map<String, ?> held = (Map<String, ?>) ((AbstractModel) gis).getDataStructures()[1];
        assertEquals(FEATURES.length, held.size(), "every hand-made feature kept (cut-off 0): " + held.keySet());
        IndexedGisModel model = new IndexedGisModel(gis, "yes");
        int bias = model.number("bias");
        IndexedGisModel.Family word = model.family("w=");
        IndexedGisModel.Family underscorePairs = model.pairs("p1w=");
        IndexedGisModel.Family slashPairs = model.pairs("cs=", '/');
        model.indexFamilies();

        int found = 0;
        int absent = 0;
        for (String a : WORDS) {
            int numberA = model.value(a);
            found += check(gis, held, model, "w=" + a, word.number(numberA), bias) ? 1 : 0;
            for (String b : WORDS) {
                int numberB = model.value(b);
                boolean p = check(gis, held, model, "p1w=" + a + "_" + b, underscorePairs.number(numberA, numberB), bias);
                boolean s = check(gis, held, model, "cs=" + a + "/" + b, slashPairs.number(numberA, numberB), bias);
                found += (p ? 1 : 0) + (s ? 1 : 0);
                absent += (p ? 0 : 1) + (s ? 0 : 1);
            }
        }
        // w=: a_b, _x, x_, plain, a; p1w=: a_b_c twice, a__b twice, _x, x_, said_that, w=a_b; cs=: said/before,
        // a/b/c twice, a_b/c
        assertEquals(5 + 8 + 4, found);
        assertTrue(absent > 1000, "pairs that must not be found: " + absent);
    }

    /**
     * A word family reads a word's weights from its row: a word the family holds no feature for ("w=said", said being
     * a pair's word) scores as the feature string the model never saw, and a word no feature holds is not found.
     */
    @Test
    void wordFamilyScoresEveryWordAsOpenNlpScoresItsString() throws Exception {
        MaxentModel gis = handMadeModel();
        IndexedGisModel model = new IndexedGisModel(gis, "yes");
        int bias = model.number("bias");
        IndexedGisModel.Family word = model.wordFamily("w=");
        IndexedGisModel.Family underscorePairs = model.pairs("p1w=");
        model.indexFamilies();

        int inRows = 0;
        for (String a : WORDS) {
            int value = model.value(a);
            int handle = word.number(value);
            assertEquals(value == IndexedGisModel.UNKNOWN, handle == IndexedGisModel.UNKNOWN, a);
            inRows += handle == IndexedGisModel.UNKNOWN ? 0 : 1;
            assertSameDoubles(gis.eval(new String[] { "w=" + a }), model.probabilities(new int[] { handle }, 1), a);
            assertSameDoubles(gis.eval(new String[] { "bias", "w=" + a, "p1w=a_b_c" }),
                    model.probabilities(new int[] { bias, handle, underscorePairs.number(model.value("a"),
                            model.value("b_c")) }, 3), "bias, " + a + ", a pair");
        }
        assertTrue(inRows > 5, "words the family holds no feature for have rows too: " + inRows);
    }

    /**
     * Whether the feature {@code name} is found as {@code number}; asserts that it is found exactly when the model
     * holds it, and that it scores (alone, and after a fixed feature) as OpenNLP's eval scores its string.
     */
    private static boolean check(MaxentModel gis, Map<String, ?> held, IndexedGisModel model, String name, int number,
            int bias) {
        boolean isFound = number != IndexedGisModel.UNKNOWN;
        assertEquals(held.containsKey(name), isFound, () -> name + " found as " + number);
        assertSameDoubles(gis.eval(new String[] { name }), model.probabilities(new int[] { number }, 1), name);
        assertSameDoubles(gis.eval(new String[] { "bias", name }), model.probabilities(new int[] { bias, number }, 2),
                "bias " + name);
        return isFound;
    }

    private static void assertSameDoubles(double[] expected, double[] actual, String features) {
        assertEquals(expected.length, actual.length);
        for (int o = 0; o < expected.length; o++) {
            assertEquals(Double.doubleToLongBits(expected[o]), Double.doubleToLongBits(actual[o]),
                    "outcome " + o + " of " + features);
        }
    }

    /** A GIS model over the features above: each event holds two neighbouring features, the outcomes in turn. */
    private static MaxentModel handMadeModel() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3 * FEATURES.length; i++) {
            String[] context = { FEATURES[i % FEATURES.length], FEATURES[(i * 7 + 1) % FEATURES.length] };
            events.add(new Event(OUTCOMES[i % OUTCOMES.length], context));
        }
        return GisTraining.fit(events, 30, 0);
    }
}
