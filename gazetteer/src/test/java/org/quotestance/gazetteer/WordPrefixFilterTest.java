package org.quotestance.gazetteer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordPrefixFilterTest {

    private static WordPrefixFilter of(String... keys) {
        StringBuilder chars = new StringBuilder();
        int[] starts = new int[keys.length + 1];
        for (int k = 0; k < keys.length; k++) {
            chars.append(keys[k]);
            starts[k + 1] = chars.length();
        }
        return new WordPrefixFilter(chars.toString().toCharArray(), starts);
    }

    @Test
    void theWordsBeforeEverySpaceOfANameMayPrecedeAWord() {
        WordPrefixFilter filter = of("paris", "new york mills", "salt lake city");
        assertTrue(filter.mayPrecedeWord("new".hashCode()));
        assertTrue(filter.mayPrecedeWord("new york".hashCode()));
        assertTrue(filter.mayPrecedeWord("salt lake".hashCode()));
    }

    @Test
    void aWholeNameOrWordsNoNameStartsWithPrecedeNone() {
        WordPrefixFilter filter = of("paris", "new york mills", "salt lake city");
        assertFalse(filter.mayPrecedeWord("paris".hashCode()));
        assertFalse(filter.mayPrecedeWord("new york mills".hashCode()));
        assertFalse(filter.mayPrecedeWord("obama".hashCode()));
        assertFalse(filter.mayPrecedeWord("york".hashCode()));
    }

    @Test
    void theBundledIndexKnowsItsMultiWordNames() {
        Gazetteer gazetteer = Gazetteer.shared();
        assertTrue(gazetteer.mayPrecedeWord("new".hashCode()));
        assertTrue(gazetteer.mayPrecedeWord("republic of".hashCode()));
    }
}
