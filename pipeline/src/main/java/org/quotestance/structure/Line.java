package org.quotestance.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A non-blank line of the document, trimmed (no-break spaces too), with its offsets in the document text. */
record Line(int begin, int end, String text) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]?$");
    private static final int MIN_LEAD_IN_WORDS = 5;

    static List<Line> split(String document) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= document.length()) {
            int newline = document.indexOf('\n', start);
            int stop = newline < 0 ? document.length() : newline;
            int b = start;
            int e = stop;
            while (b < e && isSpace(document.charAt(b))) {
                b++;
            }
            while (e > b && isSpace(document.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                lines.add(new Line(b, e, document.substring(b, e)));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** Whitespace including no-break spaces (U+00A0, U+2007, U+202F), which crawled pages use for padding. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    int wordCount() {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    boolean endsLikeSentence() {
        return SENTENCE_END.matcher(text).find();
    }

    /** A body paragraph, as opposed to a headline, caption or link title; "X, a doctor, said:" is one too. */
    boolean isProse() {
        return endsLikeSentence() || wordCount() >= 25 || text.endsWith(":") && wordCount() >= MIN_LEAD_IN_WORDS;
    }
}
