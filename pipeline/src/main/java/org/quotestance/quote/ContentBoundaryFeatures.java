package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;

import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.text.Word;

/**
 * What the content boundary model sees of a candidate boundary of the content that follows a cue: for a
 * start, the words between the cue and the candidate ("warned voters | that …", "accusing her of | being …");
 * for an end, the words on both sides of it ("the reference | Monday as he …", "the integrity of the system
 * | , encouraging …"), how far it lies from the start, and both against the content's first word: content opening
 * with "that", "to" or a pronoun is a clause that runs on ("that [he expects …] , which …"), an object ends
 * sooner ("attacked [Machado] in early-morning tweets").
 */
final class ContentBoundaryFeatures {

    private static final String EDGE = "<s>";
    /** Modals, auxiliaries and subject pronouns: a content holding one is a clause, not an object. */
    private static final java.util.Set<String> FINITE = java.util.Set.of("would", "will", "could", "should", "can",
            "may", "might", "must", "is", "was", "are", "were", "has", "have", "had", "did", "does", "do",
            "he", "she", "they", "we", "i", "it", "you", "there", "won't", "can't", "didn't", "doesn't", "don't",
            "isn't", "wasn't");
    /**
     * "he's", "that's": "'s" after these is a contracted "is" or "has" ("let's": "us", an imperative clause); after a
     * name it is a possessive ("Trump's"). Only "'s" is looked at after a split: the tokenizer keeps the other
     * contractions whole ("they're", "wouldn't").
     */
    private static final java.util.Set<String> BEFORE_CONTRACTION = java.util.Set.of("he", "she", "it", "that",
            "there", "what", "who", "here", "where", "let");
    /** Contracted auxiliaries other than "'s": "I'm", "they're", "we've", "she'll", "he'd". */
    private static final java.util.Set<String> CONTRACTED = java.util.Set.of("m", "re", "ve", "ll", "d");
    private static final String OPENING_SINGLE = "‘";
    private static final String CLOSING_SINGLE = "’";

    private ContentBoundaryFeatures() {
    }

    /**
     * A modal, an auxiliary or a subject pronoun: a word that makes the words around it a clause, contracted ones
     * included ("he's", "they're", "wouldn't"; the tokenizer keeps them whole), a possessive not ("Trump's", or
     * "'s" split from its name).
     */
    static boolean isFinite(List<Word> words, int i) {
        String w = words.get(i).lower();
        if (FINITE.contains(w)) {
            return true;
        }
        int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
        if (apostrophe < 0) {
            return false;
        }
        String clitic = w.substring(apostrophe + 1);
        if (clitic.equals("t")) {
            return apostrophe > 1 && w.charAt(apostrophe - 1) == 'n'; // "wouldn't", "hasn't"
        }
        if (!clitic.equals("s")) {
            return apostrophe > 0 && CONTRACTED.contains(clitic);
        }
        String stem = apostrophe > 0 ? w.substring(0, apostrophe) : i > 0 ? words.get(i - 1).lower() : "";
        return BEFORE_CONTRACTION.contains(stem);
    }

    /** Features of content starting at {@code words[i]}, after the cue ending at {@code words[cue]}, sentence end {@code to}. */
    static String[] start(List<Word> words, int cue, int to, int i) {
        List<String> f = new ArrayList<>(16);
        String c = words.get(cue).lower();
        String w = at(words, to, i);
        String p1 = at(words, to, i - 1);
        f.add("gap=" + Math.min(i - cue - 1, 6));
        f.add("w=" + w);
        f.add("p1=" + p1);
        f.add("n1=" + at(words, to, i + 1));
        f.add("p1w=" + p1 + "_" + w);
        f.add("cw=" + c + "_" + w);
        f.add("cp1=" + c + "_" + p1);
        f.add("cgap=" + c + "_" + Math.min(i - cue - 1, 6));
        f.add("wshape=" + shape(words, to, i));
        f.add("p1shape=" + shape(words, to, i - 1));
        f.add("thatBetween=" + contains(words, cue + 1, i, "that"));
        f.add("commaBetween=" + contains(words, cue + 1, i, ","));
        f.add("after=" + c + "_" + at(words, to, cue + 1));
        if (i > cue + 1) { // the phrase skipped by its first word: "said [during a rally in Michigan] that …"
            f.add("skip1w=" + words.get(cue + 1).lower() + "_" + w);
        }
        for (int k = cue + 1; k < i; k++) {
            f.add("skip=" + words.get(k).lower());
        }
        return f.toArray(String[]::new);
    }

    /**
     * The candidate ends of content {@code words[from, …)} after the cue at {@code words[cue]}, sentence end
     * {@code to}: the counts the end features need, made once for all candidates (commas and quotation marks,
     * opening and closing, before each word: an odd count is inside a quotation; speech cues at each word), so
     * scoring every end stays linear in the sentence.
     */
    static final class Ends {

        private final List<Word> words;
        private final String cueFeature;
        private final String cueNextPrefix;
        private final String first;
        private final int from;
        private final int to;
        private final int[] commas;
        private final int[] marks;
        private final boolean[] speechCue;
        private final int[] finiteWords;

        Ends(List<Word> words, int cue, int from, int to) {
            this.words = words;
            String cueWord = words.get(cue).lower();
            cueFeature = "cue=" + cueWord;
            cueNextPrefix = "cuen1=" + cueWord + "_";
            first = at(words, to, from);
            this.from = from;
            this.to = to;
            commas = new int[to - from + 1];
            marks = new int[to - from + 1];
            speechCue = new boolean[to - from];
            finiteWords = new int[to - from + 1];
            boolean singleOpen = false;
            for (int k = from; k < to; k++) {
                Word w = words.get(k);
                commas[k - from + 1] = commas[k - from] + (w.lower().equals(",") ? 1 : 0);
                boolean mark = isDoubleMark(w) || w.text().equals(OPENING_SINGLE) && !singleOpen
                        || w.text().equals(CLOSING_SINGLE) && singleOpen;
                singleOpen = w.text().equals(OPENING_SINGLE) || singleOpen && !w.text().equals(CLOSING_SINGLE);
                marks[k - from + 1] = marks[k - from] + (mark ? 1 : 0);
                speechCue[k - from] = SpeechCueLexicon.speech().matchAt(words, k) != null;
                finiteWords[k - from + 1] = finiteWords[k - from] + (isFinite(words, k) ? 1 : 0);
            }
        }

        /** Features of the content ending before {@code words[j]} ({@code from < j <= to}). */
        String[] of(int j) {
            List<String> f = new ArrayList<>(24);
            String last = words.get(j - 1).lower();
            String n1 = at(words, to, j);
            String n2 = at(words, to, j + 1);
            f.add("len=" + lengthBucket(j - from));
            f.add("last=" + last);
            f.add("n1=" + n1);
            f.add("n2=" + n2);
            f.add("n1n2=" + n1 + "_" + n2);
            f.add("lastn1=" + last + "_" + n1);
            f.add("n2suf=" + suffix(n2));
            f.add("n1suf=" + suffix(n1));
            f.add("lastshape=" + shape(words, to, j - 1));
            f.add("n1shape=" + shape(words, to, j));
            f.add("n2shape=" + shape(words, to, j + 1));
            f.add("atEnd=" + (j == to));
            f.add("commas=" + commasBefore(j));
            f.add("commasAfter=" + commasAfter(j));
            f.add("marksInside=" + marksInside(j));
            f.add("cueAhead=" + cueAhead(j));
            f.add(cueFeature);
            f.add(cueNextPrefix + n1);
            f.add("toEnd=" + lengthBucket(to - j));
            f.add("n3=" + at(words, to, j + 2));
            f.add("firstn1=" + first + "_" + n1);
            f.add("firstlen=" + first + "_" + lengthBucket(j - from));
            f.add("clausen1=" + isClause(j) + "_" + n1);
            return f.toArray(String[]::new);
        }

        /**
         * Whether the content ending before {@code words[j]} holds a clause of its own (a modal, an auxiliary or a
         * pronoun subject): then a preposition or a comma after it rarely ends it, as it ends an object.
         */
        boolean isClause(int j) {
            return finiteWords[j - from] > 0;
        }

        /** Commas in the content ending before {@code words[j]}, 3 for three or more. */
        int commasBefore(int j) {
            return Math.min(commas[j - from], 3);
        }

        /** Commas between {@code words[j]} and the sentence end, 2 for two or more. */
        int commasAfter(int j) {
            return Math.min(commas[to - from] - commas[j - from], 2);
        }

        /** 1 where the boundary before {@code words[j]} lies inside a quotation, else 0. */
        int marksInside(int j) {
            return marks[j - from] % 2;
        }

        /** A speech cue within the three words after the boundary (", he said", "and told"). */
        boolean cueAhead(int j) {
            for (int k = j; k < Math.min(to, j + 3); k++) {
                if (speechCue[k - from]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A double quotation mark of any style. A single one counts only as a pair, ‘ then ’: a ’ alone is
     * mostly an apostrophe ("voters’ rights", "’90s").
     */
    static boolean isDoubleMark(Word w) {
        return w.text().length() == 1 && "\"“”«»„".indexOf(w.text().charAt(0)) >= 0;
    }

    static String lengthBucket(int n) {
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 10 ? "7-10" : n <= 20 ? "11-20" : ">20";
    }

    /** The suffixes {@link #suffix} gives, by {@link #suffixKind}. */
    static final List<String> SUFFIXES = List.of("ing", "ed", "ly", "-");

    static String suffix(String w) {
        return SUFFIXES.get(suffixKind(w));
    }

    /** "ing", "ed", "ly" or none ("-"), as an index into {@link #SUFFIXES}. */
    static int suffixKind(String w) {
        return w.endsWith("ing") ? 0 : w.endsWith("ed") ? 1 : w.endsWith("ly") ? 2 : 3;
    }

    static String at(List<Word> words, int to, int i) {
        return i < 0 || i >= to ? EDGE : words.get(i).lower();
    }

    /** The shapes {@link #shape} gives but punctuation's, by {@link #shapeKind}. */
    static final List<String> SHAPES = List.of(EDGE, "mark", "num", "cap", "low");
    /** The shape kind of punctuation, whose shape names the mark ("punct:,"). */
    static final int PUNCT = -1;

    /** cap, low, mark (quotation mark), punct, num, or edge. */
    static String shape(List<Word> words, int to, int i) {
        int kind = shapeKind(words, to, i);
        return kind == PUNCT ? "punct:" + words.get(i).text() : SHAPES.get(kind);
    }

    /** The shape of {@code words[i]} as an index into {@link #SHAPES}, or {@link #PUNCT}. */
    static int shapeKind(List<Word> words, int to, int i) {
        if (i < 0 || i >= to) {
            return 0;
        }
        Word w = words.get(i);
        if (w.isQuoteMark()) {
            return 1;
        }
        if (!w.isLetters()) {
            return Character.isDigit(w.text().codePointAt(0)) ? 2 : PUNCT;
        }
        return w.isCapitalized() ? 3 : 4;
    }

    private static boolean contains(List<Word> words, int from, int to, String lower) {
        return count(words, from, to, lower) > 0;
    }

    private static int count(List<Word> words, int from, int to, String lower) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += words.get(i).lower().equals(lower) ? 1 : 0;
        }
        return n;
    }
}
