package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        int n = 0;
        for (Table table : tables) {
            int[] count = table.counts.get(word);
            n += count == null ? 0 : count[0];
        }
        return n;
    }

    private static final class Table {
        /** Word: the number of documents, the number of the last document that counted it. */
        private final Map<String, int[]> counts = new HashMap<>();
        private int documents;

        void countDocument(String text) {
            int document = ++documents;
            TextWords words = new TextWords(text);
            while (words.next()) {
                if (words.isCapitalised()) {
                    continue;
                }
                String word = words.lowerCase();
                int[] count = counts.get(word);
                if (count == null) {
                    counts.put(word, new int[] { 1, document });
                } else if (count[1] != document) {
                    count[0]++;
                    count[1] = document;
                }
            }
        }
    }
}
