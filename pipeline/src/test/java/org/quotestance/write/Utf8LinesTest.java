package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8LinesTest {

    private static byte[] bytes(Utf8Lines lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void textGivesTheBytesOfJavasOwnUtf8EncoderForEveryKindOfCharacter() throws Exception {
        // ASCII, Latin-1 (é), curly quotes (3 bytes), an emoji (a surrogate pair, 4 bytes), a lone surrogate
        String text = "“Café” 😀 said O’Neill \uD800 end";
        Utf8Lines lines = new Utf8Lines();
        lines.text(text, 0, text.length());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes(lines));
    }

    @Test
    void aNoBreakSpaceInsideATokenIsWrittenAsAnUnderscore() throws Exception {
        String text = "10\u00A0000 people";
        Utf8Lines lines = new Utf8Lines();
        lines.text(text, 0, 6, '_');
        assertArrayEquals("10_000".getBytes(StandardCharsets.UTF_8), bytes(lines));
    }

    @Test
    void numbersAndColumnsAreWrittenAsTheirDecimalDigits() throws Exception {
        Utf8Lines lines = new Utf8Lines();
        lines.number(0).append('\t').number(7).append('\t').number(1234567890).append('\t').number(-42)
                .append('\t').number(Integer.MIN_VALUE).ascii("\tB-QUOTE\n");
        assertArrayEquals("0\t7\t1234567890\t-42\t-2147483648\tB-QUOTE\n".getBytes(StandardCharsets.UTF_8),
                bytes(lines));
    }

    @Test
    void aDocumentLongerThanTheBufferGrowsIt() throws Exception {
        String text = "é".repeat(100_000);
        Utf8Lines lines = new Utf8Lines();
        lines.text(text, 0, text.length());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes(lines));
    }
}
