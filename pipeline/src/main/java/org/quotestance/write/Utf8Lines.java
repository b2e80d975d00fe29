package org.quotestance.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A document's lines built as UTF-8 bytes, straight from the text's chars and the numbers, for a writer of many
 * short columns (the CoNLL export writes a line per token): no intermediate string to copy and encode again.
 * The bytes are those {@code String.getBytes(UTF_8)} gives, a char with no pair ('\uD800' alone) written as '?'.
 */
final class Utf8Lines {

    private static final int KEEP = 1 << 20;

    private byte[] bytes = new byte[1 << 16];
    private int length;

    void clear() {
        length = 0;
    }

    /** Writes what was built to {@code out}; a buffer grown for a very long document is let go of after. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        if (bytes.length > KEEP) {
            bytes = new byte[1 << 16];
        }
        length = 0;
    }

    /** An ASCII character. */
    Utf8Lines append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Text made of ASCII characters only (tags, separators). */
    Utf8Lines ascii(String text) {
        int n = text.length();
        room(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    Utf8Lines number(int value) {
        room(11);
        if (value < 0) {
            if (value == Integer.MIN_VALUE) {
                return ascii(Integer.toString(value));
            }
            bytes[length++] = '-';
            value = -value;
        }
        int digits = DecimalDigits.count(value);
        DecimalDigits.write(bytes, length, digits, value);
        length += digits;
        return this;
    }

    /** {@code text[begin, end)}, any characters. */
    Utf8Lines text(String text, int begin, int end) {
        return text(text, begin, end, (char) 0);
    }

    /**
     * {@code text[begin, end)}, any characters, each whitespace character (as {@link Character#isWhitespace} or
     * {@link Character#isSpaceChar} has it) written as {@code spaceAs} unless that is 0.
     */
    Utf8Lines text(String text, int begin, int end, char spaceAs) {
        room(3 * (end - begin));
        byte[] b = bytes;
        int at = length;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            // no ASCII character after the space is either: most characters skip the two look-ups
            if (spaceAs != 0 && (c <= ' ' || c >= 0x7F) && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                c = spaceAs;
            }
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[at++] = '?';
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
        return this;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
