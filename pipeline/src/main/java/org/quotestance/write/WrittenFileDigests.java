package org.quotestance.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of corpus files, for the writers that describe them ({@link CroissantWriter}): a file written
 * through {@link AtomicFile#create(Path, boolean)} with a digest has it recorded as it is written, so that it is
 * not read again at the end of the run, when little else is left to do beside it; any other file, or one changed
 * since (its size or modification time differ), is read and hashed.
 */
public final class WrittenFileDigests {

    private record Written(String sha256, long size, FileTime modified) {
    }

    private static final Map<Path, Written> WRITTEN = new ConcurrentHashMap<>();

    private WrittenFileDigests() {
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Records the digest of {@code file} as written (its contents now). */
    static void record(Path file, MessageDigest sha256) throws IOException {
        WRITTEN.put(key(file), new Written(HexFormat.of().formatHex(sha256.digest()), Files.size(file),
                Files.getLastModifiedTime(file)));
    }

    /** The SHA-256 of {@code file}'s contents, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        Written written = WRITTEN.remove(key(file));
        if (written != null && written.size() == Files.size(file)
                && written.modified().equals(Files.getLastModifiedTime(file))) {
            return written.sha256();
        }
        MessageDigest digest = newSha256();
        // streamed: the JSONL of a large corpus does not fit in the heap
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
