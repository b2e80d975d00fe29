package org.quotestance.quote;

import java.util.Arrays;
import java.util.List;

import org.quotestance.text.Word;

/**
 * Scores the candidate starts of content with the start model from feature numbers ({@link IndexedGisModel}), as
 * {@link ContentEndScorer} scores ends: the features of {@link ContentBoundaryFeatures#start} in the same order, so
 * the same probabilities, found from the numbers of the words after the cue (each numbered once per cue), without
 * building and hashing their strings for every candidate.
 */
final class ContentStartScorer {

    private static final int LONGEST_GAP = 6;
    private static final int FIXED_FEATURES = 14;
    private static final int UNSEEN = Integer.MIN_VALUE;

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
    private final IndexedGisModel.Family firstSkippedWord;
    /** The numbers of the words "0" to "6" ("cgap=said_2"). */
    private final int[] gapValues = new int[LONGEST_GAP + 1];
    private final WordShapeValues shapeValues;

    ContentStartScorer(IndexedGisModel model) {
        this.model = model;
        gaps = new int[LONGEST_GAP + 1];
        for (int g = 0; g <= LONGEST_GAP; g++) {
            gaps[g] = model.number("gap=" + g);
        }
        thatBetween = model.numbers("thatBetween=", "false", "true");
        commaBetween = model.numbers("commaBetween=", "false", "true");
        word = model.wordFamily("w=");
        previous = model.wordFamily("p1=");
        next = model.wordFamily("n1=");
        wordShape = model.family("wshape=");
        previousShape = model.family("p1shape=");
        skipped = model.wordFamily("skip=");
        previousWord = model.pairs("p1w=");
        cueWord = model.pairs("cw=");
        cuePrevious = model.pairs("cp1=");
        cueGap = model.pairs("cgap=");
        afterCue = model.pairs("after=");
        firstSkippedWord = model.pairs("skip1w=");
        model.indexFamilies();
        for (int g = 0; g <= LONGEST_GAP; g++) {
            gapValues[g] = model.value(Integer.toString(g));
        }
        shapeValues = new WordShapeValues(model);
    }

    /** The candidate starts of content after the cue whose head word is {@code words[cue]}, sentence end {@code to}. */
    Candidates candidates(List<Word> words, int cue, int to) {
        return new Candidates(words, cue, to);
    }

    /**
     * One cue's candidate starts, with what they share made once: the features of the cue and the word after it,
     * and the numbers of the words from the cue on (a start at {@code i} skips every word between the cue and it).
     */
    final class Candidates {

        private final List<Word> words;
        private final int cue;
        private final int to;
        private final int cueValue;
        private final int afterCueNumber;
        /** From the cue on: the numbers of each word, of its shape, and of its feature "skip=" (UNSEEN until asked). */
        private final int[] lowers;
        private final int[] shapes;
        private final int[] skippedNumbers;
        private int[] features = new int[FIXED_FEATURES];

        private Candidates(List<Word> words, int cue, int to) {
            this.words = words;
            this.cue = cue;
            this.to = to;
            cueValue = model.value(words.get(cue).lower());
            int n = Math.max(0, words.size() - cue) + 2;
            lowers = new int[n];
            shapes = new int[n];
            skippedNumbers = new int[n];
            Arrays.fill(lowers, UNSEEN);
            Arrays.fill(shapes, UNSEEN);
            Arrays.fill(skippedNumbers, UNSEEN);
            afterCueNumber = afterCue.number(cueValue, lower(cue + 1));
        }

        /** The probability that the content starts at {@code words[i]} ({@code i > cue}). */
        double yes(int i) {
            int w = lower(i);
            int p1 = lower(i - 1);
            int gap = Math.min(i - cue - 1, LONGEST_GAP);
            int n = FIXED_FEATURES + i - cue - 1;
            if (features.length < n) {
                features = new int[n];
            }
            int[] f = features;
            f[0] = gaps[gap];
            f[1] = word.number(w);
            f[2] = previous.number(p1);
            f[3] = next.number(lower(i + 1));
            f[4] = previousWord.number(p1, w);
            f[5] = cueWord.number(cueValue, w);
            f[6] = cuePrevious.number(cueValue, p1);
            f[7] = cueGap.number(cueValue, gapValues[gap]);
            f[8] = wordShape.number(shape(i));
            f[9] = previousShape.number(shape(i - 1));
            boolean that = false;
            boolean comma = false;
            for (int k = cue + 1; k < i; k++) {
                String skippedWord = words.get(k).lower();
                that |= skippedWord.equals("that");
                comma |= skippedWord.equals(",");
                f[FIXED_FEATURES + k - cue - 1] = skippedNumber(k, skippedWord);
            }
            f[10] = thatBetween[that ? 1 : 0];
            f[11] = commaBetween[comma ? 1 : 0];
            f[12] = afterCueNumber;
            f[13] = i > cue + 1 ? firstSkippedWord.number(lower(cue + 1), w) : IndexedGisModel.UNKNOWN;
            return model.yes(f, n);
        }

        /** The number of the word at {@code k} ({@code k >= cue}), the edge's past the sentence end. */
        private int lower(int k) {
            int at = k - cue;
            if (lowers[at] == UNSEEN) {
                lowers[at] = model.value(ContentBoundaryFeatures.at(words, to, k));
            }
            return lowers[at];
        }

        private int shape(int k) {
            int at = k - cue;
            if (shapes[at] == UNSEEN) {
                shapes[at] = shapeValues.shape(words, to, k);
            }
            return shapes[at];
        }

        /** The feature "skip=" of the word at {@code k}. */
        private int skippedNumber(int k, String skippedWord) {
            int at = k - cue;
            if (skippedNumbers[at] == UNSEEN) {
                skippedNumbers[at] = skipped.number(model.value(skippedWord));
            }
            return skippedNumbers[at];
        }
    }
}
