package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class XmlCharRefOutputStreamTest {

    private static String filter(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmlCharRefOutputStream out = new XmlCharRefOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void restrictedControlsAndLineEndsBecomeReferences() throws Exception {
        assertEquals("a&#x7F;b&#x80;c&#x92;d&#x85;e&#x9F;f&#x2028;g", filter("a\u007Fb\u0080c\u0092d\u0085e\u009Ff\u2028g"));
    }

    @Test
    void otherCharactersWithTheSameLeadBytesPassThroughUnchanged() throws Exception {
        String text = "© ¡ ÿ — – “ ” € ‐ \u2029 \u2027 Xankəndi 😀 \u00A0";
        assertEquals(text, filter(text));
    }

    @Test
    void theSameBytesWhateverTheChunksTheSerializerWrites() throws Exception {
        String text = "a\u007Fb\u0080c\u0092—d\u2028e©\u2029f";
        String expected = filter(text);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= utf8.length; chunk++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (XmlCharRefOutputStream out = new XmlCharRefOutputStream(bytes)) {
                for (int at = 0; at < utf8.length; at += chunk) {
                    out.write(utf8, at, Math.min(chunk, utf8.length - at));
                }
            }
            assertEquals(expected, bytes.toString(StandardCharsets.UTF_8), "chunks of " + chunk);
        }
    }

    @Test
    void leadBytesAtTheEndAreNotLost() throws Exception {
        assertEquals("x—", filter("x—"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmlCharRefOutputStream out = new XmlCharRefOutputStream(bytes)) {
            out.write(0xE2);
            out.write(0x80);
        }
        assertEquals(2, bytes.size());
    }
}
