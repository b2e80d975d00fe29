package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
