package org.quotestance.quote;

import java.util.List;

import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.text.Word;

/**
 * The context the attribution cue model sees for one word of a sentence: the word, its suffix, the
 * words around it, whether the lexicons know it, and where quotation marks and the sentence edges are.
 */
final class AttributionCueFeatures {

    private static final String EDGE = "<s>";

    private AttributionCueFeatures() {
    }

    /** Features of {@code words[i]} in the sentence {@code words[from, to)}. */
    static String[] of(List<Word> words, int from, int to, int i) {
        String w = words.get(i).lower();
        String p1 = at(words, from, to, i - 1);
        String p2 = at(words, from, to, i - 2);
        String n1 = at(words, from, to, i + 1);
        String n2 = at(words, from, to, i + 2);
        return new String[] {
                "w=" + w,
                "suf=" + suffix(w),
                "p1=" + p1,
                "p2=" + p2,
                "n1=" + n1,
                "n2=" + n2,
                "p1w=" + p1 + "_" + w,
                "wn1=" + w + "_" + n1,
                P1_SHAPE.names().get(shape(words, from, to, i - 1)),
                N1_SHAPE.names().get(shape(words, from, to, i + 1)),
                CAP.of(words.get(i).isCapitalized()),
                FROM_START.get(Math.min(i - from, FARTHEST)),
                TO_END.get(Math.min(to - i, FARTHEST)),
                SPEECH.of(SpeechCueLexicon.speech().matchAt(words, i) != null),
                COGNITION.of(SpeechCueLexicon.cognition().matchAt(words, i) != null),
                MARK_BEFORE.of(hasQuoteMark(words, from, i)),
                MARK_AFTER.of(hasQuoteMark(words, i + 1, to)),
                COMMA_BEFORE.of(hasComma(words, from, i)) };
    }

    /*
     * The features with few values are spelled once: a new string per candidate would also have its hash worked
     * out again when the model looks it up ({@link AttributionCueScorer} numbers them once).
     */
    record Flag(String yes, String no) {
        Flag(String name) {
            this(name + "=true", name + "=false");
        }

        String of(boolean value) {
            return value ? yes : no;
        }
    }

    /** A word's shape feature by kind: {@link #EDGE_KIND} to {@link #LOW}. */
    record Shape(List<String> names) {
        Shape(String name) {
            this(List.of(name + "=" + EDGE, name + "=mark", name + "=punct", name + "=cap", name + "=low"));
        }
    }

    static final int EDGE_KIND = 0;
    static final int MARK = 1;
    static final int PUNCT = 2;
    static final int CAP_KIND = 3;
    static final int LOW = 4;

    static final Shape P1_SHAPE = new Shape("p1shape");
    static final Shape N1_SHAPE = new Shape("n1shape");
    static final Flag CAP = new Flag("cap");
    static final Flag SPEECH = new Flag("speech");
    static final Flag COGNITION = new Flag("cognition");
    static final Flag MARK_BEFORE = new Flag("markBefore");
    static final Flag MARK_AFTER = new Flag("markAfter");
    static final Flag COMMA_BEFORE = new Flag("commaBefore");
    static final List<String> FROM_START = numbered("fromStart=");
    static final List<String> TO_END = numbered("toEnd=");
    /** {@link #FROM_START} and {@link #TO_END} count words up to this many. */
    static final int FARTHEST = 4;

    private static List<String> numbered(String prefix) {
        String[] names = new String[FARTHEST + 1];
        for (int k = 0; k < names.length; k++) {
            names[k] = prefix + k;
        }
        return List.of(names);
    }

    static String at(List<Word> words, int from, int to, int i) {
        return i < from || i >= to ? EDGE : words.get(i).lower();
    }

    /** The kind of {@code words[i]}'s shape: capitalised word, lower-case word, quotation mark, punct, or edge. */
    static int shape(List<Word> words, int from, int to, int i) {
        if (i < from || i >= to) {
            return EDGE_KIND;
        }
        Word w = words.get(i);
        if (!w.isLetters()) {
            return w.isQuoteMark() ? MARK : PUNCT;
        }
        return w.isCapitalized() ? CAP_KIND : LOW;
    }

    /** The last three letters of a word, or all of a shorter one. */
    static String suffix(String w) {
        return w.substring(Math.max(0, w.length() - 3));
    }

    static boolean hasQuoteMark(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).isQuoteMark()) {
                return true;
            }
        }
        return false;
    }

    static boolean hasComma(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
