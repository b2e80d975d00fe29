package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.quotestance.text.Word;

/**
 * A subordinate clause that opens its sentence and holds the cue: "While Clinton wrongly claimed [that the videos
 * exist], foreign policy experts affirm …", "When Kashiya Nwanguma learned [Donald J. Trump would campaign in
 * Louisville], …". The content ends with the clause, at its comma; a comma inside a quotation ends it with the
 * closing mark ("After he blasted … for being too [“pro-gay,”] Pastor …"). In PolNeAR's train compartment, of the
 * 245 reported contents after a cue in such a clause whose sentence has a comma after the content's start, 179
 * end at that comma, 36 before it (the end model still chooses those) and 30 after it (lists, quotations).
 */
final class FrontedClause {

    private static final Set<String> SUBORDINATORS = Set.of("while", "when", "although", "though", "despite", "as",
            "if", "after", "before", "because", "since", "whereas", "once", "until", "unless", "whether", "even");
    /** Conjunctions that may stand before the subordinator: "But while …". */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "yet", "so");

    private FrontedClause() {
    }

    /**
     * The end (exclusive word index) of content starting at {@code words[start]} after the cue at {@code words[cue]},
     * in the sentence {@code words[sentenceStart, to)}, when the cue stands in a subordinate clause opening the
     * sentence and that clause closes with a comma after the content's first word; else -1.
     */
    static int contentEnd(List<Word> words, int sentenceStart, int cue, int start, int to) {
        int first = sentenceStart;
        while (first < cue && words.get(first).isQuoteMark()) {
            first++;
        }
        if (first < cue && CONJUNCTIONS.contains(words.get(first).lower())) {
            first++;
        }
        if (first >= cue || !SUBORDINATORS.contains(words.get(first).lower()) || hasComma(words, first, cue)) {
            return -1;
        }
        boolean quoted = false;
        for (int k = start + 1; k < to; k++) {
            Word w = words.get(k);
            if (w.isQuoteMark() && isDouble(w)) {
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

    private static boolean hasComma(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDouble(Word w) {
        return "\"“”«»„".indexOf(w.text().charAt(0)) >= 0;
    }
}
