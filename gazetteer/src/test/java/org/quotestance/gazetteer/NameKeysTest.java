package org.quotestance.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    /** Keys that may go on with any word: the whole run's keys. */
    private static final IntPredicate ANY_WORD = hash -> true;

    private static final List<String> NAMES = List.of("St. Louis", "Winston-Salem", "Martha's Vineyard",
            "Washington, D.C.", "  New   York ", "Gaza (Strip)", "Côte d'Ivoire", "Zürich", "Łódź", "O'Hare",
            "Bosnia and Herzegovina", "A", "", "-", "Saint-Denis/Paris", "Heard Island and McDonald Islands");

    @Test
    void isKeyOfAgreesWithNormaliseOnPunctuatedSpacedAndAccentedNames() {
        for (String name : NAMES) {
            String key = NameKeys.normalise(name);
            assertTrue(NameKeys.isKeyOf(name, key), name);
            for (String other : NAMES) {
                assertEquals(NameKeys.normalise(other).equals(key), NameKeys.isKeyOf(other, key), other + " / " + key);
            }
        }
    }

    @Test
    void aKeyThatIsOnlyAPrefixOrLongerDoesNotMatch() {
        assertFalse(NameKeys.isKeyOf("St. Louis", "st"));
        assertFalse(NameKeys.isKeyOf("St. Louis", "st louis park"));
        assertFalse(NameKeys.isKeyOf("Paris", "paris "));
    }

    @Test
    void eachPrefixKeyOfARunIsTheKeyOfThatPrefix() {
        String text = "in St. Louis-Park ,  New   York's O'Hare (Airport) Winston-Salem.";
        int begin = 3;
        int[] ends = {6, 12, 17, 19, 27, 31, 33, 40, 50, 64};
        StringBuilder key = new StringBuilder();
        int[] lengths = new int[ends.length];
        int[] hashes = new int[ends.length];
        assertEquals(ends.length, NameKeys.asciiPrefixKeys(text, begin, ends, ends.length, key, lengths, hashes, ANY_WORD));
        assertEquals(NameKeys.normalise(text.substring(begin, 64)), key.toString());
        for (int m = 0; m < ends.length; m++) {
            String expected = NameKeys.normalise(text.substring(begin, ends[m]));
            assertEquals(expected, key.substring(0, lengths[m]), text.substring(begin, ends[m]));
            assertEquals(expected.hashCode(), hashes[m], expected);
        }
    }

    @Test
    void curlyApostrophesAndDashesKeyAsTheirAsciiForms() {
        String text = "O\u2019Malley\u2013Walker \u2018Nagorno\u2011Karabakh\u00B4";
        int[] ends = {8, 15, 33, 34};
        StringBuilder key = new StringBuilder();
        int[] lengths = new int[ends.length];
        int[] hashes = new int[ends.length];
        assertEquals(ends.length, NameKeys.asciiPrefixKeys(text, 0, ends, ends.length, key, lengths, hashes, ANY_WORD));
        for (int m = 0; m < ends.length; m++) {
            String expected = NameKeys.normalise(text.substring(0, ends[m]));
            assertEquals(expected, key.substring(0, lengths[m]), text.substring(0, ends[m]));
            assertEquals(expected.hashCode(), hashes[m], expected);
        }
        assertEquals("omalley walker nagorno karabakh", key.toString());
    }

    @Test
    void prefixKeysStopBeforeAWordNoNameGoesOnWith() {
        String text = "Obama said on Tuesday";
        int[] ends = {5, 10, 13, 21};
        StringBuilder key = new StringBuilder();
        int[] lengths = new int[ends.length];
        int[] hashes = new int[ends.length];
        assertEquals(1, NameKeys.asciiPrefixKeys(text, 0, ends, ends.length, key, lengths, hashes,
                hash -> hash != "obama".hashCode()));
        assertEquals("obama", key.substring(0, lengths[0]));
        assertEquals("obama".hashCode(), hashes[0]);
        assertEquals(2, NameKeys.asciiPrefixKeys(text, 0, ends, ends.length, key, lengths, hashes,
                hash -> hash != "obama said".hashCode()));
        assertEquals("obama said", key.substring(0, lengths[1]));
    }

    @Test
    void prefixKeysAreNotWrittenForAccentedTextOrEndsOutOfOrder() {
        StringBuilder key = new StringBuilder();
        int[] lengths = new int[2];
        int[] hashes = new int[2];
        assertEquals(-1, NameKeys.asciiPrefixKeys("Côte d'Ivoire", 0, new int[] {4, 13}, 2, key, lengths, hashes, ANY_WORD));
        assertEquals(-1, NameKeys.asciiPrefixKeys("New\u00A0York", 0, new int[] {3, 8}, 2, key, lengths, hashes, ANY_WORD));
        assertEquals(-1, NameKeys.asciiPrefixKeys("New York", 0, new int[] {8, 3}, 2, key, lengths, hashes, ANY_WORD));
        assertEquals(-1, NameKeys.asciiPrefixKeys("New York", 4, new int[] {3, 8}, 2, key, lengths, hashes, ANY_WORD));
    }
}
