package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quotestance.gazetteer.IntHashIndex;

/** Words numbered from inside feature names are the words a scorer later looks up whole. */
class FamilyValuesTest {

    @Test
    void wordInsideAPairFeatureIsTheSameWordGivenWhole() {
        FamilyValues.Builder builder = new FamilyValues.Builder();
        String pair = "p1w=said_that";
        int said = builder.number(pair, 4, 8);
        int that = builder.number(pair, 9, pair.length());
        assertEquals(said, builder.number("said"));
        assertEquals(that, builder.number("n1=that", 3, 7));
        assertEquals(2, builder.number("sai"), "a prefix of a known word is a word of its own");
        FamilyValues values = builder.build();
        assertEquals(said, values.number("said"));
        assertEquals(that, values.number("that"));
        assertEquals(3, values.size());
    }

    @Test
    void wordsNumberedTogetherGetTheNumbersTheyGetOneByOne() {
        FamilyValues.Builder builder = new FamilyValues.Builder();
        // "Aa" and "BB" share a hash, as do "AaAa" and "BBBB": a home slot holding the other word, hash and all
        for (String word : new String[] { "said", "Aa", "BB", "AaAa", "that", "told" }) {
            builder.number(word);
        }
        for (int i = 0; i < 100; i++) {
            builder.number("w" + i);
        }
        FamilyValues values = builder.build();
        String[] asked = { "BB", "Aa", "BBBB", "AaAa", "unseen", "said", "sai", "w7", "told", "w99", "AaBB" };
        int[] together = new int[asked.length];
        values.numbers(asked, asked.length, together);
        for (int i = 0; i < asked.length; i++) {
            assertEquals(values.number(asked[i]), together[i], asked[i]);
        }
        assertEquals(2, together[0]);
        assertEquals(IntHashIndex.ABSENT, together[2]);
    }

    @Test
    void tenThousandWordsGrowTheTableAndKeepTheirNumbers() {
        FamilyValues.Builder builder = new FamilyValues.Builder();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, builder.number("w=word" + i, 2, ("w=word" + i).length()));
        }
        FamilyValues values = builder.build();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, builder.number("word" + i));
            assertEquals(i, values.number("word" + i));
        }
        assertEquals(10_000, values.size());
    }
}
