package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Compares corpus folders file by file. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    /** Relative paths of the regular files under {@code root}, sorted. */
    static List<String> list(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Same relative file names under both roots, and every file byte-identical. */
    static void assertIdentical(Path expected, Path actual, List<String> files, String hint) throws IOException {
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file + " differs. " + hint);
        }
    }

    static void assertSameFileNames(List<String> expected, List<String> actual, String hint) {
        assertEquals(expected, actual, hint);
    }
}
