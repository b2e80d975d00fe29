package org.quotestance.stance;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a word stands in the scope of a negator (negators.txt) up to three words
 * before it, without a clause boundary or punctuation in between.
 */
public final class NegationScope {
    static final int WINDOW = 3;

    private final Set<String> negators;
    private final Set<String> clauseBoundaries;

    NegationScope(Set<String> negators, Set<String> clauseBoundaries) {
        this.negators = negators;
        this.clauseBoundaries = clauseBoundaries;
    }

    public static NegationScope loadDefault() {
        return new NegationScope(WordList.set("negators.txt"), WordList.set("clause-boundaries.txt"));
    }

    public boolean isNegated(List<Word> words, int index) {
        return negatorIndex(words, index) >= 0;
    }

    /** The index of the negator whose scope holds words[index], or -1. */
    public int negatorIndex(List<Word> words, int index) {
        for (int i = index - 1; i >= 0 && i >= index - WINDOW; i--) {
            Word word = words.get(i);
            if (isNegator(word.lower())) {
                return i;
            }
            if (isBoundary(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** Punctuation or a clause word (clause-boundaries.txt): where scopes and target phrases end. */
    public boolean isBoundary(Word word) {
        return word.isPunctuation() || clauseBoundaries.contains(word.lower());
    }

    public boolean isNegator(String lowerCaseWord) {
        return negators.contains(lowerCaseWord) || lowerCaseWord.endsWith("n't");
    }
}
