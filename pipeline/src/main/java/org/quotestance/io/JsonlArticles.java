package org.quotestance.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSONL collection: one article per line, a JSON object with {@code id} and {@code text} and optional
 * {@code outlet}, {@code url}, {@code date}, {@code title}, {@code language} (other fields are ignored).
 * A line that is not valid UTF-8 or JSON, or lacks a field, fails with its line number; the next line is
 * read as usual. Blank lines are passed over.
 */
public final class JsonlArticles implements ArticleInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final long maxBytes;

    private JsonlArticles(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    static JsonlArticles open(Path file, long maxBytes) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("input file is not readable: " + file);
        }
        return new JsonlArticles(file, maxBytes);
    }

    @Override
    public int size() throws IOException {
        int n = 0;
        try (LineReader lines = new LineReader(Files.newInputStream(file), maxBytes)) {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                n += line.isBlank() ? 0 : 1;
            }
        }
        return n;
    }

    @Override
    public Stream<ArticleEntry> entries() throws IOException {
        String name = file.getFileName().toString();
        CollectionRecords records = new CollectionRecords(name, maxBytes);
        LineReader lines = new LineReader(Files.newInputStream(file), maxBytes);
        Iterator<ArticleEntry> entries = new Iterator<>() {
            private LineReader.Line next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null || next.isBlank()) {
                        next = lines.next();
                        if (next == null) {
                            return false;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public ArticleEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LineReader.Line line = next;
                next = null;
                return ArticleEntry.of(name, () -> records.article(line.number(), fields(line)));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        lines.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private CollectionRecords.Fields fields(LineReader.Line line) throws ArticleDecoder.InvalidArticleException {
        if (line.bytes() == null) {
            throw CollectionRecords.atLine(line.number(), "line is " + line.length() + " bytes, over the limit of "
                    + maxBytes + " bytes (--max-bytes)");
        }
        JsonNode object;
        try {
            object = JSON.readTree(ArticleDecoder.strictUtf8(line.bytes()));
        } catch (ArticleDecoder.InvalidArticleException e) {
            throw CollectionRecords.atLine(line.number(), e.getMessage());
        } catch (JsonProcessingException e) {
            throw CollectionRecords.atLine(line.number(), "not valid JSON: " + e.getOriginalMessage());
        }
        if (object == null || !object.isObject()) {
            throw CollectionRecords.atLine(line.number(), "not a JSON object");
        }
        return field -> {
            JsonNode value = object.get(field);
            if (value == null || value.isNull()) {
                return "";
            }
            if (!value.isValueNode()) {
                throw new ArticleDecoder.InvalidArticleException("'" + field + "' is not a string");
            }
            return value.asText();
        };
    }

    @Override
    public List<InputFailure> problems() {
        return List.of();
    }

    @Override
    public List<InputFailure> skipped() {
        return List.of();
    }
}
