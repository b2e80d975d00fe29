package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quotestance.quote.CueClass;

/** The kind of a gold attribution's cue, by which the evaluator breaks recall down. */
class QuoteEvaluatorCueClassTest {

    @Test
    void auxiliariesAndAdverbsDoNotHideTheCueWord() {
        assertEquals(CueClass.BELIEF, QuoteEvaluator.cueClass("has long believed"));
        assertEquals(CueClass.SPEECH, QuoteEvaluator.cueClass("has repeatedly said"));
        assertEquals(CueClass.WRITING, QuoteEvaluator.cueClass("tweeted"));
    }

    @Test
    void prepositionalAndNominalCues() {
        assertEquals(CueClass.ACCORDING_TO, QuoteEvaluator.cueClass("According to"));
        assertEquals(CueClass.SPEECH, QuoteEvaluator.cueClass("in a statement"));
        assertEquals(CueClass.PERCEPTION, QuoteEvaluator.cueClass("saw"));
    }

    @Test
    void cuesNoTableKnowsAreOther() {
        assertEquals(CueClass.OTHER, QuoteEvaluator.cueClass("is seizing on"));
        assertEquals(CueClass.OTHER, QuoteEvaluator.cueClass(""));
    }
}
