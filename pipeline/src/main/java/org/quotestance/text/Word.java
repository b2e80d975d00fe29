package org.quotestance.text;

import java.util.List;
import java.util.Locale;

/** A token's text and offsets, detached from the CAS so rules can look around it cheaply. */
public record Word(int begin, int end, String text, String lower) {

    /** The word with its lower-cased form (computed once: rules ask for it many times). */
    public Word(int begin, int end, String text) {
        this(begin, end, text, text.toLowerCase(Locale.ROOT));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isLetters() {
        return Character.isLetter(text.codePointAt(0));
    }

    /** Opening or closing quotation mark of any style. */
    public boolean isQuoteMark() {
        return text.length() == 1 && "\"“”‘’«»„".indexOf(text.charAt(0)) >= 0;
    }

    /** A full stop, question mark or exclamation mark. */
    public boolean isFinalPunctuation() {
        return text.equals(".") || text.equals("!") || text.equals("?");
    }

    /** The end of {@code words[from, to)} with its trailing full stops, question and exclamation marks left out. */
    public static int endBeforeFinalPunctuation(List<Word> words, int from, int to) {
        int end = to;
        while (end > from && words.get(end - 1).isFinalPunctuation()) {
            end--;
        }
        return end;
    }

    /** Punctuation that ends a clause: a speaker never spans it. ’ and ' are left out: mostly apostrophes. */
    public boolean isClauseBreak() {
        return text.length() == 1 && ",;:()[]—–―!?.\"“”‘«»„".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * A full stop that ends a sentence, not one of an abbreviation: {@code previous} and {@code next}
     * are the words around it ("Mr", "Rep", an initial "H"; "(D-Mo.)", "Wash., said").
     */
    public boolean isSentenceStop(Word previous, Word next) {
        if (!text.equals(".")) {
            return text.equals("!") || text.equals("?");
        }
        if (next != null && (next.text().equals(")") || next.text().equals(",")
                || next.isLetters() && !next.isCapitalized())) {
            return false;
        }
        if (previous == null || previous.end() != begin) {
            return true;
        }
        String p = previous.text();
        return !(p.length() <= 3 && Character.isUpperCase(p.codePointAt(0)) || ABBREVIATIONS.contains(p.toLowerCase(Locale.ROOT)));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "rep",
            "sen", "gov", "gen", "col", "lt", "capt", "sgt", "prof", "st", "jr", "sr", "rev", "adm", "maj", "cmdr",
            "supt", "insp", "pres", "atty", "corp", "inc", "ltd", "co", "no", "vs", "u.s", "u.n", "u.k");

    /** A token of no-break or other Unicode spaces, which the segmenter keeps as a token. */
    public boolean isBlank() {
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (!Character.isSpaceChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
