package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in paragraphs of text. Any opening double mark ({@code " “ „ « ''}, or a
 * {@code ”} that opens a paragraph) is closed by the next closing double mark of any style, so
 * mismatched pairs such as {@code "…”} and {@code “…"} are found. Single curly marks pair the same way,
 * where {@code ’} closes only when it is not an apostrophe (a letter follows it) and a {@code ‘} is open.
 * A quote left open at the end of a paragraph continues when the next paragraph opens with a mark
 * (the convention for multi-paragraph quotes); otherwise it ends with its paragraph.
 */
final class QuotationScanner {

    /** Paragraph offsets {@code [begin, end)}, in document order. */
    record Span(int begin, int end) {
    }

    private static final int MIN_UNCLOSED_LENGTH = 25;

    List<Quotation> scan(String text, List<Span> paragraphs) {
        List<Quotation> found = new ArrayList<>();
        int openDouble = -1;
        int reopeningMark = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int openSingle = -1;
            for (int i = para.begin(); i < para.end(); i++) {
                char c = text.charAt(i);
                if (i == reopeningMark || !isMark(c)) {
                    continue;
                }
                int width = markWidth(text, i, para);
                if (openDouble < 0) {
                    if (opensDouble(text, i, para)) {
                        openDouble = i;
                        i += width - 1;
                    } else if (c == '‘' && openSingle < 0 && opensSingle(text, i, para)) {
                        openSingle = i;
                    } else if (c == '’' && openSingle >= 0 && closesSingle(text, i, para)) {
                        found.add(new Quotation(openSingle, i + 1));
                        openSingle = -1;
                    }
                } else if (closesDouble(text, i, para, openDouble)) {
                    found.add(new Quotation(openDouble, i + width));
                    openDouble = -1;
                    i += width - 1;
                }
            }
            if (openDouble >= 0) {
                if (p + 1 < paragraphs.size() && isOpeningMark(text.charAt(paragraphs.get(p + 1).begin()))) {
                    reopeningMark = paragraphs.get(p + 1).begin();
                } else {
                    if (para.end() - openDouble >= MIN_UNCLOSED_LENGTH) {
                        found.add(new Quotation(openDouble, para.end()));
                    }
                    openDouble = -1;
                }
            }
        }
        return found;
    }

    /** A character the rules below may read as a quotation mark (most are not: skipped at once). */
    private static boolean isMark(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘'
                || c == '’';
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«';
    }

    /** Two apostrophes stand for a double mark in some archives (NYT: {@code ''It's done,'' he said}). */
    private static boolean isTwoApostrophes(String text, int i, Span para) {
        return text.charAt(i) == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\'';
    }

    private static int markWidth(String text, int i, Span para) {
        return isTwoApostrophes(text, i, para) ? 2 : 1;
    }

    private static boolean opensDouble(String text, int i, Span para) {
        char c = isTwoApostrophes(text, i, para) ? '"' : text.charAt(i);
        int width = markWidth(text, i, para);
        boolean startsWord = i + width < para.end() && !Character.isWhitespace(text.charAt(i + width));
        boolean afterSpace = i == para.begin() || Character.isWhitespace(text.charAt(i - 1))
                || "([{—–―-:".indexOf(text.charAt(i - 1)) >= 0;
        return switch (c) {
            case '“', '„', '«' -> startsWord;
            case '"' -> startsWord && afterSpace;
            case '”' -> startsWord && i == para.begin();
            default -> false;
        };
    }

    private static boolean closesDouble(String text, int i, Span para, int open) {
        char c = isTwoApostrophes(text, i, para) ? '"' : text.charAt(i);
        if (i <= open + markWidth(text, open, para)) {
            return false;
        }
        boolean afterWord = !Character.isWhitespace(text.charAt(i - 1));
        return switch (c) {
            case '”', '»' -> true;
            case '"', '“' -> afterWord || i + markWidth(text, i, para) == para.end();
            default -> false;
        };
    }

    private static boolean opensSingle(String text, int i, Span para) {
        boolean startsWord = i + 1 < para.end() && !Character.isWhitespace(text.charAt(i + 1));
        boolean afterSpace = i == para.begin() || !Character.isLetterOrDigit(text.charAt(i - 1));
        return startsWord && afterSpace;
    }

    private static boolean closesSingle(String text, int i, Span para) {
        return i + 1 == para.end() || !Character.isLetter(text.charAt(i + 1));
    }
}
