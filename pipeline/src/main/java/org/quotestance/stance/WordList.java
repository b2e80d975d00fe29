package org.quotestance.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the word and cue lists under org/quotestance/stance/: one entry a line, # comments. */
final class WordList {
    private static final String BASE = "/org/quotestance/stance/";

    private WordList() {
    }

    static List<String> lines(String resourceName) {
        InputStream in = WordList.class.getResourceAsStream(BASE + resourceName);
        if (in == null) {
            throw new IllegalStateException("Missing class-path resource " + BASE + resourceName);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> set(String resourceName) {
        return lines(resourceName).stream().collect(Collectors.toUnmodifiableSet());
    }
}
