package org.quotestance.quote;

import java.util.Arrays;

import org.quotestance.gazetteer.IntHashIndex;

/**
 * The words of a model's feature families ("said" in "n1=said" and "cuen1=said_that"), numbered from 0: a scorer
 * numbers a sentence's words once, then finds each feature by the numbers ({@link IndexedGisModel.Family}).
 */
public final class FamilyValues {

    /** Numbers must fit the 29 bits a family key gives each word. */
    private static final int MOST = (1 << 29) - 2;

    private final String[] words;
    private final IntHashIndex index;

    private FamilyValues(String[] words) {
        this.words = words;
        this.index = new IntHashIndex(words.length, k -> words[k].hashCode());
    }

    /** The number of {@code word}, or {@link IntHashIndex#ABSENT}. */
    public int number(String word) {
        return index.find(word, words);
    }

    /** The numbers of {@code words[0, n)} into {@code numbers}, as {@link #number} gives them, looked up together. */
    public void numbers(String[] words, int n, int[] numbers) {
        index.findAll(words, n, this.words, numbers);
    }

    /** How many words are numbered: their numbers run from 0 to one less. */
    public int size() {
        return words.length;
    }

    /**
     * Numbers words in the order they are first seen. A word is given as a range of a longer string (a feature name,
     * "n1=said"), hashed and compared in place: only a word not seen before is copied out.
     */
    public static final class Builder {

        private String[] words = new String[1024];
        private int count;
        /** Open addressing, at most half full: a word's number + 1, 0 for an empty slot. */
        private int[] slots = new int[2048];

        public int number(String word) {
            return number(word, 0, word.length());
        }

        /** The number of the word {@code text[from, to)}. */
        public int number(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int mask = slots.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            for (int k = slots[slot]; k != 0; k = slots[slot]) {
                String known = words[k - 1];
                if (known.length() == to - from && known.regionMatches(0, text, from, to - from)) {
                    return k - 1;
                }
                slot = (slot + 1) & mask;
            }
            if (count > MOST) {
                throw new IllegalStateException("too many feature words");
            }
            if (count == words.length) {
                words = Arrays.copyOf(words, 2 * count);
            }
            words[count] = text.substring(from, to);
            slots[slot] = ++count;
            if (2 * count > slots.length) {
                rehash();
            }
            return count - 1;
        }

        private void rehash() {
            slots = new int[2 * slots.length];
            int mask = slots.length - 1;
            for (int k = 0; k < count; k++) {
                int hash = words[k].hashCode();
                int slot = (hash ^ (hash >>> 16)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = k + 1;
            }
        }

        public FamilyValues build() {
            return new FamilyValues(Arrays.copyOf(words, count));
        }
    }
}
