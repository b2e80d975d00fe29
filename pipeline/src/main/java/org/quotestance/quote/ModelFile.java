package org.quotestance.quote;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** The opening of a quote model file: gzip, then the name of its format, then what the model itself writes. */
final class ModelFile {

    private ModelFile() {
    }

    /**
     * {@code in}, read from just after its format's name, which must be {@code format}; else an error naming
     * {@code kind} ("an attribution cue model") and the format found.
     */
    static DataInputStream open(InputStream in, String format, String kind) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        String found = data.readUTF();
        if (!found.equals(format)) {
            throw new IOException("not " + kind + " (" + found + ")");
        }
        return data;
    }
}
