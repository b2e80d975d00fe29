package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

/** What the end model is told about quotation marks before a candidate end. */
class ContentBoundaryFeaturesTest {

    @Test
    void endAfterAClosedQuotationIsNotInsideOne() {
        // He called it “a disgrace” and left : the end after "disgrace ”" is outside the quotation
        List<Word> words = words("He", "called", "it", "“", "a", "disgrace", "”", "and", "left");
        ContentBoundaryFeatures.Ends ends = new ContentBoundaryFeatures.Ends(words, 1, 2, words.size());
        assertEquals("marksInside=1", marksInside(ends.of(5)), "after “a: inside the quotation");
        assertEquals("marksInside=0", marksInside(ends.of(7)), "after the closing ”: outside again");
        assertEquals("marksInside=0", marksInside(ends.of(9)));
    }

    @Test
    void straightMarksOpenAndCloseAlike() {
        List<Word> words = words("She", "said", "the", "\"", "deal", "\"", "failed");
        ContentBoundaryFeatures.Ends ends = new ContentBoundaryFeatures.Ends(words, 1, 2, words.size());
        assertEquals("marksInside=1", marksInside(ends.of(5)));
        assertEquals("marksInside=0", marksInside(ends.of(6)));
    }

    private static String marksInside(String[] features) {
        List<String> found = Arrays.stream(features).filter(f -> f.startsWith("marksInside=")).toList();
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static List<Word> words(String... tokens) {
        List<Word> words = new ArrayList<>();
        int offset = 0;
        for (String t : tokens) {
            words.add(new Word(offset, offset + t.length(), t));
            offset += t.length() + 1;
        }
        return words;
    }
}
