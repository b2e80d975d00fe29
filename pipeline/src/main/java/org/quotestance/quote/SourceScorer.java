package org.quotestance.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quotestance.text.Word;

import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores source candidates with the source model from feature numbers ({@link IndexedGisModel}): the features of
 * {@link SourceFeatures#of} in the same order, so the same probabilities, without building some twenty strings per
 * candidate and hashing and comparing them. The features with few values (sides, distance buckets, the four
 * mention types) are numbered once; the words around a candidate are numbered once per cue. Every mention the
 * parsers make has one of the four types and a kind; one without is refused, since its features (named by a type
 * the scorer has not numbered) cannot be found by number.
 */
final class SourceScorer {

    private static final String[] SIDES = SourceFeatures.SIDES.toArray(String[]::new);
    private static final String[] CONTENT_SIDES = SourceFeatures.CONTENT_SIDES.toArray(String[]::new);
    private static final String[] BUCKETS = SourceFeatures.BUCKETS.toArray(String[]::new);
    private static final String[] FORMS = SourceFeatures.FORMS.toArray(String[]::new);
    private static final String[] RANKS = SourceFeatures.RANKS.toArray(String[]::new);
    private static final String[] TYPES = { "NAME", "NOMINAL", "PRONOUN", "ORGANIZATION" };
    private static final int MOST_FEATURES = 28;
    private static final int UNNUMBERED = Integer.MIN_VALUE;

    /** The numbers of the features that name the mention type. */
    private record TypeNumbers(int type, int[] sideType, int[] opensWords, int ruleChoice, int nearestBefore) {
    }

    private final IndexedGisModel model;
    private final Map<String, TypeNumbers> types = new HashMap<>();
    private final int[] side;
    private final int[] distance;
    private final int[][] sideDistance = new int[SIDES.length][];
    private final int[] content;
    private final int[] length;
    private final int[][] formRank = new int[FORMS.length][];
    private final int opensSentence;
    private final int ruleChoice;
    private final int subjectPhrase;
    private final int nearestBefore;
    private final int nearestAfter;
    private final IndexedGisModel.Family kind;
    private final IndexedGisModel.Family cueWord;
    private final IndexedGisModel.Family cueSide;
    private final IndexedGisModel.Family previous;
    private final IndexedGisModel.Family next;
    private final IndexedGisModel.Family previousSide;
    private final IndexedGisModel.Family nextSide;
    private final IndexedGisModel.Family previous2;
    private final IndexedGisModel.Family first;
    private final IndexedGisModel.Family last;
    private final IndexedGisModel.Family cuePreviousRank;
    private final IndexedGisModel.Family cuePreviousFormRank;
    /** The numbers of the words "before", "after", "at", "leftmost", "inner", "&lt;s&gt;", "&lt;/s&gt;". */
    private final int[] sideValue;
    private final int[] rankValue;
    private final int sentenceStart;
    private final int sentenceEnd;
    /** The numbers of "form/rank/side" (the second word of "cue_prev_form_rank="), by form, rank and side. */
    private final int[][][] formRankSideValue = new int[FORMS.length][RANKS.length][SIDES.length];

    SourceScorer(MaxentModel gis) {
        this(GisParameters.of(gis));
    }

    SourceScorer(GisParameters gis) {
        model = new IndexedGisModel(gis, SourceModel.SOURCE);
        for (String t : TYPES) {
            int[] sideType = new int[SIDES.length];
            for (int s = 0; s < SIDES.length; s++) {
                sideType[s] = model.number(SourceFeatures.SIDE_TYPE + SIDES[s] + t);
            }
            String[] lengthType = Arrays.stream(BUCKETS).map(b -> b + t).toArray(String[]::new);
            types.put(t, new TypeNumbers(model.number(SourceFeatures.TYPE + t), sideType,
                    model.numbers(SourceFeatures.OPENS_SENTENCE_LENGTH, lengthType),
                    model.number(SourceFeatures.RULE_CHOICE_TYPE + t),
                    model.number(SourceFeatures.NEAREST_BEFORE_TYPE + t)));
        }
        side = model.numbers(SourceFeatures.SIDE, SIDES);
        distance = model.numbers(SourceFeatures.DISTANCE, BUCKETS);
        for (int s = 0; s < SIDES.length; s++) {
            sideDistance[s] = model.numbers(SourceFeatures.SIDE_DISTANCE + SIDES[s], BUCKETS);
        }
        content = model.numbers(SourceFeatures.CONTENT, CONTENT_SIDES);
        length = model.numbers(SourceFeatures.LENGTH, BUCKETS);
        for (int f = 0; f < FORMS.length; f++) {
            formRank[f] = model.numbers(SourceFeatures.CUE_FORM_RANK + FORMS[f] + SourceFeatures.PART, RANKS);
        }
        opensSentence = model.number(SourceFeatures.OPENS_SENTENCE);
        ruleChoice = model.number(SourceFeatures.RULE_CHOICE);
        subjectPhrase = model.number(SourceFeatures.SUBJECT_PHRASE);
        nearestBefore = model.number(SourceFeatures.NEAREST_BEFORE);
        nearestAfter = model.number(SourceFeatures.NEAREST_AFTER);
        kind = model.family(SourceFeatures.KIND);
        cueWord = model.family(SourceFeatures.CUE);
        cueSide = model.pairs(SourceFeatures.CUE_SIDE, SourceFeatures.PART);
        previous = model.family(SourceFeatures.PREVIOUS);
        next = model.family(SourceFeatures.NEXT);
        previousSide = model.pairs(SourceFeatures.PREVIOUS_SIDE, SourceFeatures.PART);
        nextSide = model.pairs(SourceFeatures.NEXT_SIDE, SourceFeatures.PART);
        previous2 = model.pairs(SourceFeatures.PREVIOUS2, SourceFeatures.WORD_PAIR);
        first = model.family(SourceFeatures.FIRST);
        last = model.family(SourceFeatures.LAST);
        cuePreviousRank = model.pairs(SourceFeatures.CUE_PREVIOUS_RANK, SourceFeatures.PART);
        cuePreviousFormRank = model.pairs(SourceFeatures.CUE_PREVIOUS_FORM_RANK, SourceFeatures.PART);
        model.indexFamilies();
        sideValue = Arrays.stream(SIDES).mapToInt(model::value).toArray();
        rankValue = Arrays.stream(RANKS).mapToInt(model::value).toArray();
        sentenceStart = model.value(SourceFeatures.SENTENCE_START);
        sentenceEnd = model.value(SourceFeatures.SENTENCE_END);
        for (int f = 0; f < FORMS.length; f++) {
            for (int r = 0; r < RANKS.length; r++) {
                for (int s = 0; s < SIDES.length; s++) {
                    formRankSideValue[f][r][s] = model.value(
                            FORMS[f] + SourceFeatures.PART + RANKS[r] + SourceFeatures.PART + SIDES[s]);
                }
            }
        }
    }

    /**
     * The probability that each candidate is the source of the cue at {@code cue} (content
     * {@code [contentFrom, contentTo)}) in the sentence {@code words[from, to)}, in the candidates' order.
     */
    double[] sourceProbabilities(List<Word> words, int from, int to, int cue, int contentFrom, int contentTo,
            List<SourceCandidates.Candidate> found) {
        SourceModel.Ranks ranks = SourceModel.Ranks.of(found, cue);
        Cue c = new Cue(words, from, to, cue);
        double[] p = new double[found.size()];
        int[] f = new int[MOST_FEATURES];
        FamilyKeys keys = new FamilyKeys();
        for (int i = 0; i < found.size(); i++) {
            SourceCandidates.Candidate candidate = found.get(i);
            boolean isNearestBefore = i == ranks.nearestBefore();
            boolean isNearestAfter = i == ranks.nearestAfter();
            boolean isLeftmost = i == ranks.leftmost();
            TypeNumbers type = types.get(candidate.mention().mentionType());
            if (type == null || candidate.mention().kind() == null) {
                throw new IllegalArgumentException("a source candidate's mention type is none of "
                        + String.join(", ", TYPES) + " or it has no kind: " + candidate.mention());
            }
            int kindValue = model.value(candidate.mention().kind());
            int n = features(c, candidate, type, kindValue, contentFrom, contentTo, isNearestBefore, isNearestAfter,
                    isLeftmost, f, keys);
            keys.findInto(f);
            p[i] = model.yes(f, n);
        }
        return p;
    }

    /**
     * Fills {@code f} with the numbers of the candidate's features in {@link SourceFeatures#of}'s order, but for its
     * family features, whose keys and places go to {@code keys}; returns how many.
     */
    private int features(Cue c, SourceCandidates.Candidate candidate, TypeNumbers type, int kindValue, int contentFrom,
            int contentTo, boolean isNearestBefore, boolean isNearestAfter, boolean isLeftmost, int[] f,
            FamilyKeys keys) {
        int firstWord = candidate.firstWord();
        int endWord = candidate.endWord();
        int s = SourceFeatures.sideIndex(firstWord, endWord, c.cue);
        int d = SourceFeatures.bucketIndex(SourceFeatures.distance(firstWord, endWord, c.cue));
        int wordsBucket = SourceFeatures.bucketIndex(endWord - firstWord);
        int prev = firstWord > c.from ? c.value(firstWord - 1) : sentenceStart;
        int nextWord = endWord < c.to ? c.value(endWord) : sentenceEnd;
        int rank = SourceFeatures.rankIndex(isLeftmost);
        keys.clear();
        int n = 0;
        f[n++] = type.type();
        n = keys.add(n, kind.key(kindValue));
        f[n++] = side[s];
        f[n++] = distance[d];
        f[n++] = sideDistance[s][d];
        f[n++] = type.sideType()[s];
        n = keys.add(n, cueWord.key(c.word));
        n = keys.add(n, cueSide.key(c.word, sideValue[s]));
        f[n++] = content[SourceFeatures.contentIndex(firstWord, endWord, contentFrom, contentTo)];
        n = keys.add(n, previous.key(prev));
        n = keys.add(n, next.key(nextWord));
        n = keys.add(n, previousSide.key(prev, sideValue[s]));
        n = keys.add(n, nextSide.key(nextWord, sideValue[s]));
        n = keys.add(n, previous2.key(firstWord > c.from + 1 ? c.value(firstWord - 2) : sentenceStart, prev));
        f[n++] = length[wordsBucket];
        n = keys.add(n, first.key(c.value(firstWord)));
        n = keys.add(n, last.key(c.value(endWord - 1)));
        f[n++] = formRank[c.form][rank];
        n = keys.add(n, cuePreviousRank.key(c.previous, rankValue[rank]));
        n = keys.add(n, cuePreviousFormRank.key(c.previous, formRankSideValue[c.form][rank][s]));
        if (firstWord == c.from) {
            f[n++] = opensSentence;
            f[n++] = type.opensWords()[wordsBucket];
        }
        if (candidate.ruleChoice()) {
            f[n++] = ruleChoice;
            f[n++] = type.ruleChoice();
        }
        if (candidate.phrase()) {
            f[n++] = subjectPhrase;
        }
        if (isNearestBefore) {
            f[n++] = nearestBefore;
            f[n++] = type.nearestBefore();
        }
        if (isNearestAfter) {
            f[n++] = nearestAfter;
        }
        return n;
    }

    /**
     * The keys of a candidate's family features and their places among its features, found in the model's table
     * together ({@link IndexedGisModel#findAll}) once all are known.
     */
    private final class FamilyKeys {

        private final long[] keys = new long[MOST_FEATURES];
        private final int[] places = new int[MOST_FEATURES];
        private final int[] handles = new int[MOST_FEATURES];
        private int count;

        void clear() {
            count = 0;
        }

        /** Files {@code key} for place {@code at}; returns the place after it. */
        int add(int at, long key) {
            keys[count] = key;
            places[count++] = at;
            return at + 1;
        }

        /** Puts each filed feature's handle at its place in {@code f}. */
        void findInto(int[] f) {
            model.findAll(keys, count, handles);
            for (int k = 0; k < count; k++) {
                f[places[k]] = handles[k];
            }
        }
    }

    /** A cue in its sentence: the numbers of its word, of the word before it, its form, and of the sentence's words. */
    private final class Cue {

        private final List<Word> words;
        private final int from;
        private final int to;
        private final int cue;
        private final int word;
        private final int previous;
        private final int form;
        private final int[] values;

        Cue(List<Word> words, int from, int to, int cue) {
            this.words = words;
            this.from = from;
            this.to = to;
            this.cue = cue;
            values = new int[to - from];
            Arrays.fill(values, UNNUMBERED);
            word = value(cue);
            previous = cue > from ? value(cue - 1) : sentenceStart;
            form = SourceFeatures.formIndex(words.get(cue).lower());
        }

        /** The number of {@code words[i]}'s lower case (the rules' choice may stand outside the sentence). */
        int value(int i) {
            if (i < from || i >= to) {
                return model.value(words.get(i).lower());
            }
            int v = values[i - from];
            if (v == UNNUMBERED) {
                v = model.value(words.get(i).lower());
                values[i - from] = v;
            }
            return v;
        }
    }
}
