package org.quotestance.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quotestance.gazetteer.IntHashIndex;

/**
 * The words of a model's feature families ("said" in "n1=said" and "cuen1=said_that"), numbered from 0: a scorer
 * numbers a sentence's words once, then finds each feature by the numbers ({@link IndexedGisModel.Family}).
 */
final class FamilyValues {

    /** Numbers must fit the 29 bits a family key gives each word. */
    private static final int MOST = (1 << 29) - 2;

    private final String[] words;
    private final IntHashIndex index;
    private final IntHashIndex.KeyMatch<String, Void> sameWord = this::isWord;

    private FamilyValues(String[] words) {
        this.words = words;
        this.index = new IntHashIndex(words.length, k -> words[k].hashCode());
    }

    /** The number of {@code word}, or {@link IntHashIndex#ABSENT}. */
    int number(String word) {
        return index.find(word.hashCode(), word, null, sameWord);
    }

    /** How many words are numbered: their numbers run from 0 to one less. */
    int size() {
        return words.length;
    }

    private boolean isWord(int k, String word, Void unused) {
        return words[k].equals(word);
    }

    /** Numbers words in the order they are first seen. */
    static final class Builder {

        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        int number(String word) {
            Integer known = numbers.get(word);
            if (known != null) {
                return known;
            }
            if (words.size() > MOST) {
                throw new IllegalStateException("too many feature words");
            }
            numbers.put(word, words.size());
            words.add(word);
            return words.size() - 1;
        }

        FamilyValues build() {
            return new FamilyValues(words.toArray(String[]::new));
        }
    }
}
