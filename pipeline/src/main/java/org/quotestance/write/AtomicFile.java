package org.quotestance.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Writes a file under a temporary name in the same folder and renames it into place when complete,
 * so an interrupted run never leaves a half-written output file. The file gets the permissions the
 * process's umask gives a new file (0644 under umask 022), not the owner-only mode of
 * {@link Files#createTempFile}.
 */
public final class AtomicFile implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    /** The digest of what is written, when asked for ({@link WrittenFileDigests}); else null. */
    private final MessageDigest sha256;
    private boolean committed;

    private AtomicFile(Path target, boolean digest) throws IOException {
        this.target = target;
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) { // createDirectories tries a mkdir and catches its exception every time
            Files.createDirectories(folder);
        }
        Path created = null;
        OutputStream stream = null;
        while (stream == null) {
            // base 32, a power of two: in base 36 a negative long is printed through a BigInteger
            created = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 32)
                    + ".part");
            try {
                stream = Files.newOutputStream(created, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary file: draw another name
            }
        }
        this.temp = created;
        this.sha256 = digest ? WrittenFileDigests.newSha256() : null;
        this.out = digest ? new DigestOutputStream(stream, sha256) : stream;
    }

    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target, false);
    }

    /**
     * A file whose SHA-256 is computed as it is written, when {@code sha256}, and recorded in
     * {@link WrittenFileDigests} on {@link #commit()}.
     */
    public static AtomicFile create(Path target, boolean sha256) throws IOException {
        return new AtomicFile(target, sha256);
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicFile file = create(target)) {
            file.stream().write(bytes);
            file.commit();
        }
    }

    public OutputStream stream() {
        return out;
    }

    /** Closes the stream and moves the finished file into place. */
    public void commit() throws IOException {
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        if (sha256 != null) {
            WrittenFileDigests.record(target, sha256);
        }
    }

    /** Without {@link #commit()}, the temporary file is deleted and the target left as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(temp);
        }
    }
}
