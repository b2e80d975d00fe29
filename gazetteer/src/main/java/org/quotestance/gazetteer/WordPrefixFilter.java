package org.quotestance.gazetteer;

/**
 * Which strings may be the words of a name key before one of its spaces ("new" and "new york" of "new york
 * mills"): a bit per {@link String#hashCode}, set for every such start of every key. An unset bit proves that no key
 * continues the string with another word, so the toponym matcher stops lengthening a run there instead of looking
 * up each longer run ("Obama said on Tuesday that ..."); a set bit may be another string's (about one in twenty
 * are), which only costs a lookup. Half a megabyte, made in one pass over the keys' characters.
 */
final class WordPrefixFilter {

    private static final int BITS = 22;

    private final long[] bits = new long[1 << (BITS - 6)];

    /** The filter of the keys {@code keyChars[keyStarts[k], keyStarts[k + 1])}. */
    WordPrefixFilter(char[] keyChars, int[] keyStarts) {
        for (int k = 0; k + 1 < keyStarts.length; k++) {
            int hash = 0;
            for (int i = keyStarts[k]; i < keyStarts[k + 1]; i++) {
                if (keyChars[i] == ' ') {
                    set(hash);
                }
                hash = 31 * hash + keyChars[i];
            }
        }
    }

    /** False when no key starts with the string of this {@link String#hashCode} and a space. */
    boolean mayPrecedeWord(int hash) {
        int bit = bit(hash);
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    private void set(int hash) {
        int bit = bit(hash);
        bits[bit >>> 6] |= 1L << bit;
    }

    /** The hash's bits mixed (Fibonacci hashing) into a bit number. */
    private static int bit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - BITS);
    }
}
