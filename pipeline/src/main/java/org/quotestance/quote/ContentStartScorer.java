package org.quotestance.quote;

import static org.quotestance.quote.IndexedGisModel.number;

import java.util.List;
import java.util.Map;

import org.quotestance.text.Word;

/**
 * Scores the candidate starts of content with the start model from feature numbers ({@link IndexedGisModel}), as
 * {@link ContentEndScorer} scores ends: the features of {@link ContentBoundaryFeatures#start} in the same order, so
 * the same probabilities, without building and hashing their strings for every candidate.
 */
final class ContentStartScorer {

    private static final int LONGEST_GAP = 6;
    private static final int FIXED_FEATURES = 13;

    private final IndexedGisModel model;
    private final int[] gaps;
    private final int[] thatBetween;
    private final int[] commaBetween;
    private final Map<String, Integer> word;
    private final Map<String, Integer> previous;
    private final Map<String, Integer> next;
    private final Map<String, Integer> wordShape;
    private final Map<String, Integer> previousShape;
    private final Map<String, Integer> skipped;
    private final Map<String, Map<String, Integer>> previousWord;
    private final Map<String, Map<String, Integer>> cueWord;
    private final Map<String, Map<String, Integer>> cuePrevious;
    private final Map<String, Map<String, Integer>> cueGap;
    private final Map<String, Map<String, Integer>> afterCue;

    ContentStartScorer(IndexedGisModel model) {
        this.model = model;
        gaps = new int[LONGEST_GAP + 1];
        for (int g = 0; g <= LONGEST_GAP; g++) {
            gaps[g] = model.number("gap=" + g);
        }
        thatBetween = model.numbers("thatBetween=", "false", "true");
        commaBetween = model.numbers("commaBetween=", "false", "true");
        word = model.values("w=");
        previous = model.values("p1=");
        next = model.values("n1=");
        wordShape = model.values("wshape=");
        previousShape = model.values("p1shape=");
        skipped = model.values("skip=");
        previousWord = model.pairs("p1w=");
        cueWord = model.pairs("cw=");
        cuePrevious = model.pairs("cp1=");
        cueGap = model.pairs("cgap=");
        afterCue = model.pairs("after=");
    }

    /** The probability that content after the cue whose head word is {@code words[cue]} starts at {@code words[i]} ({@code i > cue}). */
    double yes(List<Word> words, int cue, int to, int i) {
        String c = words.get(cue).lower();
        String w = ContentBoundaryFeatures.at(words, to, i);
        String p1 = ContentBoundaryFeatures.at(words, to, i - 1);
        int gap = Math.min(i - cue - 1, LONGEST_GAP);
        int[] f = new int[FIXED_FEATURES + i - cue - 1];
        f[0] = gaps[gap];
        f[1] = number(word, w);
        f[2] = number(previous, p1);
        f[3] = number(next, ContentBoundaryFeatures.at(words, to, i + 1));
        f[4] = number(previousWord, p1, w);
        f[5] = number(cueWord, c, w);
        f[6] = number(cuePrevious, c, p1);
        f[7] = number(cueGap, c, Integer.toString(gap));
        f[8] = number(wordShape, ContentBoundaryFeatures.shape(words, to, i));
        f[9] = number(previousShape, ContentBoundaryFeatures.shape(words, to, i - 1));
        boolean that = false;
        boolean comma = false;
        for (int k = cue + 1; k < i; k++) {
            String skippedWord = words.get(k).lower();
            that |= skippedWord.equals("that");
            comma |= skippedWord.equals(",");
            f[FIXED_FEATURES + k - cue - 1] = number(skipped, skippedWord);
        }
        f[10] = thatBetween[that ? 1 : 0];
        f[11] = commaBetween[comma ? 1 : 0];
        f[12] = number(afterCue, c, ContentBoundaryFeatures.at(words, to, cue + 1));
        return model.yes(f, f.length);
    }
}
