package org.quotestance.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quotestance.speaker.MentionCandidate;
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

    private static final String[] SIDES = { "before", "after", "at" };
    private static final int BEFORE = 0;
    private static final int AFTER = 1;
    private static final int AT = 2;
    private static final String[] CONTENT_SIDES = { "before", "after", "inside" };
    private static final String[] BUCKETS = { "0", "1", "2", "3", "4-6", "7-12", "13+" };
    private static final String[] FORMS = { "ing", "ed", "s", "-" };
    private static final String[] RANKS = { "leftmost", "inner" };
    private static final String[] TYPES = { "NAME", "NOMINAL", "PRONOUN", "ORGANIZATION" };
    private static final int MOST_FEATURES = 28;
    private static final int UNNUMBERED = Integer.MIN_VALUE;

    /** The numbers of the features that name the mention type. */
    private record TypeNumbers(int type, int[] sideType, int[] opensWords, int ruleChoice, int nearestBefore) {
    }

    private final int sourceIndex;
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
        sourceIndex = gis.getIndex(SourceModel.SOURCE);
        model = new IndexedGisModel(gis);
        for (String t : TYPES) {
            int[] sideType = new int[SIDES.length];
            for (int s = 0; s < SIDES.length; s++) {
                sideType[s] = model.number("side_type=" + SIDES[s] + t);
            }
            types.put(t, new TypeNumbers(model.number("type=" + t), sideType,
                    model.numbers("opens_sentence_words=", Arrays.stream(BUCKETS).map(b -> b + t).toArray(String[]::new)),
                    model.number("rule_choice_type=" + t), model.number("nearest_before_type=" + t)));
        }
        side = model.numbers("side=", SIDES);
        distance = model.numbers("dist=", BUCKETS);
        for (int s = 0; s < SIDES.length; s++) {
            sideDistance[s] = model.numbers("side_dist=" + SIDES[s], BUCKETS);
        }
        content = model.numbers("content=", CONTENT_SIDES);
        length = model.numbers("words=", BUCKETS);
        for (int f = 0; f < FORMS.length; f++) {
            formRank[f] = model.numbers("cue_form_rank=" + FORMS[f] + "/", RANKS);
        }
        opensSentence = model.number("opens_sentence");
        ruleChoice = model.number("rule_choice");
        subjectPhrase = model.number("subject_phrase");
        nearestBefore = model.number("nearest_before");
        nearestAfter = model.number("nearest_after");
        kind = model.family("kind=");
        cueWord = model.family("cue=");
        cueSide = model.pairs("cue_side=", '/');
        previous = model.family("prev=");
        next = model.family("next=");
        previousSide = model.pairs("prev_side=", '/');
        nextSide = model.pairs("next_side=", '/');
        previous2 = model.pairs("prev2=");
        first = model.family("first=");
        last = model.family("last=");
        cuePreviousRank = model.pairs("cue_prev_rank=", '/');
        cuePreviousFormRank = model.pairs("cue_prev_form_rank=", '/');
        model.indexFamilies();
        sideValue = Arrays.stream(SIDES).mapToInt(model::value).toArray();
        rankValue = Arrays.stream(RANKS).mapToInt(model::value).toArray();
        sentenceStart = model.value("<s>");
        sentenceEnd = model.value("</s>");
        for (int f = 0; f < FORMS.length; f++) {
            for (int r = 0; r < RANKS.length; r++) {
                for (int s = 0; s < SIDES.length; s++) {
                    formRankSideValue[f][r][s] = model.value(FORMS[f] + "/" + RANKS[r] + "/" + SIDES[s]);
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
                    isLeftmost, f);
            p[i] = model.probabilities(f, n)[sourceIndex];
        }
        return p;
    }

    /** Fills {@code f} with the numbers of the candidate's features in {@link SourceFeatures#of}'s order; returns how many. */
    private int features(Cue c, SourceCandidates.Candidate candidate, TypeNumbers type, int kindValue, int contentFrom,
            int contentTo, boolean isNearestBefore, boolean isNearestAfter, boolean isLeftmost, int[] f) {
        int firstWord = candidate.firstWord();
        int endWord = candidate.endWord();
        boolean before = endWord <= c.cue;
        int s = before ? BEFORE : firstWord > c.cue ? AFTER : AT;
        int d = bucket(before ? c.cue - endWord : Math.max(0, firstWord - c.cue - 1));
        int prev = firstWord > c.from ? c.value(firstWord - 1) : sentenceStart;
        int nextWord = endWord < c.to ? c.value(endWord) : sentenceEnd;
        int rank = isLeftmost ? 0 : 1;
        int n = 0;
        f[n++] = type.type();
        f[n++] = kind.number(kindValue);
        f[n++] = side[s];
        f[n++] = distance[d];
        f[n++] = sideDistance[s][d];
        f[n++] = type.sideType()[s];
        f[n++] = cueWord.number(c.word);
        f[n++] = cueSide.number(c.word, sideValue[s]);
        f[n++] = content[endWord <= contentFrom ? 0 : firstWord >= contentTo ? 1 : 2];
        f[n++] = previous.number(prev);
        f[n++] = next.number(nextWord);
        f[n++] = previousSide.number(prev, sideValue[s]);
        f[n++] = nextSide.number(nextWord, sideValue[s]);
        f[n++] = previous2.number(firstWord > c.from + 1 ? c.value(firstWord - 2) : sentenceStart, prev);
        f[n++] = length[bucket(endWord - firstWord)];
        f[n++] = first.number(c.value(firstWord));
        f[n++] = last.number(c.value(endWord - 1));
        f[n++] = formRank[c.form][rank];
        f[n++] = cuePreviousRank.number(c.previous, rankValue[rank]);
        f[n++] = cuePreviousFormRank.number(c.previous, formRankSideValue[c.form][rank][s]);
        if (firstWord == c.from) {
            f[n++] = opensSentence;
            f[n++] = type.opensWords()[bucket(endWord - firstWord)];
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

    /** The index in {@link #BUCKETS} of {@code n}, as {@link SourceFeatures} buckets it. */
    private static int bucket(int n) {
        return n <= 3 ? n : n <= 6 ? 4 : n <= 12 ? 5 : 6;
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
            String lower = words.get(cue).lower();
            form = lower.endsWith("ing") ? 0 : lower.endsWith("ed") ? 1 : lower.endsWith("s") ? 2 : 3;
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
