package org.quotestance.gazetteer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads and writes the arrays of the compact index: each a length, then its elements big-endian, so that a
 * reader takes a whole array with one bulk copy out of the file's bytes.
 */
final class IndexArrays {

    private final ByteBuffer in;

    IndexArrays(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes);
    }

    int readInt() {
        return in.getInt();
    }

    int[] ints() {
        int[] values = new int[in.getInt()];
        in.asIntBuffer().get(values);
        in.position(in.position() + Integer.BYTES * values.length);
        return values;
    }

    long[] longs() {
        long[] values = new long[in.getInt()];
        in.asLongBuffer().get(values);
        in.position(in.position() + Long.BYTES * values.length);
        return values;
    }

    double[] doubles() {
        double[] values = new double[in.getInt()];
        in.asDoubleBuffer().get(values);
        in.position(in.position() + Double.BYTES * values.length);
        return values;
    }

    char[] chars() {
        char[] values = new char[in.getInt()];
        in.asCharBuffer().get(values);
        in.position(in.position() + Character.BYTES * values.length);
        return values;
    }

    String string() {
        return new String(chars());
    }

    boolean atEnd() {
        return !in.hasRemaining();
    }

    static void write(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    static void write(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long value : values) {
            out.writeLong(value);
        }
    }

    static void write(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    static void write(DataOutputStream out, char[] values) throws IOException {
        out.writeInt(values.length);
        for (char value : values) {
            out.writeChar(value);
        }
    }

    static void write(DataOutputStream out, String value) throws IOException {
        write(out, value.toCharArray());
    }
}
