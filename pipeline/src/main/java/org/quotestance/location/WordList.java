package org.quotestance.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list from a resource file under {@code org/quotestance/location/}: one entry per line,
 * {@code #} starts a comment line, blank lines ignored, a line {@code ---} separates groups.
 */
final class WordList {

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
        try (InputStream in = WordList.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list resource " + fileName);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> groups = new java.util.ArrayList<>();
            List<String> current = new java.util.ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (word.equals("---")) {
                    groups.add(List.copyOf(current));
                    current.clear();
                } else if (!word.isEmpty() && !word.startsWith("#")) {
                    current.add(word);
                }
            }
            groups.add(List.copyOf(current));
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
