package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of letters of a text, in order: what splitting it at {@code [^\p{L}]+} gives, empty strings left out
 * ("Deputy Foreign-Minister's" → Deputy, Foreign, Minister, s). Read by hand rather than by a regular expression:
 * the speaker linker splits every mention's text and every role it compares.
 */
final class LetterRuns {

    private LetterRuns() {
    }

    static List<String> of(String text) {
        List<String> runs = new ArrayList<>(4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && isLetterAt(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                runs.add(text.substring(start, i));
            }
            while (i < n && !isLetterAt(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return runs;
    }

    private static boolean isLetterAt(String text, int i) {
        char c = text.charAt(i);
        return c < 0x80 ? NameScanner.isAsciiLetter(c) : Character.isLetter(text.codePointAt(i));
    }
}
