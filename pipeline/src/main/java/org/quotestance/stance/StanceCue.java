package org.quotestance.stance;

import java.util.List;

/**
 * One line of a cue list, e.g. "opposed to X": the words around the target slot X, the polarity
 * toward the target, and whether the target stands before the cue (subject) or after it (object).
 */
public record StanceCue(List<String> words, Polarity polarity, boolean targetIsSubject) {

    private static final String TARGET_SLOT = "x";

    static StanceCue parse(String line, Polarity polarity) {
        List<String> words = List.of(line.split("\\s+"));
        if (words.get(0).equals(TARGET_SLOT)) {
            return new StanceCue(words.subList(1, words.size()), polarity, true);
        }
        if (words.get(words.size() - 1).equals(TARGET_SLOT)) {
            return new StanceCue(words.subList(0, words.size() - 1), polarity, false);
        }
        throw new IllegalArgumentException("Cue without a target slot X at either end: " + line);
    }

    /** Whether a cue word such as "support*" matches a lower-cased text word. */
    static boolean wordMatches(String cueWord, String textWord) {
        if (!isPrefix(cueWord)) {
            return cueWord.equals(textWord);
        }
        int stem = cueWord.length() - 1;
        return textWord.length() >= stem && textWord.regionMatches(0, cueWord, 0, stem);
    }

    /** Whether a cue word ends in "*" and so matches every word that starts with the rest. */
    static boolean isPrefix(String cueWord) {
        return cueWord.endsWith("*");
    }

    /** Whether the cue carries its own negation ("should not interfere"), which must not be flipped again. */
    boolean hasOwnNegation(NegationScope negation) {
        return words.stream().anyMatch(negation::isNegator);
    }
}
