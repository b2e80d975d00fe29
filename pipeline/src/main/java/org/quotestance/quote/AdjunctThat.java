package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.quotestance.text.Word;

/**
 * "said [during a rally in Michigan] that …", "said [last month] that …": the "that" a few words after a word that opens
 * an adjunct of the cue, where PolNeAR starts the content. Not found past a clause break (nor, when asked, past a
 * quotation mark), nor right after another opener ("said at that time").
 *
 * @param openers        the words that open such an adjunct
 * @param reach          how many words after the opener the "that" may stand
 * @param quotationEnds  whether a quotation mark ends the search as a clause break does
 */
record AdjunctThat(Set<String> openers, int reach, boolean quotationEnds) {

    /** The index of the "that" after the opener at {@code words[opener]}, before {@code end}; or -1. */
    int find(List<Word> words, int opener, int end) {
        if (opener >= end || !openers.contains(words.get(opener).lower())) {
            return -1;
        }
        for (int i = opener + 1; i < end && i <= opener + reach; i++) {
            Word w = words.get(i);
            if (w.lower().equals("that")) {
                return openers.contains(words.get(i - 1).lower()) ? -1 : i;
            }
            if (w.isClauseBreak() || quotationEnds && w.isQuoteMark()) {
                return -1;
            }
        }
        return -1;
    }
}
