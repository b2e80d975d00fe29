package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.uima.jcas.JCas;
import org.quotestance.text.TokenIndex;
import org.quotestance.text.SortedInts;

/**
 * The tokens of one document by their place in it, each read as a {@link Word} once: the stance annotator reads
 * the words of every sentence, quote and attribution clause, which overlap, and {@link Word#of} would read each
 * token's text and lower-case it again for every run it is in. Runs are given as token places, {@code [from, to)};
 * their words are those {@link Word#of} gives for the same tokens.
 */
final class DocumentWords {

    private final String text;
    private final int[] begins;
    private final int[] ends;
    /** The word of each token as it reads on its own ({@link Word#plain}), made when first read. */
    private final Word[] plain;
    private final List<Word> plainList;

    DocumentWords(JCas jcas) {
        text = jcas.getDocumentText();
        TokenIndex tokens = TokenIndex.of(jcas);
        TokenIndex.Range all = tokens.rangeCoveredBy(0, text.length());
        begins = new int[all.to() - all.from()];
        ends = new int[begins.length];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = tokens.begin(all.from() + i);
            ends[i] = tokens.end(all.from() + i);
        }
        plain = new Word[begins.length];
        plainList = Arrays.asList(plain);
    }

    int begin(int token) {
        return begins[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** The place of the first token that begins at or after {@code offset} (the token count if none does). */
    int firstAtOrAfter(int offset) {
        return SortedInts.firstAtLeast(begins, offset);
    }

    /**
     * The place after the last of the tokens wholly inside {@code [begin, end)}, which start at
     * {@link #firstAtOrAfter firstAtOrAfter(begin)}: the tokens {@link TokenIndex#coveredBy} gives.
     */
    int endOfCovered(int from, int end) {
        int to = from;
        while (to < ends.length && ends[to] <= end) {
            to++;
        }
        return to;
    }

    /** The words of the tokens [from, to). */
    List<Word> words(int from, int to) {
        for (int i = from; i < to; i++) {
            plainWord(i);
        }
        return Word.read(plainList.subList(from, to));
    }

    private Word plainWord(int token) {
        Word word = plain[token];
        if (word == null) {
            word = Word.plain(text, begins[token], ends[token]);
            plain[token] = word;
        }
        return word;
    }

    /** The words of the tokens wholly inside {@code [begin, end)}. */
    List<Word> wordsIn(int begin, int end) {
        int from = firstAtOrAfter(begin);
        return words(from, endOfCovered(from, end));
    }

    /** The words of the tokens [from, to) that {@code leftOut} does not accept, read as one run. */
    List<Word> wordsWithout(int from, int to, IntPredicate leftOut) {
        List<Word> kept = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (!leftOut.test(i)) {
                kept.add(plainWord(i));
            }
        }
        return Word.read(kept);
    }

    /** The non-empty runs of words between the tokens of [from, to) that {@code breaksRun} accepts (which belong to no run). */
    List<List<Word>> runsBetween(int from, int to, IntPredicate breaksRun) {
        List<List<Word>> runs = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (breaksRun.test(i)) {
                addRun(runs, start, i);
                start = i + 1;
            }
        }
        addRun(runs, start, to);
        return runs;
    }

    private void addRun(List<List<Word>> runs, int from, int to) {
        List<Word> run = words(from, to);
        if (!run.isEmpty()) {
            runs.add(run);
        }
    }
}
