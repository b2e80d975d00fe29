package org.quotestance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The corpus folder of a run. The run writes into a hidden sibling, {@code .NAME.unfinished}, and
 * {@link #commit} swaps it in when everything is written, so the folder holds exactly one run's output
 * and a run that fails or is killed leaves the previous corpus as it was (and its unfinished folder, which
 * {@code --resume} continues). An existing folder is replaced only when it is ours: empty, or holding our
 * {@code run-report.json} and nothing at its top level but the entries this tool writes. Anything else is
 * refused, since replacing it would delete files we did not write.
 */
final class OutputFolder {

    static final String REPORT = "run-report.json";
    /** Written into the unfinished folder when it is made, taken out before the swap. */
    static final String MARKER = ".quotestance-unfinished";
    /**
     * The corpus's names gathered by the run's first pass, kept in the unfinished folder so that a resumed run
     * can tell whether its input still gives the same ones; taken out before the swap.
     */
    static final String NAMES = ".quotestance-names";
    /** What a corpus folder holds at its top level (every format's output, and the report). */
    private static final Set<String> OUR_ENTRIES = Set.of("xmi", "csv", "jsonl", "conll", "graph", "site", "README.md",
            "croissant.json", REPORT);

    private final Path corpus;
    private final Path work;
    private final boolean resumed;

    private OutputFolder(Path corpus, Path work, boolean resumed) {
        this.corpus = corpus;
        this.work = work;
        this.resumed = resumed;
    }

    /**
     * Checks that {@code corpus} may be replaced and prepares the folder the run writes to: the unfinished
     * folder of an earlier run when {@code resume} is set and there is one, else a new one.
     */
    static OutputFolder claim(Path corpus, boolean resume) throws IOException {
        Path absolute = corpus.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IOException("cannot write a corpus into the root folder " + corpus);
        }
        refuseForeign(absolute);
        Path work = absolute.resolveSibling("." + absolute.getFileName() + ".unfinished");
        boolean unfinished = Files.isRegularFile(work.resolve(MARKER));
        if (Files.exists(work) && !unfinished) {
            throw new IOException("cannot use " + work + " for the unfinished run: it exists and was not made by "
                    + "quotestance (no " + MARKER + " in it); move it away");
        }
        if (unfinished && resume) {
            deleteUnfinishedFiles(work);
            return new OutputFolder(absolute, work, true);
        }
        if (unfinished) {
            deleteTree(work);
        }
        createFolder(work);
        Files.write(work.resolve(MARKER), new byte[0]);
        return new OutputFolder(absolute, work, false);
    }

    /** The folder the run writes to. */
    Path work() {
        return work;
    }

    /** Whether {@link #work()} holds what an interrupted run finished. */
    boolean resumed() {
        return resumed;
    }

    /** Puts the finished corpus in place of the folder's previous content, which is deleted. */
    void commit() throws IOException {
        Files.delete(work.resolve(MARKER));
        Files.deleteIfExists(work.resolve(NAMES));
        Path replaced = corpus.resolveSibling("." + corpus.getFileName() + ".replaced");
        deleteTree(replaced);
        if (Files.exists(corpus)) {
            Files.move(corpus, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(work, corpus, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(replaced);
    }

    private static void refuseForeign(Path corpus) throws IOException {
        if (!Files.exists(corpus)) {
            return;
        }
        if (!Files.isDirectory(corpus)) {
            throw new IOException("cannot create output folder " + corpus + ": it exists and is a file, not a folder");
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(corpus)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!OUR_ENTRIES.contains(name)) {
                    foreign.add(name);
                }
            }
        }
        boolean empty = isEmpty(corpus);
        if (!empty && !isOurReport(corpus.resolve(REPORT))) {
            foreign.add(0, "no " + REPORT + " of quotestance");
        }
        if (!foreign.isEmpty()) {
            throw new IOException("refusing to replace " + corpus + ": it holds files quotestance did not write ("
                    + String.join(", ", new TreeSet<>(foreign)) + "); give --out a new or empty folder, "
                    + "or one an earlier run wrote");
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static boolean isOurReport(Path report) {
        try (InputStream in = Files.newInputStream(report)) {
            JsonNode json = new ObjectMapper().readTree(in);
            return json != null && "quotestance".equals(json.path("tool").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** Files an interrupted writer left under a temporary name ({@code .NAME.RANDOM.part}). */
    private static void deleteUnfinishedFiles(Path work) throws IOException {
        List<Path> parts = new ArrayList<>();
        Files.walkFileTree(work, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".part")) {
                    parts.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path part : parts) {
            Files.deleteIfExists(part);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Like {@link Files#createDirectories}, with a message that says why (the JDK's message is only the path). */
    static void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot create output folder " + folder + ": permission denied on " + e.getFile(), e);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create output folder " + folder + ": " + e.getFile()
                    + " exists and is not a folder", e);
        } catch (IOException e) {
            Path file = folder.toAbsolutePath().getParent();
            while (file != null && !Files.isRegularFile(file)) {
                file = file.getParent();
            }
            throw new IOException("cannot create output folder " + folder + ": "
                    + (file == null ? e.toString() : file + " is not a folder"), e);
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("output folder is not writable: " + folder);
        }
    }
}
