package org.quotestance.stance;

/** A holder's polarity toward a target. */
public enum Polarity {
    FAVOR, AGAINST, NEUTRAL;

    /** The polarity under negation: FAVOR and AGAINST swap, NEUTRAL stays. */
    public Polarity negated() {
        return switch (this) {
            case FAVOR -> AGAINST;
            case AGAINST -> FAVOR;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
