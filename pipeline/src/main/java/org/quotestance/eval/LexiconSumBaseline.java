package org.quotestance.eval;

import java.util.List;
import org.quotestance.stance.OpinionLexicon;
import org.quotestance.stance.Polarity;
import org.quotestance.stance.Word;

/** Baseline: the sign of the sum of all opinion-lexicon valences in the sentence; no cues, no scope. */
final class LexiconSumBaseline {
    private final OpinionLexicon lexicon;

    LexiconSumBaseline(OpinionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Polarity classify(List<Word> words) {
        double sum = words.stream().mapToDouble(word -> lexicon.valence(word.lower())).sum();
        if (sum > 0) {
            return Polarity.FAVOR;
        }
        return sum < 0 ? Polarity.AGAINST : Polarity.NEUTRAL;
    }
}
