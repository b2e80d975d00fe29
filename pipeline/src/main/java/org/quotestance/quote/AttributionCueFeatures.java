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
                "suf=" + w.substring(Math.max(0, w.length() - 3)),
                "p1=" + p1,
                "p2=" + p2,
                "n1=" + n1,
                "n2=" + n2,
                "p1w=" + p1 + "_" + w,
                "wn1=" + w + "_" + n1,
                shape(words, from, to, i - 1, P1_SHAPE),
                shape(words, from, to, i + 1, N1_SHAPE),
                CAP.of(words.get(i).isCapitalized()),
                FROM_START[Math.min(i - from, 4)],
                TO_END[Math.min(to - i, 4)],
                SPEECH.of(SpeechCueLexicon.speech().matchAt(words, i) != null),
                COGNITION.of(SpeechCueLexicon.cognition().matchAt(words, i) != null),
                MARK_BEFORE.of(hasQuoteMark(words, from, i)),
                MARK_AFTER.of(hasQuoteMark(words, i + 1, to)),
                COMMA_BEFORE.of(hasComma(words, from, i)) };
    }

    /*
     * The features with few values are spelled once: a new string per candidate would also have its hash worked
     * out again when the model looks it up.
     */
    private record Flag(String yes, String no) {
        Flag(String name) {
            this(name + "=true", name + "=false");
        }

        String of(boolean value) {
            return value ? yes : no;
        }
    }

    private record Shape(String edge, String mark, String punct, String cap, String low) {
        Shape(String name) {
            this(name + "=" + EDGE, name + "=mark", name + "=punct", name + "=cap", name + "=low");
        }
    }

    private static final Shape P1_SHAPE = new Shape("p1shape");
    private static final Shape N1_SHAPE = new Shape("n1shape");
    private static final Flag CAP = new Flag("cap");
    private static final Flag SPEECH = new Flag("speech");
    private static final Flag COGNITION = new Flag("cognition");
    private static final Flag MARK_BEFORE = new Flag("markBefore");
    private static final Flag MARK_AFTER = new Flag("markAfter");
    private static final Flag COMMA_BEFORE = new Flag("commaBefore");
    private static final String[] FROM_START = numbered("fromStart=");
    private static final String[] TO_END = numbered("toEnd=");

    private static String[] numbered(String prefix) {
        String[] names = new String[5];
        for (int k = 0; k < names.length; k++) {
            names[k] = prefix + k;
        }
        return names;
    }

    private static String at(List<Word> words, int from, int to, int i) {
        return i < from || i >= to ? EDGE : words.get(i).lower();
    }

    /** Cap (capitalised word), low (lower-case word), punct, or edge. */
    private static String shape(List<Word> words, int from, int to, int i, Shape names) {
        if (i < from || i >= to) {
            return names.edge();
        }
        Word w = words.get(i);
        if (!w.isLetters()) {
            return w.isQuoteMark() ? names.mark() : names.punct();
        }
        return w.isCapitalized() ? names.cap() : names.low();
    }

    private static boolean hasQuoteMark(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).isQuoteMark()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasComma(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
