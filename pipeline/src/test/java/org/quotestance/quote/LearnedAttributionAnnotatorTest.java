package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

/** Which content before its cue is an adverbial phrase, not something said. */
class LearnedAttributionAnnotatorTest {

    @Test
    void openingPrepositionalPhraseAloneIsNotContent() {
        // "In a victory speech early Wednesday, Mr. Trump struck a measured tone": the phrase is all there is
        List<Word> words = SpacedWords.of("In", "a", "victory", "speech", "early", "Wednesday", ",", "Mr.", "Trump",
                "struck", "a", "measured", "tone", ".");
        assertTrue(LearnedAttributionAnnotator.isPrepositionalPhraseOnly(words, new int[] { 0, 6 }));
    }

    @Test
    void openingPrepositionalPhraseFollowedByAClauseIsContent() {
        // "In 2014, crime rose 5 percent, the mayor said.": the content is the clause after the phrase
        List<Word> words = SpacedWords.of("In", "2014", ",", "crime", "rose", "5", "percent", ",", "the", "mayor",
                "said", ".");
        assertFalse(LearnedAttributionAnnotator.isPrepositionalPhraseOnly(words, new int[] { 0, 7 }));
    }

    @Test
    void openingPrepositionalPhraseWithASubjectPronounIsContent() {
        // PolNeAR train: "In Pennsylvania she is up an average of 9.2 points, the poll found" (comma left out here)
        List<Word> words = SpacedWords.of("In", "Pennsylvania", "she", "is", "up", "9.2", "points", ",", "the",
                "poll", "found");
        assertFalse(LearnedAttributionAnnotator.isPrepositionalPhraseOnly(words, new int[] { 0, 7 }));
    }

    @Test
    void openingAsForPhraseIsNoContent() {
        // "As for Trump, Cruz said he ...": "As for Trump" is what the sentence is about, not what was said
        List<Word> words = SpacedWords.of("As", "for", "Trump", ",", "Cruz", "said", "he", "would", "wait", ".");
        assertTrue(LearnedAttributionAnnotator.isPrepositionalPhraseOnly(words, new int[] { 0, 3 }));
    }
}
