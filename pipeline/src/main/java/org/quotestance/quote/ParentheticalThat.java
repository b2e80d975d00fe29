package org.quotestance.quote;

import java.util.List;

import org.quotestance.text.Word;

/**
 * "added, though, [that …]", "said, without evidence, [that …]", "would argue — and Sanders presumably believes —
 * [that …]": a short phrase set off by two commas or two dashes right after the cue, then "that", where PolNeAR starts
 * the content. In its train compartment 21 of 23 such contents start at "that"; the other two are quotations opening
 * after the cue's comma, which a quotation mark in the phrase rules out. The start model cannot choose this "that":
 * it does not move a start past a clause break.
 */
final class ParentheticalThat {

    /** The most words the set-off phrase may hold. */
    private static final int LONGEST_PHRASE = 8;

    private ParentheticalThat() {
    }

    /** The index of the "that" after a phrase set off right after the cue {@code words[cue]}, or -1. */
    static int find(List<Word> words, int cue, int end) {
        int open = cue + 1;
        if (open >= end || !isDelimiter(words.get(open))) {
            return -1;
        }
        boolean comma = isComma(words.get(open));
        for (int i = open + 1; i < end - 1 && i <= open + LONGEST_PHRASE + 1; i++) {
            Word w = words.get(i);
            if (w.isQuoteMark()) {
                return -1;
            }
            if (isDelimiter(w)) {
                boolean closes = i > open + 1 && isComma(w) == comma && words.get(i + 1).lower().equals("that");
                return closes ? i + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean isDelimiter(Word w) {
        return isComma(w) || isDash(w);
    }

    private static boolean isComma(Word w) {
        return w.text().equals(",");
    }

    private static boolean isDash(Word w) {
        String t = w.text();
        return t.equals("—") || t.equals("–") || t.equals("--") || t.equals("-");
    }
}
