package org.quotestance.stance;

/** A holder's polarity toward a target. */
public enum Polarity {
    FAVOR, AGAINST, NEUTRAL;

    /**
     * The polarity a {@code Stance} feature names, or null when it names none (a curator may leave the
     * feature empty or misspelt, or write it in lower case; such a stance has no place in the tallies by polarity).
     */
    public static Polarity parse(String name) {
        if (name == null) {
            return null;
        }
        for (Polarity polarity : values()) {
            if (polarity.name().equalsIgnoreCase(name.strip())) {
                return polarity;
            }
        }
        return null;
    }

    /** The polarity under negation: FAVOR and AGAINST swap, NEUTRAL stays. */
    public Polarity negated() {
        return switch (this) {
            case FAVOR -> AGAINST;
            case AGAINST -> FAVOR;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
