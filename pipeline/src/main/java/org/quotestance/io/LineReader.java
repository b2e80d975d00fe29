package org.quotestance.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a file a line at a time as bytes, so that a line that is not UTF-8 can be reported and the next
 * one still read. A line longer than the limit is passed over without being kept: only its length is.
 */
final class LineReader implements Closeable {

    /** Line {@code number} (from 1); {@code bytes} is null when the line is over the limit. */
    record Line(long number, byte[] bytes, long length) {
        boolean isBlank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final long limit;
    private long number;

    LineReader(InputStream in, long limit) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.limit = limit;
    }

    /** The next line without its end ({@code \n} or {@code \r\n}), or null at the end of the file. */
    Line next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (length++ < limit + 2) {
                kept.write(b);
            }
            b = in.read();
        }
        number++;
        byte[] bytes = kept.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            length--;
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, length > limit ? null : bytes, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
