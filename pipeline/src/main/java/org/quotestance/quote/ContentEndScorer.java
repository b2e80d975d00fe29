package org.quotestance.quote;

import java.util.Arrays;
import java.util.List;

import org.quotestance.text.Word;

/**
 * Scores the candidate ends of content with the end model from feature numbers ({@link IndexedGisModel}), not from
 * the strings of {@link ContentBoundaryFeatures.Ends#of}: the same features in the same order, so the same
 * probabilities. The words around the content are numbered once per content ({@link IndexedGisModel#value}); a
 * candidate's features are then found from those numbers, without building, hashing and comparing twenty
 * strings per candidate.
 */
final class ContentEndScorer {

    private static final int LONGEST_BUCKET = 21;
    /** The pair features a candidate finds in the model's table: n1n2, lastn1, cuen1, firstn1 and clausen1. */
    private static final int PAIRS = 5;

    private final IndexedGisModel model;
    private final int[] lengths;
    private final int[] toEnds;
    private final int[] atEnd;
    private final int[] commas;
    private final int[] commasAfter;
    private final int[] marksInside;
    private final int[] cueAhead;
    private final IndexedGisModel.Family last;
    private final IndexedGisModel.Family n1;
    private final IndexedGisModel.Family n2;
    private final IndexedGisModel.Family n3;
    private final IndexedGisModel.Family n1Suffix;
    private final IndexedGisModel.Family n2Suffix;
    private final IndexedGisModel.Family lastShape;
    private final IndexedGisModel.Family n1Shape;
    private final IndexedGisModel.Family n2Shape;
    private final IndexedGisModel.Family cue;
    private final IndexedGisModel.Family n1n2;
    private final IndexedGisModel.Family lastN1;
    private final IndexedGisModel.Family cueN1;
    private final IndexedGisModel.Family firstN1;
    private final IndexedGisModel.Family firstLength;
    private final IndexedGisModel.Family clauseN1;
    /** The numbers of the words "true" and "false" ("clausen1=true_" + n1) and of the length buckets. */
    private final int clause;
    private final int noClause;
    private final int[] bucketValues = new int[LONGEST_BUCKET + 1];
    private final WordShapeValues shapeValues;
    /** The shape and suffix families' features by kind. */
    private final int[] n1SuffixByKind;
    private final int[] n2SuffixByKind;
    private final int[] lastShapeByKind;
    private final int[] n1ShapeByKind;
    private final int[] n2ShapeByKind;

    ContentEndScorer(IndexedGisModel model) {
        this.model = model;
        lengths = buckets("len=");
        toEnds = buckets("toEnd=");
        atEnd = model.numbers("atEnd=", "false", "true");
        commas = model.numbers("commas=", "0", "1", "2", "3");
        commasAfter = model.numbers("commasAfter=", "0", "1", "2");
        marksInside = model.numbers("marksInside=", "0", "1");
        cueAhead = model.numbers("cueAhead=", "false", "true");
        last = model.wordFamily("last=");
        n1 = model.wordFamily("n1=");
        n2 = model.wordFamily("n2=");
        n3 = model.wordFamily("n3=");
        n1Suffix = model.family("n1suf=");
        n2Suffix = model.family("n2suf=");
        lastShape = model.family("lastshape=");
        n1Shape = model.family("n1shape=");
        n2Shape = model.family("n2shape=");
        cue = model.family("cue=");
        n1n2 = model.pairs("n1n2=");
        lastN1 = model.pairs("lastn1=");
        cueN1 = model.pairs("cuen1=");
        firstN1 = model.pairs("firstn1=");
        firstLength = model.pairs("firstlen=");
        clauseN1 = model.pairs("clausen1=");
        model.indexFamilies();
        clause = model.value("true");
        noClause = model.value("false");
        shapeValues = new WordShapeValues(model);
        n1SuffixByKind = shapeValues.bySuffixKind(n1Suffix);
        n2SuffixByKind = shapeValues.bySuffixKind(n2Suffix);
        lastShapeByKind = shapeValues.byShapeKind(lastShape);
        n1ShapeByKind = shapeValues.byShapeKind(n1Shape);
        n2ShapeByKind = shapeValues.byShapeKind(n2Shape);
        for (int n = 0; n <= LONGEST_BUCKET; n++) {
            bucketValues[n] = model.value(ContentBoundaryFeatures.lengthBucket(n));
        }
    }

    /**
     * The candidate ends up to {@code last} ({@code last <= to}) of content {@code words[from, …)} after the cue at
     * {@code words[cue]}, sentence end {@code to}.
     */
    Candidates candidates(List<Word> words, int cue, int from, int to, int last) {
        return new Candidates(words, cue, from, to, last);
    }

    /**
     * One content's candidate ends, with what every candidate needs made once: the numbers of the words from the
     * content's first to two past the sentence end (the edge), the kinds of their suffixes and shapes, the
     * numbers of the shapes of punctuation, and every candidate's pair features and "firstlen=", found in the
     * model's table together ({@link IndexedGisModel#findAll}).
     */
    final class Candidates {

        private final ContentBoundaryFeatures.Ends ends;
        private final int from;
        private final int to;
        private final int cueNumber;
        private final int cueValue;
        private final int firstValue;
        /** By the candidate's length (at most {@link #LONGEST_BUCKET}), the handle of its "firstlen=". */
        private final int[] firstLengths;
        /** {@link #PAIRS} handles a candidate, from the end at {@code from + 1} on. */
        private final int[] pairs;
        private final int[] lowers;
        private final int[] suffixKinds;
        private final int[] shapeKinds;
        private final int[] punctuation;
        private final int[] features = new int[23];

        private Candidates(List<Word> words, int cueAt, int from, int to, int last) {
            this.ends = new ContentBoundaryFeatures.Ends(words, cueAt, from, to);
            this.from = from;
            this.to = to;
            cueValue = model.value(words.get(cueAt).lower());
            cueNumber = cue.number(cueValue);
            firstValue = model.value(ContentBoundaryFeatures.at(words, to, from));
            lowers = new int[to - from + 3];
            suffixKinds = new int[to - from + 3];
            shapeKinds = new int[to - from + 3];
            punctuation = new int[to - from + 3];
            String[] lowerWords = new String[to - from + 3];
            for (int k = from; k < to + 3; k++) {
                String lower = ContentBoundaryFeatures.at(words, to, k);
                lowerWords[k - from] = lower;
                suffixKinds[k - from] = ContentBoundaryFeatures.suffixKind(lower);
                int kind = ContentBoundaryFeatures.shapeKind(words, to, k);
                shapeKinds[k - from] = kind;
                punctuation[k - from] = kind == ContentBoundaryFeatures.PUNCT ? shapeValues.punctuation(words, to, k)
                        : IndexedGisModel.UNKNOWN;
            }
            model.values(lowerWords, lowerWords.length, lowers);
            int count = Math.max(0, last - from);
            int lengthsAt = PAIRS * count;
            long[] keys = new long[lengthsAt + LONGEST_BUCKET + 1];
            for (int at = 1; at <= count; at++) {
                int next1 = lowers[at];
                int p = PAIRS * (at - 1);
                keys[p] = n1n2.key(next1, lowers[at + 1]);
                keys[p + 1] = lastN1.key(lowers[at - 1], next1);
                keys[p + 2] = cueN1.key(cueValue, next1);
                keys[p + 3] = firstN1.key(firstValue, next1);
                keys[p + 4] = clauseN1.key(ends.isClause(from + at) ? clause : noClause, next1);
            }
            for (int n = 1; n <= Math.min(count, LONGEST_BUCKET); n++) {
                keys[lengthsAt + n] = firstLength.key(firstValue, bucketValues[n]);
            }
            int[] handles = new int[keys.length];
            model.findAll(keys, keys.length, handles);
            pairs = handles;
            firstLengths = Arrays.copyOfRange(handles, lengthsAt, handles.length);
        }

        /** The probability that the content ends before {@code words[j]} ({@code from < j <= last}). */
        double yes(int j) {
            int at = j - from;
            int lastWord = lowers[at - 1];
            int next1 = lowers[at];
            int next2 = lowers[at + 1];
            int p = PAIRS * (at - 1);
            int[] f = features;
            f[0] = lengths[Math.min(at, LONGEST_BUCKET)];
            f[1] = last.number(lastWord);
            f[2] = n1.number(next1);
            f[3] = n2.number(next2);
            f[4] = pairs[p];
            f[5] = pairs[p + 1];
            f[6] = n2SuffixByKind[suffixKinds[at + 1]];
            f[7] = n1SuffixByKind[suffixKinds[at]];
            f[8] = shapeFeature(lastShapeByKind, lastShape, at - 1);
            f[9] = shapeFeature(n1ShapeByKind, n1Shape, at);
            f[10] = shapeFeature(n2ShapeByKind, n2Shape, at + 1);
            f[11] = atEnd[j == to ? 1 : 0];
            f[12] = commas[ends.commasBefore(j)];
            f[13] = commasAfter[ends.commasAfter(j)];
            f[14] = marksInside[ends.marksInside(j)];
            f[15] = cueAhead[ends.cueAhead(j) ? 1 : 0];
            f[16] = cueNumber;
            f[17] = pairs[p + 2];
            f[18] = toEnds[Math.min(to - j, LONGEST_BUCKET)];
            f[19] = n3.number(lowers[at + 2]);
            f[20] = pairs[p + 3];
            f[21] = firstLengths[Math.min(at, LONGEST_BUCKET)];
            f[22] = pairs[p + 4];
            return model.yes(f, f.length);
        }

        /** The feature of {@code family} over the shape of the word at {@code from + at}. */
        private int shapeFeature(int[] byKind, IndexedGisModel.Family family, int at) {
            int kind = shapeKinds[at];
            return kind == ContentBoundaryFeatures.PUNCT ? family.number(punctuation[at]) : byKind[kind];
        }
    }

    /** The numbers of {@code prefix + lengthBucket(n)} for n up to {@link #LONGEST_BUCKET} (all of ">20"). */
    private int[] buckets(String prefix) {
        int[] numbers = new int[LONGEST_BUCKET + 1];
        for (int n = 0; n <= LONGEST_BUCKET; n++) {
            numbers[n] = model.number(prefix + ContentBoundaryFeatures.lengthBucket(n));
        }
        return numbers;
    }
}
