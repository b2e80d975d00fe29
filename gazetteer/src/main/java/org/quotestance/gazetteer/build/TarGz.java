package org.quotestance.gazetteer.build;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads one file out of an npm package tarball (.tgz, ustar format) without unpacking it. */
final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    static byte[] read(Path tgz, String entryName) throws IOException {
        try (InputStream raw = Files.newInputStream(tgz);
                DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            byte[] header = new byte[BLOCK];
            while (true) {
                try {
                    in.readFully(header);
                } catch (EOFException e) {
                    break;
                }
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = field(header, 345, 155);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                if (path.equals(entryName)) {
                    ByteArrayOutputStream content = new ByteArrayOutputStream((int) size);
                    byte[] buffer = new byte[1 << 16];
                    long left = size;
                    while (left > 0) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) {
                            throw new EOFException("Truncated " + entryName + " in " + tgz);
                        }
                        content.write(buffer, 0, n);
                        left -= n;
                    }
                    return content.toByteArray();
                }
                in.skipNBytes(padded);
            }
        }
        throw new IOException(entryName + " not found in " + tgz);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }
}
