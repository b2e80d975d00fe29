package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleDecoderTest {

    private final ArticleDecoder decoder = new ArticleDecoder(1000);

    private String reason(byte[] bytes) {
        return assertThrows(ArticleDecoder.InvalidArticleException.class, () -> decoder.decode(bytes)).getMessage();
    }

    @Test
    void validUtf8WithNonAsciiIsDecodedExactly() throws Exception {
        String text = "Xankəndi — “curly” ‘quotes’ and 😀";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void leadingByteOrderMarkIsDropped() throws Exception {
        assertEquals("Text.", decoder.decode("\uFEFFText.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latin1FileIsNotValidUtf8() {
        String reason = reason("Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(reason.contains("not valid UTF-8"), reason);
        assertTrue(reason.contains("byte 3"), reason);
    }

    @Test
    void emptyFileIsRejected() {
        assertTrue(reason(new byte[0]).contains("empty"));
    }

    @Test
    void whitespaceOnlyFileIsEmpty() {
        assertTrue(reason(" \n\t\r\n".getBytes(StandardCharsets.UTF_8)).contains("empty"));
    }

    @Test
    void fileWithNulBytesIsBinary() {
        String reason = reason(new byte[] { 'P', 'K', 3, 4, 0, 0, 'x' });
        assertTrue(reason.contains("binary") && reason.contains("offset 4"), reason);
    }

    @Test
    void fileOverTheSizeLimitIsRejectedWithTheLimit() {
        String reason = reason(new byte[1001]);
        assertTrue(reason.contains("1001 bytes") && reason.contains("1000") && reason.contains("--max-bytes"), reason);
    }

    @Test
    void fileExactlyAtTheSizeLimitIsAccepted() throws Exception {
        byte[] bytes = "a".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        assertEquals(1000, decoder.decode(bytes).length());
    }
}
