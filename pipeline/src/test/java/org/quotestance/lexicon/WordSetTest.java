package org.quotestance.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The speaker lexicon's word lists asked token by token: the same answers as a HashSet of the same words. */
class WordSetTest {

    @Test
    void aTitleListAnswersAsItsHashSetDoes() {
        List<String> titles = WordList.lines(WordSet.class, "/org/quotestance/speaker/titles.txt");
        Set<String> expected = new HashSet<>(titles);
        WordSet set = WordSet.of(titles);
        List<String> asked = new ArrayList<>(titles);
        for (String t : titles) {
            asked.add(t + "s");
            asked.add(t.toUpperCase());
            asked.add(t.substring(1));
        }
        asked.addAll(List.of("", "said", "the", "Minister", "minister's", "sen.", "sen", "méxico"));
        for (String word : asked) {
            assertEquals(expected.contains(word), set.contains(word), word);
        }
    }

    @Test
    void wordsThatShareAHashCodeAreTold() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        WordSet set = WordSet.of("Aa", "mr", "mrs");
        assertTrue(set.contains("Aa"));
        assertFalse(set.contains("BB"));
        assertTrue(WordSet.of("Aa", "BB").contains("BB"));
        assertFalse(WordSet.of().contains("mr"), "an empty list");
    }
}
