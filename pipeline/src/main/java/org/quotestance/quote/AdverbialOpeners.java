package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.quotestance.text.Word;

/**
 * Prepositions and subordinators that open an adverbial phrase or clause at a sentence's start ("In a victory speech
 * …, Mr. Trump struck …", "As for Trump, …", "Despite …, however, he said …", "If this argument fails to persuade,
 * X argues, …"): what stands before their comma is the setting of a report, not what was reported.
 */
final class AdverbialOpeners {

    private static final Set<String> WORDS = Set.of("in", "at", "on", "during", "after", "before", "with", "from",
            "for", "by", "under", "since", "amid", "despite", "outside", "inside", "as", "to", "if", "unlike", "like",
            "though", "although", "because", "once", "until", "unless", "while", "when", "over", "among", "against",
            "throughout", "without", "following");

    private AdverbialOpeners() {
    }

    /** Whether {@code lower} (a lower-case word) opens an adverbial phrase or clause. */
    static boolean opens(String lower) {
        return WORDS.contains(lower);
    }

    /**
     * Whether {@code words[from, to)}, opened by an adverbial word, are that phrase and nothing else: no comma after it
     * that more words follow, no modal or auxiliary ("In a victory speech early Wednesday"; not "In 2014, crime rose
     * 5 percent" nor "In Pennsylvania she is up …", which go on into a clause).
     */
    static boolean isPhraseOnly(List<Word> words, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (words.get(i).isClauseBreak() && i + 1 < to || ContentBoundaryFeatures.isFinite(words, i)) {
                return false;
            }
        }
        return true;
    }
}
