package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.quotestance.text.Word;

/**
 * A clause set off by a comma from its sentence's main clause, holding the cue: the content ends with the clause, at
 * its comma, and a comma inside a quotation ends it with the closing mark. Two such clauses:
 * <ul>
 * <li>a subordinate clause opening the sentence: "While Clinton wrongly claimed [that the videos exist], foreign
 * policy experts affirm …", "After he blasted … for being too [“pro-gay,”] Pastor …". In PolNeAR's train
 * compartment, of the 245 reported contents after a cue in such a clause whose sentence has a comma after the
 * content's start, 179 end at that comma, 36 before it (the end model still chooses those) and 30 after it;</li>
 * <li>a relative or participial clause between a short subject and its verb, when a lowercase word that is no
 * conjunction, preposition or pronoun follows its comma: "Clinton, who announced [a $275 billion plan on Monday],
 * plans to …", "Mr. Biden, recalling [weekly breakfasts with Mrs. Clinton], described himself …". In train, 41
 * contents end at that comma, 8 before it and 2 after it.</li>
 * </ul>
 */
final class SetOffClause {

    private static final Set<String> SUBORDINATORS = Set.of("while", "when", "although", "though", "despite", "as",
            "if", "after", "before", "because", "since", "whereas", "once", "until", "unless", "whether");
    /** Conjunctions that may open the sentence before the clause: "But while …". */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "yet", "so");
    private static final Set<String> RELATIVES = Set.of("who", "which");
    /** The longest subject before an interrupting clause, in words. */
    private static final int LONGEST_SUBJECT = 6;
    /**
     * Words after a comma that continue the content or start another clause rather than the main clause's predicate
     * ("…, and", "…, which", "…, including", "…, he said").
     */
    private static final Set<String> NO_PREDICATE = Set.of("and", "but", "or", "nor", "so", "yet", "which", "who",
            "whom", "whose", "where", "when", "while", "as", "although", "though", "because", "if", "since", "after",
            "before", "until", "unless", "including", "with", "in", "on", "at", "for", "from", "to", "by", "of", "not",
            "even", "according", "said", "says", "saying", "adding", "the", "a", "an", "he", "she", "they", "it", "we",
            "i", "you", "his", "her", "their", "its", "our", "this", "that", "these", "those");

    private SetOffClause() {
    }

    /**
     * The end (exclusive word index) of content starting at {@code words[start]} after the cue at {@code words[cue]},
     * in the sentence {@code words[sentenceStart, to)}, when the cue stands in a clause set off from the main clause,
     * the content starts inside it and the clause's comma follows the content's first word; else -1.
     */
    static int contentEnd(List<Word> words, int sentenceStart, int cue, int start, int to) {
        int first = sentenceStart;
        while (first < cue && words.get(first).isQuoteMark()) {
            first++;
        }
        if (first < cue && CONJUNCTIONS.contains(words.get(first).lower())) {
            first++;
        }
        if (first + 1 < cue && words.get(first).lower().equals("even")
                && SUBORDINATORS.contains(words.get(first + 1).lower())) {
            first++; // "Even as …", "Even though …"; "Even Trump said …" opens no clause
        }
        if (first >= cue || comma(words, cue, start) >= 0) {
            // "As Politico reported, [if the primary were held today, …]": the clause closed before the content
            return -1;
        }
        if (SUBORDINATORS.contains(words.get(first).lower()) && comma(words, first, cue) < 0) {
            return closingComma(words, start, to);
        }
        int subjectEnd = comma(words, first, cue);
        if (subjectEnd < 0 || subjectEnd - first > LONGEST_SUBJECT || comma(words, subjectEnd + 1, cue) >= 0) {
            return -1;
        }
        String opener = words.get(subjectEnd + 1).lower();
        boolean interrupting = RELATIVES.contains(opener) || subjectEnd + 1 == cue && opener.endsWith("ing");
        int end = interrupting ? closingComma(words, start, to) : -1;
        if (end < 0) {
            return -1;
        }
        int next = words.get(end).text().equals(",") ? end + 1 : end;
        return next < to && isPredicateStart(words.get(next)) ? end : -1;
    }

    /** A lowercase word that may begin the main clause's predicate ("plans", "described", "clearly"). */
    private static boolean isPredicateStart(Word w) {
        return w.isLetters() && !w.isCapitalized() && !NO_PREDICATE.contains(w.lower());
    }

    /**
     * The end of content from {@code words[start]} at the first comma after its first word: before a comma outside
     * quotation marks, after the closing mark of a comma inside them; -1 when none comes before {@code to}.
     */
    private static int closingComma(List<Word> words, int start, int to) {
        boolean quoted = false;
        for (int k = start + 1; k < to; k++) {
            Word w = words.get(k);
            if (ContentBoundaryFeatures.isDoubleMark(w)) {
                quoted = !quoted;
            } else if (w.text().equals(",")) {
                if (!quoted) {
                    return k;
                }
                if (k + 1 < to && words.get(k + 1).isQuoteMark()) {
                    return k + 2;
                }
            }
        }
        return -1;
    }

    /** The index of the first comma in {@code words[from, to)}, or -1. */
    private static int comma(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }
}
