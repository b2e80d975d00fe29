package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

/**
 * What the end model is told: quotation marks (not apostrophes) before a candidate end, and whether the content so far
 * is a clause.
 */
class ContentBoundaryFeaturesTest {

    @Test
    void endAfterAClosedQuotationIsNotInsideOne() {
        // He called it “a disgrace” and left : the end after "disgrace ”" is outside the quotation
        List<Word> words = SpacedWords.of("He", "called", "it", "“", "a", "disgrace", "”", "and", "left");
        ContentBoundaryFeatures.Ends ends = new ContentBoundaryFeatures.Ends(words, 1, 2, words.size());
        assertEquals("marksInside=1", marksInside(ends.of(5)), "after “a: inside the quotation");
        assertEquals("marksInside=0", marksInside(ends.of(7)), "after the closing ”: outside again");
        assertEquals("marksInside=0", marksInside(ends.of(9)));
    }

    @Test
    void straightMarksOpenAndCloseAlike() {
        List<Word> words = SpacedWords.of("She", "said", "the", "\"", "deal", "\"", "failed");
        ContentBoundaryFeatures.Ends ends = new ContentBoundaryFeatures.Ends(words, 1, 2, words.size());
        assertEquals("marksInside=1", marksInside(ends.of(5)));
        assertEquals("marksInside=0", marksInside(ends.of(6)));
    }

    @Test
    void anApostropheOpensNoQuotation() {
        // He defended the voters ’ rights and left : the ’ of a plural possessive is no quotation mark
        List<Word> words = SpacedWords.of("He", "defended", "the", "voters", "’", "rights", "and", "left");
        ContentBoundaryFeatures.Ends ends = new ContentBoundaryFeatures.Ends(words, 1, 2, words.size());
        assertEquals("marksInside=0", marksInside(ends.of(6)), "after voters’ rights");
        assertEquals("marksInside=0", marksInside(ends.of(8)));
    }

    @Test
    void singleMarksCountAsAPair() {
        // She called it ‘ a farce ’ and left
        List<Word> words = SpacedWords.of("She", "called", "it", "‘", "a", "farce", "’", "and", "left");
        ContentBoundaryFeatures.Ends ends = new ContentBoundaryFeatures.Ends(words, 1, 2, words.size());
        assertEquals("marksInside=1", marksInside(ends.of(6)), "after ‘a farce: inside");
        assertEquals("marksInside=0", marksInside(ends.of(7)), "after the closing ’");
        assertEquals("marksInside=0", marksInside(ends.of(9)));
    }

    @Test
    void contentHoldingAModalOrASubjectPronounIsAClause() {
        // He said she would resign in June / He attacked the plan in June: "in" after a clause, after an object
        List<Word> clause = SpacedWords.of("He", "said", "she", "would", "resign", "in", "June");
        List<Word> object = SpacedWords.of("He", "attacked", "the", "plan", "in", "June");
        assertEquals("clausen1=true_in", feature(new ContentBoundaryFeatures.Ends(clause, 1, 2, clause.size()).of(5),
                "clausen1="));
        assertEquals("clausen1=false_in", feature(new ContentBoundaryFeatures.Ends(object, 1, 2, object.size()).of(4),
                "clausen1="));
    }

    @Test
    void aContractedIsAfterAPronounMakesAClauseAPossessiveDoesNot() {
        // He said he 's leaving in June / He praised Trump 's plan in June: a split "'s" after a name is a possessive
        List<Word> clause = SpacedWords.of("He", "said", "he", "'s", "leaving", "in", "June");
        List<Word> possessive = SpacedWords.of("He", "praised", "Trump", "'s", "plan", "in", "June");
        List<Word> curly = SpacedWords.of("He", "praised", "Trump", "’s", "plan", "in", "June");
        assertEquals("clausen1=true_in", feature(new ContentBoundaryFeatures.Ends(clause, 1, 2, clause.size()).of(5),
                "clausen1="));
        assertEquals("clausen1=false_in", feature(
                new ContentBoundaryFeatures.Ends(possessive, 1, 2, possessive.size()).of(5), "clausen1="));
        assertEquals("clausen1=false_in", feature(new ContentBoundaryFeatures.Ends(curly, 1, 2, curly.size()).of(5),
                "clausen1="));
    }

    @Test
    void contractedAuxiliariesKeptWholeByTheTokenizerAreFiniteAPossessiveIsNot() {
        List<Word> words = SpacedWords.of("he's", "they\u2019re", "wouldn\u2019t", "I'm", "Trump's", "Trump\u2019s",
                "voters'", "O'Neill", "'90s");
        boolean[] expected = { true, true, true, true, false, false, false, false, false };
        assertEquals(expected.length, words.size());
        for (int i = 0; i < words.size(); i++) {
            assertEquals(expected[i], ContentBoundaryFeatures.isFinite(words, i), words.get(i).text());
        }
    }

    private static String marksInside(String[] features) {
        return feature(features, "marksInside=");
    }

    private static String feature(String[] features, String prefix) {
        List<String> found = Arrays.stream(features).filter(f -> f.startsWith(prefix)).toList();
        assertEquals(1, found.size());
        return found.get(0);
    }
}
