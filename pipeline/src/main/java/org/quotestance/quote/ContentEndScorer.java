package org.quotestance.quote;

import java.util.List;

import org.quotestance.text.Word;

/**
 * Scores the candidate ends of content with the end model from feature numbers looked up once per model
 * ({@link IndexedGisModel}), not from the strings of {@link ContentBoundaryFeatures.Ends#of}: the same features
 * in the same order, so the same probabilities, without concatenating and hashing twenty strings per candidate.
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
    private final IndexedGisModel.Family objectN1;

    ContentEndScorer(IndexedGisModel model) {
        this.model = model;
        lengths = buckets("len=");
        toEnds = buckets("toEnd=");
        atEnd = model.numbers("atEnd=", "false", "true");
        commas = model.numbers("commas=", "0", "1", "2", "3");
        commasAfter = model.numbers("commasAfter=", "0", "1", "2");
        marksInside = model.numbers("marksInside=", "0", "1");
        cueAhead = model.numbers("cueAhead=", "false", "true");
        last = model.family("last=");
        n1 = model.family("n1=");
        n2 = model.family("n2=");
        n3 = model.family("n3=");
        n1Suffix = model.family("n1suf=");
        n2Suffix = model.family("n2suf=");
        lastShape = model.family("lastshape=");
        n1Shape = model.family("n1shape=");
        n2Shape = model.family("n2shape=");
        cue = model.family("cue=");
        n1n2 = model.family("n1n2=");
        lastN1 = model.family("lastn1=");
        cueN1 = model.family("cuen1=");
        firstN1 = model.family("firstn1=");
        firstLength = model.family("firstlen=");
        clauseN1 = model.family("clausen1=true_");
        objectN1 = model.family("clausen1=false_");
    }

    /** The candidate ends of content {@code words[from, …)} after the cue at {@code words[cue]}, sentence end {@code to}. */
    Candidates candidates(List<Word> words, int cue, int from, int to) {
        return new Candidates(words, cue, from, to);
    }

    /** One content's candidate ends, with what every candidate needs made once. */
    final class Candidates {

        private final List<Word> words;
        private final ContentBoundaryFeatures.Ends ends;
        private final int from;
        private final int to;
        private final int cueNumber;
        private final IndexedGisModel.Family afterCue;
        private final IndexedGisModel.Family afterFirst;
        private final int[] firstLengths = new int[LONGEST_BUCKET + 1];
        private final String[] shapes;
        private final int[] features = new int[23];

        private Candidates(List<Word> words, int cueAt, int from, int to) {
            this.words = words;
            this.ends = new ContentBoundaryFeatures.Ends(words, cueAt, from, to);
            this.from = from;
            this.to = to;
            String cueWord = words.get(cueAt).lower();
            cueNumber = cue.number(cueWord);
            afterCue = cueN1.then(cueWord);
            String first = ContentBoundaryFeatures.at(words, to, from);
            afterFirst = firstN1.then(first);
            for (int n = 0; n <= LONGEST_BUCKET; n++) {
                firstLengths[n] = firstLength.number(first, ContentBoundaryFeatures.lengthBucket(n));
            }
            shapes = new String[to - from + 3];
            for (int k = from; k < to + 3; k++) {
                shapes[k - from] = ContentBoundaryFeatures.shape(words, to, k);
            }
        }

        /** The probability that the content ends before {@code words[j]} ({@code from < j <= to}). */
        double yes(int j) {
            String lastWord = words.get(j - 1).lower();
            String next1 = ContentBoundaryFeatures.at(words, to, j);
            String next2 = ContentBoundaryFeatures.at(words, to, j + 1);
            int[] f = features;
            f[0] = lengths[Math.min(j - from, LONGEST_BUCKET)];
            f[1] = last.number(lastWord);
            f[2] = n1.number(next1);
            f[3] = n2.number(next2);
            f[4] = n1n2.number(next1, next2);
            f[5] = lastN1.number(lastWord, next1);
            f[6] = n2Suffix.number(ContentBoundaryFeatures.suffix(next2));
            f[7] = n1Suffix.number(ContentBoundaryFeatures.suffix(next1));
            f[8] = lastShape.number(shapes[j - 1 - from]);
            f[9] = n1Shape.number(shapes[j - from]);
            f[10] = n2Shape.number(shapes[j + 1 - from]);
            f[11] = atEnd[j == to ? 1 : 0];
            f[12] = commas[ends.commasBefore(j)];
            f[13] = commasAfter[ends.commasAfter(j)];
            f[14] = marksInside[ends.marksInside(j)];
            f[15] = cueAhead[ends.cueAhead(j) ? 1 : 0];
            f[16] = cueNumber;
            f[17] = afterCue.number(next1);
            f[18] = toEnds[Math.min(to - j, LONGEST_BUCKET)];
            f[19] = n3.number(ContentBoundaryFeatures.at(words, to, j + 2));
            f[20] = afterFirst.number(next1);
            f[21] = firstLengths[Math.min(j - from, LONGEST_BUCKET)];
            f[22] = (ends.isClause(j) ? clauseN1 : objectN1).number(next1);
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
