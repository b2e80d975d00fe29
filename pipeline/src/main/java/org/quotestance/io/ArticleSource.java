package org.quotestance.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of articles: UTF-8 {@code .txt} files and saved {@code .html}/{@code .htm} pages, in the
 * folder and its subfolders, with an optional {@code metadata.csv} at the top naming files by relative
 * path. Articles are listed in relative-path order (so ids and output order are stable) and read one at
 * a time. A file's {@code doc_id} is its relative path without the extension, made safe and unique by
 * {@link DocIds}. Anything else in the folder (other extensions, hidden files and folders, symbolic
 * links that lead out of the folder or to a folder, special files) is listed in {@link #skipped()}.
 */
public final class ArticleSource implements ArticleInput {

    public static final String EXTENSION = ".txt";
    static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm");
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final Path folder;
    /** Article files by relative path ('/'-separated), in order, with their doc ids. */
    private final Map<Path, Listed> files;
    private final List<InputFailure> skipped;
    private final MetadataTable metadata;
    private final ArticleDecoder decoder;

    private record Listed(String relativePath, String docId) {
    }

    private ArticleSource(Path folder, Map<Path, Listed> files, List<InputFailure> skipped, MetadataTable metadata,
            ArticleDecoder decoder) {
        this.folder = folder;
        this.files = files;
        this.skipped = skipped;
        this.metadata = metadata;
        this.decoder = decoder;
    }

    /** Opens {@code folder}; throws {@link IOException} with a clear message if it is not a readable folder. */
    public static ArticleSource open(Path folder, long maxBytes) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("input folder does not exist or is not a folder: " + folder);
        }
        Listing listing = new Listing(folder);
        Files.walkFileTree(folder, listing);
        Map<Path, String> relativePaths = new HashMap<>();
        for (Path file : listing.found) {
            relativePaths.put(file, relative(folder, file));
        }
        listing.found.sort(Comparator.comparing(relativePaths::get));
        listing.skipped.sort(Comparator.comparing(InputFailure::file));
        DocIds ids = new DocIds();
        Map<Path, Listed> files = new LinkedHashMap<>();
        for (Path file : listing.found) {
            String rel = relativePaths.get(file);
            files.put(file, new Listed(rel, ids.unique(stem(rel))));
        }
        MetadataTable metadata = MetadataTable.load(folder, new HashSet<>(
                files.values().stream().map(Listed::relativePath).toList()));
        return new ArticleSource(folder, files, List.copyOf(listing.skipped), metadata, new ArticleDecoder(maxBytes));
    }

    /** The article files, in relative-path order. */
    public List<Path> files() {
        return List.copyOf(files.keySet());
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public Stream<ArticleEntry> entries() {
        return files.entrySet().stream().map(f -> ArticleEntry.of(f.getValue().relativePath(), () -> read(f.getKey())));
    }

    @Override
    public List<InputFailure> problems() {
        return metadata.failures();
    }

    /** Problems with {@code metadata.csv}; they do not stop the run. */
    public List<InputFailure> metadataFailures() {
        return metadata.failures();
    }

    @Override
    public List<InputFailure> skipped() {
        return skipped;
    }

    /** The doc id of one of {@link #files()}. */
    public String docId(Path file) {
        return listed(file).docId();
    }

    /** The '/'-separated path of one of {@link #files()} relative to the folder (what failures and metadata.csv name). */
    public String relativePath(Path file) {
        return listed(file).relativePath();
    }

    /** Reads one of {@link #files()}; throws with the reason if it is not a usable article. */
    public Article read(Path file) throws IOException, ArticleDecoder.InvalidArticleException {
        Listed listed = listed(file);
        return read(file, listed.docId(), listed.relativePath(), metadata(file), decoder);
    }

    /** What {@code metadata.csv} says of one of {@link #files()} (empty values when it says nothing). */
    public ArticleMetadata metadata(Path file) {
        return metadata.forFile(listed(file).relativePath());
    }

    private Listed listed(Path file) {
        Listed listed = files.get(file);
        if (listed == null) {
            throw new IllegalArgumentException("not an article of " + folder + ": " + file);
        }
        return listed;
    }

    /**
     * Reads one article file as {@link #read(Path)} does, with the id, relative path and metadata the listing
     * gave it; for readers that have the listing from an {@code ArticleSource} but read elsewhere (a Spark
     * executor). A page ({@code .html}) gives its main text, and its title, date, outlet, address and
     * language where {@code metadata} leaves them empty.
     */
    public static Article read(Path file, String docId, String relativePath, ArticleMetadata metadata,
            ArticleDecoder decoder) throws IOException, ArticleDecoder.InvalidArticleException {
        // Checked before reading: a huge file must not be loaded (or exhaust the heap) just to be rejected.
        decoder.checkSize(Files.size(file));
        byte[] bytes = Files.readAllBytes(file);
        if (relativePath.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return new Article(docId, relativePath, decoder.decode(bytes), metadata);
        }
        HtmlArticle page = HtmlArticle.parse(bytes);
        return new Article(docId, relativePath, page.text(), page.metadataUnder(metadata));
    }

    private static String stem(String relativePath) {
        return relativePath.substring(0, relativePath.lastIndexOf('.'));
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** Walks the folder: article files into {@link #found}, everything else into {@link #skipped} with the reason. */
    private static final class Listing extends SimpleFileVisitor<Path> {
        final Path top;
        final Path realTop;
        final List<Path> found = new ArrayList<>();
        final List<InputFailure> skipped = new ArrayList<>();

        Listing(Path top) throws IOException {
            this.top = top;
            this.realTop = top.toRealPath();
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(top) && isHidden(dir)) {
                skip(dir, "hidden folder, not read");
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String name = file.getFileName().toString();
            if (file.getParent().equals(top) && name.equals(MetadataTable.FILE_NAME)) {
                return FileVisitResult.CONTINUE;
            }
            if (isHidden(file)) {
                skip(file, "hidden file, not read");
            } else if (attrs.isSymbolicLink()) {
                checkLink(file, name);
            } else if (!hasArticleExtension(name)) {
                skipOtherExtension(file);
            } else if (!attrs.isRegularFile()) {
                skip(file, "not a regular file");
            } else {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** A link is read when it leads to a regular file inside the folder: it is then one more name for an article there. */
        private void checkLink(Path link, String name) {
            try {
                Path target = link.toRealPath();
                if (!target.startsWith(realTop)) {
                    skip(link, "symbolic link to a file outside the input folder, not followed");
                } else if (!Files.isRegularFile(target)) {
                    skip(link, "symbolic link to a folder or special file, not followed");
                } else if (!hasArticleExtension(name)) {
                    skipOtherExtension(link);
                } else {
                    found.add(link);
                }
            } catch (IOException e) {
                skip(link, "broken symbolic link");
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            skip(file, "cannot be read: " + e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
        }

        private void skipOtherExtension(Path file) {
            skip(file, "not an article file (read are " + String.join(", ", EXTENSIONS)
                    + "; a .jsonl or .csv collection is read when it is the INPUT itself)");
        }

        private void skip(Path path, String reason) {
            skipped.add(new InputFailure(relative(top, path), reason));
        }

        private static boolean isHidden(Path path) {
            return path.getFileName().toString().startsWith(".");
        }

        private static boolean hasArticleExtension(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return EXTENSIONS.stream().anyMatch(lower::endsWith);
        }
    }
}
