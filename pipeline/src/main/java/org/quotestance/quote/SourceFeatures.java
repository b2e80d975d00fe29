package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;

import org.quotestance.text.Word;

/**
 * What the source model sees of a candidate source mention: its kind (name, organisation, nominal, pronoun),
 * where it stands relative to the cue and the content and how far, the words around it ("according to X",
 * "by X", "said X", "X's"), whether it opens the sentence, and whether the rules or the subject phrase chose it.
 */
final class SourceFeatures {

    private SourceFeatures() {
    }

    /** The attribution's cue at {@code cue}, content {@code [contentFrom, contentTo)}, in sentence {@code [from, to)}. */
    static String[] of(List<Word> words, int from, int to, int cue, int contentFrom, int contentTo,
            SourceCandidates.Candidate c, boolean nearestBefore, boolean nearestAfter, boolean leftmost) {
        List<String> f = new ArrayList<>();
        String type = c.mention().mentionType();
        String kind = c.mention().kind();
        boolean before = c.endWord() <= cue;
        String side = before ? "before" : c.firstWord() > cue ? "after" : "at";
        int distance = before ? cue - c.endWord() : Math.max(0, c.firstWord() - cue - 1);
        String cueWord = words.get(cue).lower();
        f.add("type=" + type);
        f.add("kind=" + kind);
        f.add("side=" + side);
        f.add("dist=" + bucket(distance));
        f.add("side_dist=" + side + bucket(distance));
        f.add("side_type=" + side + type);
        f.add("cue=" + cueWord);
        f.add("cue_side=" + cueWord + "/" + side);
        f.add("content=" + (c.endWord() <= contentFrom ? "before" : c.firstWord() >= contentTo ? "after" : "inside"));
        String prev = c.firstWord() > from ? words.get(c.firstWord() - 1).lower() : "<s>";
        String next = c.endWord() < to ? words.get(c.endWord()).lower() : "</s>";
        f.add("prev=" + prev);
        f.add("next=" + next);
        f.add("prev_side=" + prev + "/" + side);
        f.add("next_side=" + next + "/" + side);
        f.add("prev2=" + (c.firstWord() > from + 1 ? words.get(c.firstWord() - 2).lower() : "<s>") + "_" + prev);
        f.add("words=" + bucket(c.endWord() - c.firstWord()));
        f.add("first=" + words.get(c.firstWord()).lower());
        f.add("last=" + words.get(c.endWord() - 1).lower());
        // "X did this, promising …", "X did this and downplayed …": a participle or a second verb takes the
        // subject of the sentence's first clause
        String form = cueWord.endsWith("ing") ? "ing" : cueWord.endsWith("ed") ? "ed" : cueWord.endsWith("s") ? "s" : "-";
        String beforeCue = cue > from ? words.get(cue - 1).lower() : "<s>";
        String rank = leftmost ? "leftmost" : "inner";
        f.add("cue_form_rank=" + form + "/" + rank);
        f.add("cue_prev_rank=" + beforeCue + "/" + rank);
        f.add("cue_prev_form_rank=" + beforeCue + "/" + form + "/" + rank + "/" + side);
        if (c.firstWord() == from) {
            f.add("opens_sentence");
            f.add("opens_sentence_words=" + bucket(c.endWord() - c.firstWord()) + type);
        }
        if (c.ruleChoice()) {
            f.add("rule_choice");
            f.add("rule_choice_type=" + type);
        }
        if (c.phrase()) {
            f.add("subject_phrase");
        }
        if (nearestBefore) {
            f.add("nearest_before");
            f.add("nearest_before_type=" + type);
        }
        if (nearestAfter) {
            f.add("nearest_after");
        }
        return f.toArray(String[]::new);
    }

    private static String bucket(int n) {
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+";
    }
}
