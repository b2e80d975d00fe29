package org.quotestance.quote;

import java.util.List;

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
    private final IndexedGisModel.Family word;
    private final IndexedGisModel.Family previous;
    private final IndexedGisModel.Family next;
    private final IndexedGisModel.Family wordShape;
    private final IndexedGisModel.Family previousShape;
    private final IndexedGisModel.Family skipped;
    private final IndexedGisModel.Family previousWord;
    private final IndexedGisModel.Family cueWord;
    private final IndexedGisModel.Family cuePrevious;
    private final IndexedGisModel.Family cueGap;
    private final IndexedGisModel.Family afterCue;

    ContentStartScorer(IndexedGisModel model) {
        this.model = model;
        gaps = new int[LONGEST_GAP + 1];
        for (int g = 0; g <= LONGEST_GAP; g++) {
            gaps[g] = model.number("gap=" + g);
        }
        thatBetween = model.numbers("thatBetween=", "false", "true");
        commaBetween = model.numbers("commaBetween=", "false", "true");
        word = model.family("w=");
        previous = model.family("p1=");
        next = model.family("n1=");
        wordShape = model.family("wshape=");
        previousShape = model.family("p1shape=");
        skipped = model.family("skip=");
        previousWord = model.family("p1w=");
        cueWord = model.family("cw=");
        cuePrevious = model.family("cp1=");
        cueGap = model.family("cgap=");
        afterCue = model.family("after=");
    }

    /** The probability that content after the cue whose head word is {@code words[cue]} starts at {@code words[i]} ({@code i > cue}). */
    double yes(List<Word> words, int cue, int to, int i) {
        String c = words.get(cue).lower();
        String w = ContentBoundaryFeatures.at(words, to, i);
        String p1 = ContentBoundaryFeatures.at(words, to, i - 1);
        int gap = Math.min(i - cue - 1, LONGEST_GAP);
        int[] f = new int[FIXED_FEATURES + i - cue - 1];
        f[0] = gaps[gap];
        f[1] = word.number(w);
        f[2] = previous.number(p1);
        f[3] = next.number(ContentBoundaryFeatures.at(words, to, i + 1));
        f[4] = previousWord.number(p1, w);
        f[5] = cueWord.number(c, w);
        f[6] = cuePrevious.number(c, p1);
        f[7] = cueGap.number(c, Integer.toString(gap));
        f[8] = wordShape.number(ContentBoundaryFeatures.shape(words, to, i));
        f[9] = previousShape.number(ContentBoundaryFeatures.shape(words, to, i - 1));
        boolean that = false;
        boolean comma = false;
        for (int k = cue + 1; k < i; k++) {
            String skippedWord = words.get(k).lower();
            that |= skippedWord.equals("that");
            comma |= skippedWord.equals(",");
            f[FIXED_FEATURES + k - cue - 1] = skipped.number(skippedWord);
        }
        f[10] = thatBetween[that ? 1 : 0];
        f[11] = commaBetween[comma ? 1 : 0];
        f[12] = afterCue.number(c, ContentBoundaryFeatures.at(words, to, cue + 1));
        return model.yes(f, f.length);
    }
}
