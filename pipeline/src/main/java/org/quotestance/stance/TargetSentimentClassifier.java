package org.quotestance.stance;

import java.util.List;
import java.util.Optional;

/**
 * The rules around the polarity model: whether a stance cue governs a target and which polarity it
 * gives (negation scope swaps FAVOR and AGAINST), and which word is the evidence for a polarity.
 */
public final class TargetSentimentClassifier {
    /** Words allowed between an object cue and its target ("opposed to any such change"). */
    static final int MAX_OBJECT_GAP = 3;
    /** Words allowed between a subject target and its cue ("X is a serious cause of concern"). */
    static final int MAX_SUBJECT_GAP = 4;
    /** VADER's factor for a negated opinion word. */
    static final double NEGATED_VALENCE_FACTOR = -0.74;

    /** How much an opinion word's weight falls with each word between it and the target. */
    static final double DISTANCE_DECAY = 0.1;

    private final StanceCueLexicon cues;
    private final OpinionLexicon opinions;
    private final NegationScope negation;

    public TargetSentimentClassifier(StanceCueLexicon cues, OpinionLexicon opinions, NegationScope negation) {
        this.cues = cues;
        this.opinions = opinions;
        this.negation = negation;
    }

    public static TargetSentimentClassifier loadDefault() {
        return new TargetSentimentClassifier(StanceCueLexicon.loadDefault(), OpinionLexicon.loadVader(),
                NegationScope.loadDefault());
    }

    /**
     * The evidence for a polarity the model gave the target: the governing cue when it agrees, else
     * the opinion word that pushes hardest toward the polarity; none for NEUTRAL without a cue.
     */
    public PolarityDecision evidenceFor(List<Word> words, int targetBegin, int targetEnd, Polarity polarity) {
        Optional<PolarityDecision> cue = decideByGoverningCue(words, targetBegin, targetEnd);
        if (cue.isPresent() && cue.get().polarity() == polarity) {
            return cue.get();
        }
        if (polarity == Polarity.NEUTRAL) {
            return PolarityDecision.withoutEvidence(polarity);
        }
        int strongest = -1;
        double strongestContribution = 0;
        for (int i = 0; i < words.size(); i++) {
            double signed = contribution(words, i, targetBegin, targetEnd) * (polarity == Polarity.FAVOR ? 1 : -1);
            if (signed > strongestContribution) {
                strongest = i;
                strongestContribution = signed;
            }
        }
        if (strongest < 0) {
            return PolarityDecision.withoutEvidence(polarity);
        }
        return new PolarityDecision(polarity, evidenceBegin(words, strongest), words.get(strongest).end());
    }

    /** The decision of the first cue that governs the target, if one does. */
    public Optional<PolarityDecision> decideByGoverningCue(List<Word> words, int targetBegin, int targetEnd) {
        return cues.find(words).stream()
                .filter(match -> governs(match, words, targetBegin, targetEnd))
                .findFirst()
                .map(match -> decideByCue(words, match));
    }

    /** The polarity a cue gives its target: the cue's own, swapped when the cue is negated. */
    public PolarityDecision decideByCue(List<Word> words, CueMatch match) {
        if (match.cue().hasOwnNegation(negation) || !negation.isNegated(words, match.first())) {
            return new PolarityDecision(match.cue().polarity(), match.begin(words), match.end(words));
        }
        return new PolarityDecision(match.cue().polarity().negated(), evidenceBegin(words, match.first()),
                match.end(words));
    }

    private double contribution(List<Word> words, int index, int targetBegin, int targetEnd) {
        Word word = words.get(index);
        if (word.isInside(targetBegin, targetEnd)) {
            return 0;
        }
        double valence = opinions.valence(word.lower());
        if (valence == 0) {
            return 0;
        }
        if (negation.isNegated(words, index)) {
            valence *= NEGATED_VALENCE_FACTOR;
        }
        return valence / (1 + DISTANCE_DECAY * wordsBetween(words, index, targetBegin, targetEnd));
    }

    private static int wordsBetween(List<Word> words, int index, int targetBegin, int targetEnd) {
        Word word = words.get(index);
        int count = 0;
        for (Word other : words) {
            boolean between = word.end() <= targetBegin
                    ? other.begin() >= word.end() && other.end() <= targetBegin
                    : other.begin() >= targetEnd && other.end() <= word.begin();
            if (between) {
                count++;
            }
        }
        return count;
    }

    private boolean governs(CueMatch match, List<Word> words, int targetBegin, int targetEnd) {
        if (match.cue().targetIsSubject()) {
            int lastTargetWord = lastWordEndingBy(words, targetEnd);
            return lastTargetWord >= 0 && words.get(lastTargetWord).end() > targetBegin
                    && isOpenGap(words, lastTargetWord + 1, match.first(), MAX_SUBJECT_GAP);
        }
        int firstTargetWord = firstWordStartingFrom(words, targetBegin);
        return firstTargetWord >= 0 && words.get(firstTargetWord).begin() < targetEnd
                && isOpenGap(words, match.last() + 1, firstTargetWord, MAX_OBJECT_GAP);
    }

    /** Whether words [from, to) are few enough and hold no punctuation or clause boundary. */
    private boolean isOpenGap(List<Word> words, int from, int to, int maxWords) {
        if (to < from || to - from > maxWords) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (negation.isBoundary(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int firstWordStartingFrom(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).begin() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWordEndingBy(List<Word> words, int offset) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    /** Where the evidence for words[index] begins: at its negator, if it has one. */
    private int evidenceBegin(List<Word> words, int index) {
        int negator = negation.negatorIndex(words, index);
        return words.get(negator >= 0 ? negator : index).begin();
    }
}
