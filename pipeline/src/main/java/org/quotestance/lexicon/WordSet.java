package org.quotestance.lexicon;

import java.util.Collection;
import java.util.List;

/**
 * A fixed set of words that rules ask about token by token ("a title word?", "a determiner?"): open addressing
 * over the words' hash codes, a slot's hash compared before its word. Under the launcher's C1 compiler,
 * {@code HashSet.contains} is four calls deep and the probe of {@code Set.of}'s sets calls {@code equals} on every
 * word it meets; here a word that is not in the set mostly costs one call and an empty slot.
 */
public final class WordSet {

    private final String[] words;
    private final int[] hashes;
    private final int mask;

    private WordSet(Collection<String> members) {
        int capacity = Integer.highestOneBit(Math.max(members.size(), 2) * 4 - 1) << 1; // at most a quarter full
        words = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        for (String word : members) {
            int h = word.hashCode();
            int i = slot(h);
            while (words[i] != null && !words[i].equals(word)) {
                i = (i + 1) & mask;
            }
            words[i] = word;
            hashes[i] = h;
        }
    }

    public static WordSet of(Collection<String> members) {
        return new WordSet(members);
    }

    public static WordSet of(String... members) {
        return new WordSet(List.of(members));
    }

    public boolean contains(String word) {
        int h = word.hashCode();
        int i = slot(h);
        for (String w = words[i]; w != null; w = words[i]) {
            if (hashes[i] == h && w.equals(word)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & mask;
    }
}
