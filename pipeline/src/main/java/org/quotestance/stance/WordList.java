package org.quotestance.stance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The word and cue lists under org/quotestance/stance/, lower-cased. */
final class WordList {
    private static final String BASE = "/org/quotestance/stance/";

    private WordList() {
    }

    static List<String> lines(String resourceName) {
        return org.quotestance.lexicon.WordList.lines(WordList.class, BASE + resourceName).stream()
                .map(line -> line.toLowerCase(Locale.ROOT))
                .toList();
    }

    static Set<String> set(String resourceName) {
        return lines(resourceName).stream().collect(Collectors.toUnmodifiableSet());
    }
}
