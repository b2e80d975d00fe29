package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.quotestance.text.Word;

/**
 * What the source model sees of a candidate source mention: its kind (name, organisation, nominal, pronoun),
 * where it stands relative to the cue and the content and how far, the words around it ("according to X",
 * "by X", "said X", "X's"), whether it opens the sentence, and whether the rules or the subject phrase chose it.
 * The feature names, value lists and bucketing below are shared with {@link SourceScorer}, which numbers the
 * same features.
 */
final class SourceFeatures {

    static final String TYPE = "type=";
    static final String KIND = "kind=";
    static final String SIDE = "side=";
    static final String DISTANCE = "dist=";
    static final String SIDE_DISTANCE = "side_dist=";
    static final String SIDE_TYPE = "side_type=";
    static final String CUE = "cue=";
    static final String CUE_SIDE = "cue_side=";
    static final String CONTENT = "content=";
    static final String PREVIOUS = "prev=";
    static final String NEXT = "next=";
    static final String PREVIOUS_SIDE = "prev_side=";
    static final String NEXT_SIDE = "next_side=";
    static final String PREVIOUS2 = "prev2=";
    static final String LENGTH = "words=";
    static final String FIRST = "first=";
    static final String LAST = "last=";
    static final String CUE_FORM_RANK = "cue_form_rank=";
    static final String CUE_PREVIOUS_RANK = "cue_prev_rank=";
    static final String CUE_PREVIOUS_FORM_RANK = "cue_prev_form_rank=";
    static final String OPENS_SENTENCE = "opens_sentence";
    static final String OPENS_SENTENCE_LENGTH = "opens_sentence_words=";
    static final String RULE_CHOICE = "rule_choice";
    static final String RULE_CHOICE_TYPE = "rule_choice_type=";
    static final String SUBJECT_PHRASE = "subject_phrase";
    static final String NEAREST_BEFORE = "nearest_before";
    static final String NEAREST_BEFORE_TYPE = "nearest_before_type=";
    static final String NEAREST_AFTER = "nearest_after";

    /** Joins the parts of a compound value ("said/before"); {@link #PREVIOUS2}'s two words use {@link #WORD_PAIR}. */
    static final char PART = '/';
    static final char WORD_PAIR = '_';
    static final String SENTENCE_START = "<s>";
    static final String SENTENCE_END = "</s>";

    /** Where a candidate stands relative to the cue, indexed by {@link #BEFORE}, {@link #AFTER}, {@link #AT}. */
    static final List<String> SIDES = List.of("before", "after", "at");
    static final int BEFORE = 0;
    static final int AFTER = 1;
    static final int AT = 2;
    /** Where a candidate stands relative to the content, indexed by {@link #contentIndex}. */
    static final List<String> CONTENT_SIDES = List.of("before", "after", "inside");
    /** The largest count in each bucket but the last, which is open-ended; {@link #BUCKETS} names them. */
    private static final int[] BUCKET_TOPS = { 0, 1, 2, 3, 6, 12 };
    static final List<String> BUCKETS = List.of("0", "1", "2", "3", "4-6", "7-12", "13+");
    /** The cue's form by its ending, tried in this order; {@link #NO_FORM} when none fits. */
    private static final List<String> FORM_ENDINGS = List.of("ing", "ed", "s");
    private static final String NO_FORM = "-";
    static final List<String> FORMS = Stream.concat(FORM_ENDINGS.stream(), Stream.of(NO_FORM)).toList();
    /** Whether the candidate is the sentence's leftmost, indexed by {@link #rankIndex}. */
    static final List<String> RANKS = List.of("leftmost", "inner");

    private SourceFeatures() {
    }

    /** The attribution's cue at {@code cue}, content {@code [contentFrom, contentTo)}, in sentence {@code [from, to)}. */
    static String[] of(List<Word> words, int from, int to, int cue, int contentFrom, int contentTo,
            SourceCandidates.Candidate c, boolean nearestBefore, boolean nearestAfter, boolean leftmost) {
        List<String> f = new ArrayList<>();
        String type = c.mention().mentionType();
        String kind = c.mention().kind();
        int sideIndex = sideIndex(c.firstWord(), c.endWord(), cue);
        String side = SIDES.get(sideIndex);
        String distance = BUCKETS.get(bucketIndex(distance(c.firstWord(), c.endWord(), cue)));
        String length = BUCKETS.get(bucketIndex(c.endWord() - c.firstWord()));
        String cueWord = words.get(cue).lower();
        f.add(TYPE + type);
        f.add(KIND + kind);
        f.add(SIDE + side);
        f.add(DISTANCE + distance);
        f.add(SIDE_DISTANCE + side + distance);
        f.add(SIDE_TYPE + side + type);
        f.add(CUE + cueWord);
        f.add(CUE_SIDE + cueWord + PART + side);
        f.add(CONTENT + CONTENT_SIDES.get(contentIndex(c.firstWord(), c.endWord(), contentFrom, contentTo)));
        String prev = c.firstWord() > from ? words.get(c.firstWord() - 1).lower() : SENTENCE_START;
        String next = c.endWord() < to ? words.get(c.endWord()).lower() : SENTENCE_END;
        f.add(PREVIOUS + prev);
        f.add(NEXT + next);
        f.add(PREVIOUS_SIDE + prev + PART + side);
        f.add(NEXT_SIDE + next + PART + side);
        f.add(PREVIOUS2 + (c.firstWord() > from + 1 ? words.get(c.firstWord() - 2).lower() : SENTENCE_START)
                + WORD_PAIR + prev);
        f.add(LENGTH + length);
        f.add(FIRST + words.get(c.firstWord()).lower());
        f.add(LAST + words.get(c.endWord() - 1).lower());
        // "X did this, promising …", "X did this and downplayed …": a participle or a second verb takes the
        // subject of the sentence's first clause
        String form = FORMS.get(formIndex(cueWord));
        String beforeCue = cue > from ? words.get(cue - 1).lower() : SENTENCE_START;
        String rank = RANKS.get(rankIndex(leftmost));
        f.add(CUE_FORM_RANK + form + PART + rank);
        f.add(CUE_PREVIOUS_RANK + beforeCue + PART + rank);
        f.add(CUE_PREVIOUS_FORM_RANK + beforeCue + PART + form + PART + rank + PART + side);
        if (c.firstWord() == from) {
            f.add(OPENS_SENTENCE);
            f.add(OPENS_SENTENCE_LENGTH + length + type);
        }
        if (c.ruleChoice()) {
            f.add(RULE_CHOICE);
            f.add(RULE_CHOICE_TYPE + type);
        }
        if (c.phrase()) {
            f.add(SUBJECT_PHRASE);
        }
        if (nearestBefore) {
            f.add(NEAREST_BEFORE);
            f.add(NEAREST_BEFORE_TYPE + type);
        }
        if (nearestAfter) {
            f.add(NEAREST_AFTER);
        }
        return f.toArray(String[]::new);
    }

    /** The index in {@link #SIDES} of words {@code [firstWord, endWord)} relative to the cue at {@code cue}. */
    static int sideIndex(int firstWord, int endWord, int cue) {
        return endWord <= cue ? BEFORE : firstWord > cue ? AFTER : AT;
    }

    /** The words between words {@code [firstWord, endWord)} and the cue at {@code cue}; 0 when they hold it. */
    static int distance(int firstWord, int endWord, int cue) {
        return endWord <= cue ? cue - endWord : Math.max(0, firstWord - cue - 1);
    }

    /**
     * The index in {@link #CONTENT_SIDES} of words {@code [firstWord, endWord)} relative to the content
     * {@code [contentFrom, contentTo)}.
     */
    static int contentIndex(int firstWord, int endWord, int contentFrom, int contentTo) {
        return endWord <= contentFrom ? 0 : firstWord >= contentTo ? 1 : 2;
    }

    /** The index in {@link #BUCKETS} of the count {@code n} (not negative). */
    static int bucketIndex(int n) {
        int i = 0;
        while (i < BUCKET_TOPS.length && n > BUCKET_TOPS[i]) {
            i++;
        }
        return i;
    }

    /** The index in {@link #FORMS} of the lower-cased cue word {@code cue}. */
    static int formIndex(String cue) {
        for (int i = 0; i < FORM_ENDINGS.size(); i++) {
            if (cue.endsWith(FORM_ENDINGS.get(i))) {
                return i;
            }
        }
        return FORM_ENDINGS.size();
    }

    /** The index in {@link #RANKS} of a candidate that is, or is not, the sentence's leftmost. */
    static int rankIndex(boolean leftmost) {
        return leftmost ? 0 : 1;
    }
}
