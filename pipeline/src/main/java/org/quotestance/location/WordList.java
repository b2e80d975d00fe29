package org.quotestance.location;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list from a resource file under {@code org/quotestance/location/} (read by the shared
 * {@link org.quotestance.lexicon.WordList}); a line {@code ---} separates groups.
 */
final class WordList {

    private static final String GROUP_SEPARATOR = "---";

    private WordList() {
    }

    /** All entries of the file, exactly as written. */
    static Set<String> load(String fileName) {
        Set<String> words = new HashSet<>();
        for (List<String> group : groups(fileName)) {
            words.addAll(group);
        }
        return Set.copyOf(words);
    }

    /** The entries of the file, one list per group separated by {@code ---}. */
    static List<List<String>> groups(String fileName) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : org.quotestance.lexicon.WordList.lines(WordList.class, fileName)) {
            if (word.equals(GROUP_SEPARATOR)) {
                groups.add(List.copyOf(current));
                current.clear();
            } else {
                current.add(word);
            }
        }
        groups.add(List.copyOf(current));
        return groups;
    }
}
