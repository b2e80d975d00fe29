package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
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
    void whileItIsWrittenTheFileIsAHiddenPartBesideItsTargetWithARandomName() throws Exception {
        Path target = dir.resolve("quotes.csv");
        try (AtomicFile first = AtomicFile.create(target); AtomicFile second = AtomicFile.create(target)) {
            List<String> parts = filesInDir();
            assertEquals(2, parts.size());
            for (String part : parts) {
                assertTrue(part.matches("\\.quotes\\.csv\\.[0-9a-v]{1,13}\\.part"), part);
            }
        }
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void missingParentFoldersAreCreated() throws Exception {
        Path target = dir.resolve("csv/deeper/quotes.csv");
        AtomicFile.write(target, new byte[] { 'x' });
        assertEquals("x", Files.readString(target));
    }

    @Test
    @DisplayName("a written file is readable as the umask says (0644 under umask 022), not owner-only")
    void fileModeFollowsTheUmask() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        AtomicFile.write(dir.resolve("quotes.csv"), new byte[] { 'x' });
        Set<PosixFilePermission> expected = Umask.newFilePermissions();
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("quotes.csv"))));
        if (Umask.value() == 0022) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(expected));
        }
    }
}
