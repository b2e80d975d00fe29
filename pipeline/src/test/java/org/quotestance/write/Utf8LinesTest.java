package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

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

    @Test
    void everyNumberOfEveryLengthIsWrittenAsIntegerToStringWritesIt() throws Exception {
        StringBuilder expected = new StringBuilder();
        Utf8Lines lines = new Utf8Lines();
        Random random = new Random(13);
        for (long power = 1; power <= Integer.MAX_VALUE; power *= 10) {
            for (long value : new long[] { power - 1, power, power + 1, 2 * power - 1, 9 * power + 9 }) {
                int v = (int) Math.min(value, Integer.MAX_VALUE);
                lines.number(v).append(' ').number(-v).append(' ');
                expected.append(v).append(' ').append(-v).append(' ');
            }
        }
        for (int i = 0; i < 100_000; i++) {
            int v = random.nextInt(Integer.MAX_VALUE) >> random.nextInt(31);
            lines.number(v).append(' ');
            expected.append(v).append(' ');
        }
        lines.number(Integer.MAX_VALUE);
        expected.append(Integer.MAX_VALUE);
        assertEquals(expected.toString(), new String(bytes(lines), StandardCharsets.US_ASCII));
    }

    @Test
    void exactlyTheCharactersJavaCallsWhitespaceOrASpaceAreWrittenAsTheUnderscore() throws Exception {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            Utf8Lines lines = new Utf8Lines();
            lines.text(String.valueOf(c), 0, 1, '_');
            String written = new String(bytes(lines), StandardCharsets.UTF_8);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!written.equals(space ? "_" : String.valueOf(c))) {
                assertEquals(space ? "_" : String.valueOf(c), written, "U+" + Integer.toHexString(c));
            }
        }
    }
}
