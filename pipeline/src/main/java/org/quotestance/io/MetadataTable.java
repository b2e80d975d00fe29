package org.quotestance.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The optional {@code metadata.csv} beside the articles: one row per file with the columns
 * {@code file, outlet, url, date, title, language} (only {@code file} is required). Problems are
 * collected as {@link InputFailure}s instead of stopping the run: an unknown column is ignored, a row
 * for a file that does not exist is reported, a table without a {@code file} column is not used.
 */
public final class MetadataTable {

    public static final String FILE_NAME = "metadata.csv";
    static final List<String> COLUMNS = List.of("file", "outlet", "url", "date", "title", "language");

    private final Map<String, ArticleMetadata> byFile;
    private final List<InputFailure> failures;

    private MetadataTable(Map<String, ArticleMetadata> byFile, List<InputFailure> failures) {
        this.byFile = byFile;
        this.failures = failures;
    }

    public static MetadataTable empty() {
        return new MetadataTable(Map.of(), List.of());
    }

    /** Reads {@code metadata.csv} in {@code folder} if it exists; {@code existingFiles} are the article file names. */
    public static MetadataTable load(Path folder, Set<String> existingFiles) {
        Path csv = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(csv)) {
            return empty();
        }
        List<InputFailure> failures = new ArrayList<>();
        Map<String, ArticleMetadata> byFile = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = skipByteOrderMark(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("file")) {
                failures.add(new InputFailure(FILE_NAME, "no 'file' column (columns are " + header
                        + "); metadata not used"));
                return new MetadataTable(Map.of(), failures);
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    failures.add(new InputFailure(FILE_NAME, "unknown column '" + column
                            + "' ignored; known columns are " + COLUMNS));
                }
            }
            for (CSVRecord row : parser) {
                String file = value(row, "file");
                if (!existingFiles.contains(file)) {
                    failures.add(new InputFailure(FILE_NAME, "line " + row.getParser().getCurrentLineNumber()
                            + ": no article file named '" + file + "'"));
                    continue;
                }
                String language = value(row, "language");
                byFile.put(file, new ArticleMetadata(value(row, "outlet"), value(row, "url"), value(row, "date"),
                        value(row, "title"), language.isEmpty() ? ArticleMetadata.DEFAULT_LANGUAGE : language));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            failures.add(new InputFailure(FILE_NAME, "unreadable: " + reason(e) + "; metadata not used"));
            return new MetadataTable(Map.of(), failures);
        }
        return new MetadataTable(byFile, failures);
    }

    /** Spreadsheet programs save "CSV UTF-8" with a byte-order mark, which would otherwise stick to the first column name. */
    static Reader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "not valid UTF-8; save it as UTF-8";
        }
        return cause.getMessage();
    }

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
    }

    public ArticleMetadata forFile(String fileName) {
        return byFile.getOrDefault(fileName, ArticleMetadata.empty());
    }

    public List<InputFailure> failures() {
        return failures;
    }
}
