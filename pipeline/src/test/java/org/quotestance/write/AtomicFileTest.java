package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> filesInDir() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void closedWithoutCommitLeavesNoFileAndNoTempFile() throws Exception {
        Path target = dir.resolve("quotes.csv");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("half a table".getBytes(StandardCharsets.UTF_8));
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void closedWithoutCommitLeavesThePreviousFileAsItWas() throws Exception {
        Path target = dir.resolve("quotes.csv");
        Files.writeString(target, "previous run");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("half a table".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("previous run", Files.readString(target));
        assertEquals(List.of("quotes.csv"), filesInDir());
    }

    @Test
    void commitPutsTheWholeFileInPlaceAndNoTempFileRemains() throws Exception {
        Path target = dir.resolve("quotes.csv");
        Files.writeString(target, "previous run");
        AtomicFile.write(target, "new table\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new table\r\n", Files.readString(target));
        assertEquals(List.of("quotes.csv"), filesInDir());
    }

    @Test
    void missingParentFoldersAreCreated() throws Exception {
        Path target = dir.resolve("csv/deeper/quotes.csv");
        AtomicFile.write(target, new byte[] { 'x' });
        assertEquals("x", Files.readString(target));
    }
}
