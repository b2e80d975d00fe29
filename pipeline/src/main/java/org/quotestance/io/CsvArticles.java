package org.quotestance.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV collection (RFC 4180, UTF-8, header row): one article per row, with the columns {@code id} and
 * {@code text} and optional {@code outlet}, {@code url}, {@code date}, {@code title}, {@code language};
 * other columns are ignored. A row without an id or text fails with its line number and the next row
 * is read; where the file stops being readable CSV (an unclosed quote, a byte that is not UTF-8), that
 * line is reported and the rest of the file cannot be read.
 */
public final class CsvArticles implements ArticleInput {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private final Path file;
    private final long maxBytes;

    private CsvArticles(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    /** Opens {@code file}; throws when it has no {@code id} or {@code text} column. */
    static CsvArticles open(Path file, long maxBytes) throws IOException {
        try (CSVParser parser = parser(file)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("id") || !header.contains("text")) {
                throw new IOException("CSV input " + file + " needs the columns 'id' and 'text' (its columns are "
                        + header + ")");
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new IOException("CSV input " + file + " has no readable header row: " + e.getMessage(), e);
        }
        return new CsvArticles(file, maxBytes);
    }

    private static CSVParser parser(Path file) throws IOException {
        Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return CSVParser.parse(MetadataTable.skipByteOrderMark(new java.io.BufferedReader(reader)), FORMAT);
    }

    @Override
    public int size() throws IOException {
        try (Stream<ArticleEntry> entries = entries()) {
            return (int) entries.count();
        }
    }

    @Override
    public Stream<ArticleEntry> entries() throws IOException {
        String name = file.getFileName().toString();
        CollectionRecords records = new CollectionRecords(name, maxBytes);
        CSVParser parser = parser(file);
        Iterator<CSVRecord> rows = parser.iterator();
        Iterator<ArticleEntry> entries = new Iterator<>() {
            private long lastLine = parser.getCurrentLineNumber();
            /** Why the file stopped being readable; the entry that reports it is the last one. */
            private RuntimeException broken;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (done) {
                    return false;
                }
                try {
                    return broken != null || rows.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = e;
                    return true;
                }
            }

            @Override
            public ArticleEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long line = lastLine + 1;
                if (broken != null) {
                    done = true;
                    String reason = rootMessage(broken);
                    return ArticleEntry.of(name, () -> {
                        throw CollectionRecords.atLine(line, "not readable as UTF-8 CSV from here on (" + reason
                                + "); the rest of the file is not read");
                    });
                }
                CSVRecord row = rows.next();
                lastLine = parser.getCurrentLineNumber();
                return ArticleEntry.of(name, () -> records.article(line, field -> row.isMapped(field) && row.isSet(field)
                        ? row.get(field) : ""));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        parser.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
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
