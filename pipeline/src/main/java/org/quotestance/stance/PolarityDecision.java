package org.quotestance.stance;

/**
 * A polarity toward a target and the evidence that decided it: the character span of the cue or
 * opinion word (with its negator, if negated), or begin = end = -1 when nothing decided it.
 */
public record PolarityDecision(Polarity polarity, int evidenceBegin, int evidenceEnd) {

    static PolarityDecision withoutEvidence(Polarity polarity) {
        return new PolarityDecision(polarity, -1, -1);
    }

    public boolean hasEvidence() {
        return evidenceBegin >= 0;
    }
}
