package org.quotestance.quote;

import java.util.Set;

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
}
