package org.quotestance.quote;

import java.util.ArrayList;
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
        List<String> f = new ArrayList<>(24);
        String w = words.get(i).lower();
        String p1 = at(words, from, to, i - 1);
        String p2 = at(words, from, to, i - 2);
        String n1 = at(words, from, to, i + 1);
        String n2 = at(words, from, to, i + 2);
        f.add("w=" + w);
        f.add("suf=" + w.substring(Math.max(0, w.length() - 3)));
        f.add("p1=" + p1);
        f.add("p2=" + p2);
        f.add("n1=" + n1);
        f.add("n2=" + n2);
        f.add("p1w=" + p1 + "_" + w);
        f.add("wn1=" + w + "_" + n1);
        f.add("p1shape=" + shape(words, from, to, i - 1));
        f.add("n1shape=" + shape(words, from, to, i + 1));
        f.add("cap=" + words.get(i).isCapitalized());
        f.add("fromStart=" + Math.min(i - from, 4));
        f.add("toEnd=" + Math.min(to - i, 4));
        f.add("speech=" + (SpeechCueLexicon.speech().matchAt(words, i) != null));
        f.add("cognition=" + (SpeechCueLexicon.cognition().matchAt(words, i) != null));
        f.add("markBefore=" + hasQuoteMark(words, from, i));
        f.add("markAfter=" + hasQuoteMark(words, i + 1, to));
        f.add("commaBefore=" + hasComma(words, from, i));
        return f.toArray(String[]::new);
    }

    private static String at(List<Word> words, int from, int to, int i) {
        return i < from || i >= to ? EDGE : words.get(i).lower();
    }

    /** Cap (capitalised word), low (lower-case word), punct, or edge. */
    private static String shape(List<Word> words, int from, int to, int i) {
        if (i < from || i >= to) {
            return EDGE;
        }
        Word w = words.get(i);
        if (!w.isLetters()) {
            return w.isQuoteMark() ? "mark" : "punct";
        }
        return w.isCapitalized() ? "cap" : "low";
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
