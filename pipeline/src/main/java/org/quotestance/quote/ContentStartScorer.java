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
    /** The pair features a candidate finds in the model's table: p1w, cw, cp1, cgap and skip1w. */
    private static final int PAIRS = 5;

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
    /** The shape families' features by shape kind. */
    private final int[] wordShapeByKind;
    private final int[] previousShapeByKind;

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
        wordShapeByKind = shapeValues.byShapeKind(wordShape);
        previousShapeByKind = shapeValues.byShapeKind(previousShape);
    }

    /**
     * The candidate starts of content after the cue whose head word is {@code words[cue]}, sentence end {@code to}:
     * those up to {@code last} have their pair features found together when made, any later one when scored.
     */
    Candidates candidates(List<Word> words, int cue, int to, int last) {
        return new Candidates(words, cue, to, last);
    }

    /**
     * One cue's candidate starts, with what they share made once: the features of the cue and the word after it,
     * the numbers of the words from the cue on (a start at {@code i} skips every word between the cue and it), and
     * the pair features of the candidates up to the last one asked for, found in the model's table together
     * ({@link IndexedGisModel#findAll}).
     */
    final class Candidates {

        private final List<Word> words;
        private final int cue;
        private final int to;
        private final int cueValue;
        private final int afterCueNumber;
        /** From the cue on: the numbers of each word and of its feature "skip=" (UNSEEN until numbered). */
        private final int[] lowers;
        private final int[] skippedNumbers;
        private int[] features = new int[FIXED_FEATURES];
        private final int last;
        /** {@link #PAIRS} handles a candidate, from the start at {@code cue + 1} to {@code last}. */
        private final int[] pairs;
        private final long[] laterKeys = new long[PAIRS];
        private final int[] laterPairs = new int[PAIRS];

        private Candidates(List<Word> words, int cue, int to, int last) {
            this.words = words;
            this.cue = cue;
            this.to = to;
            // up to the sentence end, not the paragraph's: a one-line article is one paragraph of a million words
            int n = Math.max(0, Math.min(words.size(), to + 2) - cue) + 2;
            lowers = new int[n];
            skippedNumbers = new int[n];
            // the words the candidates up to the last one read, numbered together; any later one when asked
            String[] read = new String[Math.min(n, Math.max(last, cue) + 2 - cue)];
            for (int at = 0; at < read.length; at++) {
                read[at] = ContentBoundaryFeatures.at(words, to, cue + at);
            }
            model.values(read, read.length, lowers);
            Arrays.fill(lowers, read.length, n, UNSEEN);
            Arrays.fill(skippedNumbers, UNSEEN);
            cueValue = lowers[0];
            afterCueNumber = afterCue.number(cueValue, lower(cue + 1));
            this.last = last;
            int count = Math.max(0, last - cue);
            long[] keys = new long[PAIRS * count];
            for (int i = cue + 1; i <= last; i++) {
                pairKeys(i, keys, PAIRS * (i - cue - 1));
            }
            pairs = new int[keys.length];
            model.findAll(keys, keys.length, pairs);
        }

        /** The keys of the pair features of the start at {@code i} into {@code keys[at, at + PAIRS)}. */
        private void pairKeys(int i, long[] keys, int at) {
            int w = lower(i);
            int p1 = lower(i - 1);
            keys[at] = previousWord.key(p1, w);
            keys[at + 1] = cueWord.key(cueValue, w);
            keys[at + 2] = cuePrevious.key(cueValue, p1);
            keys[at + 3] = cueGap.key(cueValue, gapValues[Math.min(i - cue - 1, LONGEST_GAP)]);
            keys[at + 4] = i > cue + 1 ? firstSkippedWord.key(lower(cue + 1), w) : IndexedGisModel.NO_KEY;
        }

        /**
         * Where the pair features' handles of the start at {@code i} are: in {@link #pairs} from
         * {@code PAIRS * (i - cue - 1)} on for a start up to {@link #last}, else found now, from 0 on.
         */
        private int[] pairsOf(int i) {
            if (i <= last) {
                return pairs;
            }
            pairKeys(i, laterKeys, 0);
            model.findAll(laterKeys, PAIRS, laterPairs);
            return laterPairs;
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
            int[] handles = pairsOf(i);
            int p = i <= last ? PAIRS * (i - cue - 1) : 0;
            int[] f = features;
            f[0] = gaps[gap];
            f[1] = word.number(w);
            f[2] = previous.number(p1);
            f[3] = next.number(lower(i + 1));
            f[4] = handles[p];
            f[5] = handles[p + 1];
            f[6] = handles[p + 2];
            f[7] = handles[p + 3];
            f[8] = shapeFeature(wordShapeByKind, wordShape, i);
            f[9] = shapeFeature(previousShapeByKind, previousShape, i - 1);
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
            f[13] = handles[p + 4];
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

        /** The feature of {@code family} over the shape of the word at {@code k}. */
        private int shapeFeature(int[] byKind, IndexedGisModel.Family family, int k) {
            int kind = ContentBoundaryFeatures.shapeKind(words, to, k);
            return kind == ContentBoundaryFeatures.PUNCT ? family.number(shapeValues.punctuation(words, to, k))
                    : byKind[kind];
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
