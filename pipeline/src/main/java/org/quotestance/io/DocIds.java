package org.quotestance.io;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes document ids that are safe as file names ({@code xmi/<doc_id>.xmi}) and unique in a run. A
 * relative path's folders are joined with {@code __} ({@code 2021/03/x} becomes {@code 2021__03__x});
 * whitespace, control characters and {@code \ : * ? " < > |} become {@code _}; a leading dot becomes
 * {@code _} (no hidden files). Uniqueness ignores case, as macOS and Windows file systems do: an id
 * already given gets {@code ~2}, {@code ~3}, ... in the order the articles are read, so the same input
 * always gives the same ids.
 */
public final class DocIds {

    /** Longer ids are cut, so that {@code <doc_id>.xmi} stays well within a file name's 255 bytes. */
    static final int MAX_LENGTH = 120;

    private final Set<String> taken = new HashSet<>();

    /** The safe form of {@code raw}, made unique among the ids this instance gave before. */
    public String unique(String raw) {
        String base = safe(raw);
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "~" + n;
        }
        return id;
    }

    /** {@code raw} (a relative path without extension, or an id from a collection) made safe as a file name. */
    public static String safe(String raw) {
        StringBuilder id = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (c == '/') {
                id.append("__");
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || "\\:*?\"<>|".indexOf(c) >= 0) {
                id.append('_');
            } else {
                id.appendCodePoint(c);
            }
        });
        if (id.length() > MAX_LENGTH) {
            int cut = Character.isHighSurrogate(id.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            id.setLength(cut);
        }
        if (id.length() == 0) {
            return "_";
        }
        if (id.charAt(0) == '.') {
            id.setCharAt(0, '_');
        }
        return id.toString();
    }
}
