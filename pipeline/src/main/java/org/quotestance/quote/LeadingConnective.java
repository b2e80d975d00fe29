package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.quotestance.text.Word;

/**
 * A connective opening a sentence whose content comes before its cue ("And [Mrs. Clinton now holds …],
 * according to …", "Still, [the plan …], he said"): PolNeAR leaves it out of the content (in its train
 * compartment 56 such contents start after the connective, 13 take it in).
 */
final class LeadingConnective {

    /** Conjunctions left out with no comma after them. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "yet");
    /** Sentence adverbials left out with their comma. */
    private static final Set<String> ADVERBIALS = Set.of("still", "however", "moreover", "indeed", "meanwhile",
            "nevertheless", "nonetheless", "instead", "similarly", "likewise", "in fact", "in contrast", "by contrast",
            "as a result", "even so", "at the same time", "to be sure", "of course", "in addition", "for instance",
            "for example");
    private static final int LONGEST_ADVERBIAL = 4;

    private LeadingConnective() {
    }

    /**
     * The index of the first word after a connective that opens content starting at {@code words[start]} and
     * ending before {@code words[end]}, or {@code start} when none does or too little content would be left.
     */
    static int skip(List<Word> words, int start, int end, int minWords) {
        Word first = words.get(start);
        if (!first.isCapitalized()) {
            return start;
        }
        int after = start;
        if (CONJUNCTIONS.contains(first.lower())) {
            after = start + 1;
        } else {
            StringBuilder phrase = new StringBuilder();
            for (int i = start; i < Math.min(end, start + LONGEST_ADVERBIAL); i++) {
                phrase.append(i > start ? " " : "").append(words.get(i).lower());
                if (i + 1 < end && words.get(i + 1).text().equals(",") && ADVERBIALS.contains(phrase.toString())) {
                    after = i + 2;
                    break;
                }
            }
        }
        return end - after >= minWords ? after : start;
    }
}
