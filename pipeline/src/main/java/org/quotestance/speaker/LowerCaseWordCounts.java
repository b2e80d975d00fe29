package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * In how many documents each word is written in lower case, counted by whichever threads scan the documents:
 * each thread counts into a table of its own, and a word's count is the sum over the tables, so neither the
 * counting threads wait for one another nor does the count depend on which thread read which document.
 * A count is read once the counting threads are done with it (after their tasks' futures return).
 */
final class LowerCaseWordCounts {

    private final List<Table> tables = new ArrayList<>();
    private final ThreadLocal<Table> threadsTable = ThreadLocal.withInitial(this::newTable);

    private synchronized Table newTable() {
        Table table = new Table();
        tables.add(table);
        return table;
    }

    /** Counts the words one document writes in lower case, each once. */
    void countDocument(String text) {
        threadsTable.get().countDocument(text);
    }

    /** The number of counted documents that write {@code word} (in lower case) in lower case. */
    synchronized int documents(String word) {
        char[] chars = word.toCharArray();
        int n = 0;
        for (Table table : tables) {
            n += table.documents(chars);
        }
        return n;
    }

    /**
     * One thread's counts: an open-addressing table, at most half full, of the words in lower case (as char arrays)
     * with each word's hash, document count and last counting document side by side. A word of plain ASCII is
     * hashed, lower-cased and compared straight from the document's characters, so a word seen before costs no
     * string, and a lookup reads the slot's ints and the word's chars, not a map's node, key, key bytes and value.
     */
    private static final class Table {

        private static final int HASH = 0;
        private static final int DOCUMENTS = 1;
        private static final int LAST_DOCUMENT = 2;
        private static final int INTS = 3;

        private char[][] words = new char[1 << 12][];
        private int[] slots = new int[INTS << 12];
        private int size;
        private int documents;

        void countDocument(String text) {
            int document = ++documents;
            char[] chars = text.toCharArray();
            TextWords words = new TextWords(text);
            while (words.next()) {
                if (!words.isCapitalised()) {
                    count(chars, words.start(), words.end(), document);
                }
            }
        }

        private void count(char[] chars, int from, int to, int document) {
            if (isAscii(chars, from, to)) {
                add(chars, from, to, document);
            } else {
                char[] lower = new String(chars, from, to - from).toLowerCase(Locale.ROOT).toCharArray();
                add(lower, 0, lower.length, document);
            }
        }

        /** Counts the word {@code chars[from, to)}, plain ASCII or in lower case already. */
        private void add(char[] chars, int from, int to, int document) {
            int hash = lowerHash(chars, from, to);
            int slot = find(chars, from, to, hash);
            if (words[slot] == null) {
                words[slot] = lowerCopy(chars, from, to);
                slots[INTS * slot + HASH] = hash;
                slots[INTS * slot + DOCUMENTS] = 1;
                slots[INTS * slot + LAST_DOCUMENT] = document;
                if (++size * 2 > words.length) {
                    grow();
                }
            } else if (slots[INTS * slot + LAST_DOCUMENT] != document) {
                slots[INTS * slot + DOCUMENTS]++;
                slots[INTS * slot + LAST_DOCUMENT] = document;
            }
        }

        int documents(char[] lowerWord) {
            int slot = find(lowerWord, 0, lowerWord.length, lowerHash(lowerWord, 0, lowerWord.length));
            return words[slot] == null ? 0 : slots[INTS * slot + DOCUMENTS];
        }

        /** The slot of the word {@code chars[from, to)} in lower case, or the empty slot where it would go. */
        private int find(char[] chars, int from, int to, int hash) {
            int mask = words.length - 1;
            for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
                char[] word = words[slot];
                if (word == null || slots[INTS * slot + HASH] == hash && isLowerOf(word, chars, from, to)) {
                    return slot;
                }
            }
        }

        private void grow() {
            char[][] oldWords = words;
            int[] oldSlots = slots;
            words = new char[2 * oldWords.length][];
            slots = new int[2 * oldSlots.length];
            int mask = words.length - 1;
            for (int old = 0; old < oldWords.length; old++) {
                if (oldWords[old] != null) {
                    int slot = spread(oldSlots[INTS * old + HASH]) & mask;
                    while (words[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    words[slot] = oldWords[old];
                    System.arraycopy(oldSlots, INTS * old, slots, INTS * slot, INTS);
                }
            }
        }

        private static boolean isAscii(char[] chars, int from, int to) {
            for (int i = from; i < to; i++) {
                if (chars[i] >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@link String#hashCode} of the word in lower case: ASCII letters lowered here ({@link String#toLowerCase}
         * makes no other ASCII capital and no other character lower-cases to one).
         */
        private static int lowerHash(char[] chars, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + lower(chars[i]);
            }
            return h;
        }

        private static boolean isLowerOf(char[] word, char[] chars, int from, int to) {
            if (word.length != to - from) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (word[i - from] != lower(chars[i])) {
                    return false;
                }
            }
            return true;
        }

        private static char[] lowerCopy(char[] chars, int from, int to) {
            char[] word = new char[to - from];
            for (int i = from; i < to; i++) {
                word[i - from] = lower(chars[i]);
            }
            return word;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }
}
