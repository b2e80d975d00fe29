package org.quotestance.quote;

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
        for (int n = 0; n <= LONGEST_BUCKET; n++) {
            bucketValues[n] = model.value(ContentBoundaryFeatures.lengthBucket(n));
        }
    }

    /** The candidate ends of content {@code words[from, …)} after the cue at {@code words[cue]}, sentence end {@code to}. */
    Candidates candidates(List<Word> words, int cue, int from, int to) {
        return new Candidates(words, cue, from, to);
    }

    /**
     * One content's candidate ends, with what every candidate needs made once: the numbers of the words from the
     * content's first to two past the sentence end (the edge), of their suffixes and of their shapes.
     */
    final class Candidates {

        private final ContentBoundaryFeatures.Ends ends;
        private final int from;
        private final int to;
        private final int cueNumber;
        private final int cueValue;
        private final int firstValue;
        private final int[] firstLengths = new int[LONGEST_BUCKET + 1];
        private final int[] lowers;
        private final int[] suffixes;
        private final int[] shapes;
        private final int[] features = new int[23];

        private Candidates(List<Word> words, int cueAt, int from, int to) {
            this.ends = new ContentBoundaryFeatures.Ends(words, cueAt, from, to);
            this.from = from;
            this.to = to;
            cueValue = model.value(words.get(cueAt).lower());
            cueNumber = cue.number(cueValue);
            firstValue = model.value(ContentBoundaryFeatures.at(words, to, from));
            for (int n = 0; n <= LONGEST_BUCKET; n++) {
                firstLengths[n] = firstLength.number(firstValue, bucketValues[n]);
            }
            lowers = new int[to - from + 3];
            suffixes = new int[to - from + 3];
            shapes = new int[to - from + 3];
            for (int k = from; k < to + 3; k++) {
                String lower = ContentBoundaryFeatures.at(words, to, k);
                lowers[k - from] = model.value(lower);
                suffixes[k - from] = shapeValues.suffix(lower);
                shapes[k - from] = shapeValues.shape(words, to, k);
            }
        }

        /** The probability that the content ends before {@code words[j]} ({@code from < j <= to}). */
        double yes(int j) {
            int at = j - from;
            int lastWord = lowers[at - 1];
            int next1 = lowers[at];
            int next2 = lowers[at + 1];
            int[] f = features;
            f[0] = lengths[Math.min(at, LONGEST_BUCKET)];
            f[1] = last.number(lastWord);
            f[2] = n1.number(next1);
            f[3] = n2.number(next2);
            f[4] = n1n2.number(next1, next2);
            f[5] = lastN1.number(lastWord, next1);
            f[6] = n2Suffix.number(suffixes[at + 1]);
            f[7] = n1Suffix.number(suffixes[at]);
            f[8] = lastShape.number(shapes[at - 1]);
            f[9] = n1Shape.number(shapes[at]);
            f[10] = n2Shape.number(shapes[at + 1]);
            f[11] = atEnd[j == to ? 1 : 0];
            f[12] = commas[ends.commasBefore(j)];
            f[13] = commasAfter[ends.commasAfter(j)];
            f[14] = marksInside[ends.marksInside(j)];
            f[15] = cueAhead[ends.cueAhead(j) ? 1 : 0];
            f[16] = cueNumber;
            f[17] = cueN1.number(cueValue, next1);
            f[18] = toEnds[Math.min(to - j, LONGEST_BUCKET)];
            f[19] = n3.number(lowers[at + 2]);
            f[20] = firstN1.number(firstValue, next1);
            f[21] = firstLengths[Math.min(at, LONGEST_BUCKET)];
            f[22] = clauseN1.number(ends.isClause(j) ? clause : noClause, next1);
            return model.yes(f, f.length);
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
