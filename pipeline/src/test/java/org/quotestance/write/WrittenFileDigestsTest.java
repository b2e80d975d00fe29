package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrittenFileDigestsTest {

    /** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** SHA-256 of "abd". */
    private static final String SHA256_ABD = "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9";

    @TempDir
    Path dir;

    @Test
    void aFileDigestedAsItIsWrittenHasTheDigestOfItsContents() throws Exception {
        Path target = dir.resolve("corpus.jsonl");
        try (AtomicFile file = AtomicFile.create(target, true)) {
            file.stream().write("ab".getBytes(StandardCharsets.UTF_8));
            file.stream().write('c');
            file.commit();
        }
        assertEquals(SHA256_ABC, WrittenFileDigests.sha256(target));
    }

    @Test
    void aFileNotDigestedWhenWrittenIsReadAndHashed() throws Exception {
        Path target = dir.resolve("quotes.csv");
        AtomicFile.write(target, "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals(SHA256_ABC, WrittenFileDigests.sha256(target));
    }

    @Test
    void aFileChangedAfterItWasWrittenIsHashedAgain() throws Exception {
        Path target = dir.resolve("locations.csv");
        try (AtomicFile file = AtomicFile.create(target, true)) {
            file.stream().write("abc".getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        FileTime written = Files.getLastModifiedTime(target);
        Files.writeString(target, "abd"); // same size, a later modification time
        Files.setLastModifiedTime(target, FileTime.fromMillis(written.toMillis() + 2000));
        assertEquals(SHA256_ABD, WrittenFileDigests.sha256(target));
    }
}
