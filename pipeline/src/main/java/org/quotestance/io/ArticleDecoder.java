package org.quotestance.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article file into its text, or says why they are not an article: empty,
 * over the size limit, binary (NUL bytes), or not valid UTF-8. A leading byte-order mark is dropped.
 */
public final class ArticleDecoder {

    private final long maxBytes;

    public ArticleDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The decoded text; throws {@link InvalidArticleException} with the reason otherwise. */
    public String decode(byte[] bytes) throws InvalidArticleException {
        checkSize(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InvalidArticleException("binary file: NUL byte at offset " + i);
            }
        }
        String text = strictUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidArticleException("empty file (no text)");
        }
        return text;
    }

    /** Throws if a file of {@code size} bytes is over the limit; lets callers reject a file before reading it. */
    public void checkSize(long size) throws InvalidArticleException {
        if (size > maxBytes) {
            throw new InvalidArticleException("file is " + size + " bytes, over the limit of " + maxBytes
                    + " bytes (--max-bytes)");
        }
    }

    static String strictUtf8(byte[] bytes) throws InvalidArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new InvalidArticleException("not valid UTF-8 (bad byte sequence near byte " + buffer.position()
                    + "); convert the file to UTF-8");
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("not valid UTF-8: " + e);
        }
    }

    /** Why a file is not a usable article. */
    public static final class InvalidArticleException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidArticleException(String reason) {
            super(reason);
        }
    }
}
