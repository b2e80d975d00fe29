package org.quotestance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code annotate} reads: a folder of article files ({@link ArticleSource}: {@code .txt} and
 * {@code .html} files, recursively), or one collection file holding an article per line or row
 * ({@link JsonlArticles}, {@link CsvArticles}). Articles come one at a time, so an input is never
 * held in memory.
 */
public interface ArticleInput {

    /** Opens a folder, a {@code .jsonl} or a {@code .csv} file; throws with a clear message for anything else. */
    static ArticleInput open(Path input, long maxBytes) throws IOException {
        if (Files.isDirectory(input)) {
            return ArticleSource.open(input, maxBytes);
        }
        String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(input) && name.endsWith(".jsonl")) {
            return JsonlArticles.open(input, maxBytes);
        }
        if (Files.isRegularFile(input) && name.endsWith(".csv")) {
            return CsvArticles.open(input, maxBytes);
        }
        if (!Files.exists(input)) {
            throw new IOException("input does not exist: " + input);
        }
        throw new IOException("input must be a folder of .txt/.html articles, a .jsonl or a .csv file: " + input);
    }

    /** How many articles there are (files, or lines/rows of a collection), good ones and bad ones. */
    int size() throws IOException;

    /** The articles in input order; close the stream when done. */
    Stream<ArticleEntry> entries() throws IOException;

    /** Problems of the input as a whole ({@code metadata.csv}); they do not stop the run. */
    List<InputFailure> problems();

    /** Files of the input folder that are not read as articles, each with the reason. */
    List<InputFailure> skipped();
}
