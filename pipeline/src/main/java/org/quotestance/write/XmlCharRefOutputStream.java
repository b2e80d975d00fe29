package org.quotestance.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes UTF-8 XML 1.1 through, writing as character references the characters that XML 1.1 allows
 * only that way and that the JDK's serializer writes raw: the "restricted" controls U+007F–U+009F,
 * which a parser rejects when raw, and the line ends U+0085 and U+2028, which a parser turns into
 * line feeds. Crawled articles carry them (for instance U+0092 from Windows-1252 text decoded as
 * Latin-1). Byte-exact: in UTF-8, {@code 7F}, {@code C2 80..9F} and {@code E2 80 A8} encode only
 * these characters, and the serializer writes user text only in attribute values and text content,
 * where a reference means the same character.
 */
final class XmlCharRefOutputStream extends FilterOutputStream {

    private int pending1 = -1;
    private int pending2 = -1;

    XmlCharRefOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xFF;
        if (pending1 == 0xC2) {
            pending1 = -1;
            if (b >= 0x80 && b <= 0x9F) {
                reference(b);
                return;
            }
            out.write(0xC2);
        } else if (pending1 == 0xE2 && pending2 < 0) {
            if (b == 0x80) {
                pending2 = b;
                return;
            }
            pending1 = -1;
            out.write(0xE2);
        } else if (pending1 == 0xE2) {
            pending1 = -1;
            pending2 = -1;
            if (b == 0xA8) {
                reference(0x2028);
                return;
            }
            out.write(0xE2);
            out.write(0x80);
        }
        if (b == 0x7F) {
            reference(b);
        } else if (b == 0xC2 || b == 0xE2) {
            pending1 = b;
        } else {
            out.write(b);
        }
    }

    /** Passes runs of ordinary bytes through in one call; only the lead bytes above go through {@link #write(int)}. */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (pending1 < 0) {
                int run = i;
                while (i < end && !mayStartReference(bytes[i])) {
                    i++;
                }
                if (i > run) {
                    out.write(bytes, run, i - run);
                }
                if (i == end) {
                    break;
                }
            }
            write(bytes[i++]);
        }
    }

    private static boolean mayStartReference(byte b) {
        return b == 0x7F || b == (byte) 0xC2 || b == (byte) 0xE2;
    }

    private void reference(int codePoint) throws IOException {
        out.write(("&#x" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + ";")
                .getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() throws IOException {
        if (pending1 >= 0) {
            out.write(pending1);
        }
        if (pending2 >= 0) {
            out.write(pending2);
        }
        pending1 = -1;
        pending2 = -1;
        super.close();
    }
}
