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
    private static final String[] GAP_NAMES = {"0", "1", "2", "3", "4", "5", "6"};

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

    /** The candidate starts of content after the cue whose head word is {@code words[cue]}, sentence end {@code to}. */
    Candidates candidates(List<Word> words, int cue, int to) {
        return new Candidates(words, cue, to);
    }

    /**
     * One cue's candidate starts, with what they share made once: the features of the cue and the word after it,
     * and each skipped word's number (a start at {@code i} skips every word between the cue and it).
     */
    final class Candidates {

        private final List<Word> words;
        private final int cue;
        private final int to;
        private final String cueLower;
        private final int afterCueNumber;
        private final int[] skippedNumbers;
        private int skippedKnown;
        private int[] features = new int[FIXED_FEATURES];

        private Candidates(List<Word> words, int cue, int to) {
            this.words = words;
            this.cue = cue;
            this.to = to;
            cueLower = words.get(cue).lower();
            afterCueNumber = afterCue.number(cueLower, ContentBoundaryFeatures.at(words, to, cue + 1));
            skippedNumbers = new int[Math.max(0, words.size() - cue - 1)];
        }

        /** The probability that the content starts at {@code words[i]} ({@code i > cue}). */
        double yes(int i) {
            String w = ContentBoundaryFeatures.at(words, to, i);
            String p1 = ContentBoundaryFeatures.at(words, to, i - 1);
            int gap = Math.min(i - cue - 1, LONGEST_GAP);
            int n = FIXED_FEATURES + i - cue - 1;
            if (features.length < n) {
                features = new int[n];
            }
            int[] f = features;
            f[0] = gaps[gap];
            f[1] = word.number(w);
            f[2] = previous.number(p1);
            f[3] = next.number(ContentBoundaryFeatures.at(words, to, i + 1));
            f[4] = previousWord.number(p1, w);
            f[5] = cueWord.number(cueLower, w);
            f[6] = cuePrevious.number(cueLower, p1);
            f[7] = cueGap.number(cueLower, GAP_NAMES[gap]);
            f[8] = wordShape.number(ContentBoundaryFeatures.shape(words, to, i));
            f[9] = previousShape.number(ContentBoundaryFeatures.shape(words, to, i - 1));
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
            return model.yes(f, n);
        }

        private int skippedNumber(int k, String skippedWord) {
            int at = k - cue - 1;
            if (at >= skippedKnown) {
                skippedNumbers[at] = skipped.number(skippedWord);
                skippedKnown = at + 1;
            }
            return skippedNumbers[at];
        }
    }
}
