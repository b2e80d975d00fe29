package org.quotestance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of UTF-8 {@code .txt} articles with an optional {@code metadata.csv}. Lists the articles in
 * file-name order (so ids and output order are stable) and reads one at a time, so the corpus is never
 * held in memory.
 */
public final class ArticleSource {

    public static final String EXTENSION = ".txt";
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final List<Path> files;
    private final MetadataTable metadata;
    private final ArticleDecoder decoder;

    private ArticleSource(List<Path> files, MetadataTable metadata, ArticleDecoder decoder) {
        this.files = files;
        this.metadata = metadata;
        this.decoder = decoder;
    }

    /** Opens {@code folder}; throws {@link IOException} with a clear message if it is not a readable folder. */
    public static ArticleSource open(Path folder, long maxBytes) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("input folder does not exist or is not a folder: " + folder);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        Set<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        return new ArticleSource(files, MetadataTable.load(folder, names), new ArticleDecoder(maxBytes));
    }

    public List<Path> files() {
        return files;
    }

    /** Problems with {@code metadata.csv}; they do not stop the run. */
    public List<InputFailure> metadataFailures() {
        return metadata.failures();
    }

    /** Reads one of {@link #files()}; throws with the reason if it is not a usable article. */
    public Article read(Path file) throws IOException, ArticleDecoder.InvalidArticleException {
        return read(file, metadata(file), decoder);
    }

    /** What {@code metadata.csv} says of one of {@link #files()} (empty values when it says nothing). */
    public ArticleMetadata metadata(Path file) {
        return metadata.forFile(file.getFileName().toString());
    }

    /**
     * Reads one article file with the given metadata, as {@link #read(Path)} does; for readers that have the
     * file list and metadata from an {@code ArticleSource} but read elsewhere (a Spark executor).
     */
    public static Article read(Path file, ArticleMetadata metadata, ArticleDecoder decoder)
            throws IOException, ArticleDecoder.InvalidArticleException {
        String fileName = file.getFileName().toString();
        // Checked before reading: a huge file must not be loaded (or exhaust the heap) just to be rejected.
        decoder.checkSize(Files.size(file));
        String text = decoder.decode(Files.readAllBytes(file));
        String docId = fileName.substring(0, fileName.length() - EXTENSION.length());
        return new Article(docId, fileName, text, metadata);
    }
}
