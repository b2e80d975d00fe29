package org.quotestance.speaker;

/**
 * The words of two letters or more of a text (a letter, then letters and marks), one after another, read without
 * a regular expression or a callback: the first pass and the speaker linker read every document's words.
 * <pre>
 * TextWords words = new TextWords(text);
 * while (words.next()) { text.substring(words.start(), words.end()) ... }
 * </pre>
 */
final class TextWords {

    private final String text;
    private int start;
    private int end;

    TextWords(String text) {
        this.text = text;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
        String t = text;
        int n = t.length();
        int i = end;
        while (i < n) {
            char ch = t.charAt(i);
            if (ch < 0x80 && !NameScanner.isAsciiLetter(ch)) {  // ASCII, most of the text: no code point or Unicode table needed
                i++;
                continue;
            }
            int first = t.codePointAt(i);
            int from = i;
            i += Character.charCount(first);
            if (!Character.isLetter(first)) {
                continue;
            }
            while (i < n) {
                ch = t.charAt(i);
                if (ch < 0x80) {
                    if (!NameScanner.isAsciiLetter(ch)) {
                        break;
                    }
                    i++;
                } else if (isLetterOrMark(t.codePointAt(i))) {
                    i += Character.charCount(t.codePointAt(i));
                } else {
                    break;
                }
            }
            if (i - from > Character.charCount(first)) {
                start = from;
                end = i;
                return true;
            }
        }
        start = n;
        end = n;
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** Whether the current word starts with a capital letter. */
    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(start));
    }

    /** The current word in lower case. */
    String lowerCase() {
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isLetterOrMark(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
