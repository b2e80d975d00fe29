package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

/** Where a transcript line's speaker label ends, past a party and state in parentheses. */
class TranscriptLabelTest {

    @Test
    void partyWithAShortenedStateNameIsPartOfTheLabel() {
        List<Word> words = SpacedWords.of("SEN.", "DIANNE", "FEINSTEIN", "(", "D-Calif", ".", ")", ":", "We", "agree");
        assertEquals(7, TranscriptAnnotator.labelEnd(words, false));
        assertEquals(3, TranscriptAnnotator.nameEnd(words, 7));
    }

    @Test
    void agencyInParenthesesIsNoParty() {
        List<Word> words = SpacedWords.of("MEXICO", "CITY", "(", "AP", ")", ":", "The", "Senate", "passed");
        assertEquals(-1, TranscriptAnnotator.labelEnd(words, false));
    }

    @Test
    void yearInParenthesesIsNoParty() {
        List<Word> words = SpacedWords.of("CLIMATE", "REPORT", "(", "2016", ")", ":", "Seas", "rose");
        assertEquals(-1, TranscriptAnnotator.labelEnd(words, false));
    }
}
