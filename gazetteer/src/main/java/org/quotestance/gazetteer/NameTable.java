package org.quotestance.gazetteer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The gazetteer's name keys and their postings as a few large arrays (one of all the keys' characters, one of
 * all the postings), found through an {@link IntHashIndex}.
 */
final class NameTable {

    private final char[] keyChars;
    /** Key k is {@code keyChars[keyStarts[k], keyStarts[k + 1])}. */
    private final int[] keyStarts;
    /** Place indices; one stored as {@code -(index + 1)} is reached only by an alternate name. */
    private final int[] postings;
    /** Key k's postings are {@code postings[postingStarts[k], postingStarts[k + 1])}, most populous first. */
    private final int[] postingStarts;
    private final IntHashIndex index;
    private final WordPrefixFilter wordPrefixes;
    private final IntHashIndex.KeyMatch<String, Void> sameKey = (k, key, unused) -> sameKey(k, key);
    private final IntHashIndex.KeyMatch<StringBuilder, Void> sameBuiltKey = (k, key, unused) -> sameKey(k, key);

    private NameTable(char[] keyChars, int[] keyStarts, int[] postings, int[] postingStarts) {
        this.keyChars = keyChars;
        this.keyStarts = keyStarts;
        this.postings = postings;
        this.postingStarts = postingStarts;
        this.index = new IntHashIndex(size(), this::hashOfKey);
        this.wordPrefixes = new WordPrefixFilter(keyChars, keyStarts);
    }

    static NameTable of(List<String> keys, List<int[]> postingsPerKey) {
        StringBuilder chars = new StringBuilder();
        int[] keyStarts = new int[keys.size() + 1];
        int[] postingStarts = new int[keys.size() + 1];
        for (int k = 0; k < keys.size(); k++) {
            chars.append(keys.get(k));
            keyStarts[k + 1] = chars.length();
            postingStarts[k + 1] = postingStarts[k] + postingsPerKey.get(k).length;
        }
        int[] postings = new int[postingStarts[keys.size()]];
        for (int k = 0; k < keys.size(); k++) {
            System.arraycopy(postingsPerKey.get(k), 0, postings, postingStarts[k], postingsPerKey.get(k).length);
        }
        char[] keyChars = new char[chars.length()];
        chars.getChars(0, chars.length(), keyChars, 0);
        return new NameTable(keyChars, keyStarts, postings, postingStarts);
    }

    static NameTable read(IndexArrays in) {
        return new NameTable(in.chars(), in.ints(), in.ints(), in.ints());
    }

    void write(DataOutputStream out) throws IOException {
        IndexArrays.write(out, keyChars);
        IndexArrays.write(out, keyStarts);
        IndexArrays.write(out, postings);
        IndexArrays.write(out, postingStarts);
    }

    int size() {
        return keyStarts.length - 1;
    }

    /** Key k's {@link String#hashCode}, from its characters. */
    private int hashOfKey(int k) {
        int h = 0;
        for (int i = keyStarts[k]; i < keyStarts[k + 1]; i++) {
            h = 31 * h + keyChars[i];
        }
        return h;
    }

    /** The number of {@code key}, or -1. */
    int indexOf(String key) {
        return index.find(key.hashCode(), key, null, sameKey);
    }

    /** The number of the key {@code key} holds, whose {@link String#hashCode} is {@code hash}, or -1. */
    int indexOf(StringBuilder key, int hash) {
        return index.find(hash, key, null, sameBuiltKey);
    }

    /** False when no key starts with the string whose {@link String#hashCode} this is, then a space (see {@link WordPrefixFilter}). */
    boolean mayPrecedeWord(int hash) {
        return wordPrefixes.mayPrecedeWord(hash);
    }

    /**
     * Whether key number {@code k} is {@code key}. (One method per class of key, not one for a {@link CharSequence}:
     * a run compiled by C1 alone would make an interface call per character.)
     */
    private boolean sameKey(int k, String key) {
        int start = keyStarts[k];
        if (keyStarts[k + 1] - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (keyChars[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether key number {@code k} is the one {@code key} holds (the builder a place name's words are keyed in). */
    private boolean sameKey(int k, StringBuilder key) {
        int start = keyStarts[k];
        if (keyStarts[k + 1] - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (keyChars[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int firstPosting(int k) {
        return postingStarts[k];
    }

    int endOfPostings(int k) {
        return postingStarts[k + 1];
    }

    int posting(int at) {
        return postings[at];
    }

    /** The most words any key has (keys have single spaces between words, none at either end). */
    int maxKeyWords() {
        int longest = 0;
        for (int k = 0; k < size(); k++) {
            int words = 1;
            for (int i = keyStarts[k]; i < keyStarts[k + 1]; i++) {
                if (keyChars[i] == ' ') {
                    words++;
                }
            }
            longest = Math.max(longest, words);
        }
        return longest;
    }

    /** Key k itself (tests and tools; lookups never make the string). */
    String key(int k) {
        return new String(keyChars, keyStarts[k], keyStarts[k + 1] - keyStarts[k]);
    }
}
