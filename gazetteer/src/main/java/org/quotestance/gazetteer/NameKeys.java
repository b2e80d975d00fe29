package org.quotestance.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Turns a place name into its lookup key: diacritics removed, lower case, hyphens and runs of
 * white space become one space, apostrophes and periods vanish. So "Xankəndi", "Nagorno- Karabakh",
 * "Nagorno-Karabakh" and "U.S." give "xankandi", "nagorno karabakh", "nagorno karabakh" and "us".
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String normalise(CharSequence name) {
        if (isAscii(name)) {
            return normaliseAscii(name);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isDropped(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || isSeparator(c)) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            if (c < 0x80) {
                key.append(Character.toLowerCase(c));
            } else {
                key.append(fold(c));
            }
        }
        return key.toString();
    }

    /**
     * {@code normalise} of ASCII text (its own NFD form, without combining marks or characters to fold), into
     * one array: a key is never longer than its name (the hot path of every lookup the toponym matcher tries).
     */
    private static String normaliseAscii(CharSequence name) {
        char[] key = new char[name.length()];
        return new String(key, 0, asciiKey(name, key, null));
    }

    /**
     * The keys of {@code text[begin, ends[m])} for each {@code m < count} ({@code ends} ascending, from {@code begin}),
     * in one pass when that text is ASCII: each is a prefix of the last, which goes into {@code key}; its length
     * goes into {@code lengths[m]} and its {@link String#hashCode} into {@code hashes[m]} (a place name's words tried
     * from the longest run down, without a key built per try). The keys stop before a space that {@code continued}
     * refuses to put after the key so far (given its hash: no name goes on from there, so no longer key is worth
     * making). Returns how many keys it wrote, or -1 for text that holds characters other than ASCII and the
     * marks a key drops or reads as a space (curly apostrophes, dashes: they are their own NFD form, "O’Malley" is
     * no slower than "O'Malley"), or ends out of order; {@code count} is at least 1.
     */
    public static int asciiPrefixKeys(String text, int begin, int[] ends, int count, StringBuilder key,
            int[] lengths, int[] hashes, IntPredicate continued) {
        for (int m = 0, from = begin; m < count; from = ends[m++]) {
            if (ends[m] < from) {
                return -1;
            }
        }
        key.setLength(0);
        int hash = 0;
        boolean pendingSpace = false;
        int m = 0;
        for (int i = begin, end = ends[count - 1]; i < end; i++) {
            for (; m < count && ends[m] == i; m++) {
                lengths[m] = key.length();
                hashes[m] = hash;
            }
            char c = text.charAt(i);
            if (c >= 0x80 && !isDropped(c) && !isSeparator(c)) {
                return -1;
            }
            if (isDropped(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || isSeparator(c)) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (pendingSpace) {
                if (!continued.test(hash)) {
                    return m;
                }
                key.append(' ');
                hash = 31 * hash + ' ';
                pendingSpace = false;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            key.append(lower);
            hash = 31 * hash + lower;
        }
        for (; m < count; m++) {
            lengths[m] = key.length();
            hashes[m] = hash;
        }
        return count;
    }

    /**
     * Whether {@code key} is {@code normalise(name)}, without building the key when the name is ASCII: the
     * same steps compared character by character (a hot check over every candidate of every place name).
     */
    public static boolean isKeyOf(CharSequence name, String key) {
        if (!isAscii(name)) {
            return normalise(name).equals(key);
        }
        return asciiKey(name, null, key) == key.length();
    }

    /**
     * The steps of {@code normalise} for ASCII text, one key character at a time: written into {@code into}, or,
     * when {@code expected} is given, compared with it instead. Returns the key's length, or -1 at the first
     * character that differs from {@code expected} (or runs past its end).
     */
    private static int asciiKey(CharSequence name, char[] into, String expected) {
        int k = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || isSeparator(c)) {
                pendingSpace = k > 0;
                continue;
            }
            if (pendingSpace) {
                if (!put(' ', k++, into, expected)) {
                    return -1;
                }
                pendingSpace = false;
            }
            if (!put(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c, k++, into, expected)) {
                return -1;
            }
        }
        return k;
    }

    private static boolean put(char c, int at, char[] into, String expected) {
        if (expected == null) {
            into[at] = c;
            return true;
        }
        return at < expected.length() && expected.charAt(at) == c;
    }

    /** ASCII text is its own NFD form. */
    private static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDropped(char c) {
        return c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BB' || c == '\u02BC'
                || c == '`' || c == '\u00B4';
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == ',' || c == '/'
                || c == '(' || c == ')';
    }

    private static String fold(char c) {
        switch (c) {
            case '\u0259': case '\u018F': return "a";   // schwa (Azerbaijani ə)
            case '\u0131': return "i";                  // dotless i
            case '\u0142': case '\u0141': return "l";
            case '\u00F8': case '\u00D8': return "o";
            case '\u0111': case '\u0110': return "d";
            case '\u00DF': return "ss";
            case '\u00E6': case '\u00C6': return "ae";
            case '\u0153': case '\u0152': return "oe";
            case '\u00FE': case '\u00DE': return "th";
            default: return String.valueOf(Character.toLowerCase(c)).toLowerCase(Locale.ROOT);
        }
    }
}
