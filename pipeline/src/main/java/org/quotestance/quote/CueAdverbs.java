package org.quotestance.quote;

import java.util.Set;

import org.quotestance.text.Word;

/**
 * Adverbs that may stand between a connective and the cue it joins to a report: "and [also] said", ", [even]
 * suggesting", "while [systematically] downplaying".
 */
final class CueAdverbs {

    private static final Set<String> WORDS = Set.of("also", "even", "then", "later", "still", "often", "never");

    private CueAdverbs() {
    }

    static boolean is(Word w) {
        String lower = w.lower();
        return WORDS.contains(lower) || lower.length() > 4 && lower.endsWith("ly");
    }
}
