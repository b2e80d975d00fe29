package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

/** The "that" after an adjunct of the cue, where PolNeAR starts reported content. */
class AdjunctThatTest {

    private static final AdjunctThat THAT = new AdjunctThat(Set.of("during", "at", "in", "via"), 8, true);

    @Test
    void thatAfterAPrepositionalPhraseOfTheCueIsFound() {
        // "said during a Friday evening rally in Michigan that Clinton would raise taxes"
        List<Word> words = SpacedWords.of("said", "during", "a", "Friday", "evening", "rally", "in", "Michigan",
                "that", "Clinton", "would", "raise", "taxes");
        assertEquals(8, THAT.find(words, 1, words.size()));
    }

    @Test
    void thatRightAfterAnotherOpenerIsNoClauseStart() {
        // "said at that time the plan would work"
        List<Word> words = SpacedWords.of("said", "at", "that", "time", "the", "plan", "would", "work");
        assertEquals(-1, THAT.find(words, 1, words.size()));
    }

    @Test
    void aClauseBreakEndsTheSearch() {
        List<Word> words = SpacedWords.of("said", "via", "email", ",", "that", "it", "was", "over");
        assertEquals(-1, THAT.find(words, 1, words.size()));
    }

    @Test
    void anApostropheEndsTheSearchOnlyWhenQuotationMarksAreAskedToEndIt() {
        // "said in the Times’ piece that …": the tokenizer's "’" is a quotation mark, not a clause break
        List<Word> words = SpacedWords.of("said", "in", "the", "Times", "’", "piece", "that", "it", "was", "over");
        assertEquals(-1, THAT.find(words, 1, words.size()));
        assertEquals(6, new AdjunctThat(Set.of("in"), 8, false).find(words, 1, words.size()));
    }
}
