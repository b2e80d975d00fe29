package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.InputFailure;
import org.quotestance.pipeline.EngineSpec;
import org.quotestance.pipeline.PipelineList;
import org.quotestance.write.Umask;

/**
 * A run owns its output folder (written beside it, swapped in at the end), can be resumed after an
 * interruption, gives up a document over its time budget, and writes files readable as the umask says.
 */
class RunLifecycleTest {

    @TempDir
    Path tmp;

    private Path in;

    @BeforeEach
    void articles() throws IOException {
        in = Files.createDirectory(tmp.resolve("in"));
        for (int i = 1; i <= 5; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Talks resume in Vienna\n\n"
                    + "\"We will talk, and we will listen,\" Foreign Minister Jane Roe" + i + " said in Paris on Monday.\n\n"
                    + "Roe" + i + " said that the talks would resume soon, according to officials in Berlin.\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static RunReport annotate(Path input, Path out) throws Exception {
        return new CorpusAnnotator(1_000_000, 2).run(input, out, file -> { });
    }

    @Test
    @DisplayName("a second run into the same folder leaves exactly its own documents")
    void secondRunReplacesTheFirst() throws Exception {
        Path out = tmp.resolve("out");
        annotate(in, out);
        Path one = Files.createDirectory(tmp.resolve("one"));
        Files.copy(in.resolve("a3.txt"), one.resolve("x.txt"));
        annotate(one, out);

        assertEquals(List.of("TypeSystem.xml", "x.xmi"), names(out.resolve("xmi")));
        List<String> documents = Files.readAllLines(out.resolve("csv/documents.csv"));
        assertEquals(2, documents.size(), "header and one document: " + documents);
        assertTrue(documents.get(1).startsWith("x,"), documents.get(1));
        assertEquals(List.of("in", "one", "out"), names(tmp), "no unfinished or replaced folder is left");
    }

    @Test
    @DisplayName("a folder holding files the tool did not write is refused and left as it was")
    void foreignFolderIsRefused() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("thesis"));
        Files.writeString(out.resolve("chapter1.tex"), "my thesis");
        IOException refused = assertThrows(IOException.class, () -> annotate(in, out));
        assertTrue(refused.getMessage().contains("chapter1.tex"), refused.getMessage());
        assertEquals(List.of("chapter1.tex"), names(out));
        assertEquals("my thesis", Files.readString(out.resolve("chapter1.tex")));
    }

    @Test
    @DisplayName("an interrupted run leaves the previous corpus untouched, and --resume ends with the same bytes as an uninterrupted run")
    void interruptedRunIsResumedToTheSameBytes() throws Exception {
        Path reference = tmp.resolve("reference");
        annotate(in, reference);
        List<String> files = CorpusFiles.list(reference);

        Path out = tmp.resolve("out");
        Path other = Files.createDirectory(tmp.resolve("other"));
        Files.copy(in.resolve("a1.txt"), other.resolve("old.txt"));
        annotate(other, out);
        byte[] previousDocuments = Files.readAllBytes(out.resolve("csv/documents.csv"));

        AtomicInteger done = new AtomicInteger();
        assertThrows(Interrupted.class, () -> new CorpusAnnotator(1_000_000, 1).run(in, out, file -> {
            if (done.incrementAndGet() == 3) {
                throw new Interrupted();
            }
        }));
        assertEquals(List.of("TypeSystem.xml", "old.xmi"), names(out.resolve("xmi")), "the previous corpus stays");
        assertEquals(new String(previousDocuments, StandardCharsets.UTF_8),
                Files.readString(out.resolve("csv/documents.csv")));
        Path unfinished = tmp.resolve(".out.unfinished");
        assertTrue(Files.isRegularFile(unfinished.resolve("xmi/a1.xmi")), "the unfinished run kept a1's XMI");
        FileTime a1Written = Files.getLastModifiedTime(unfinished.resolve("xmi/a1.xmi"));
        Thread.sleep(1100); // so that rewriting a1.xmi would show in its time stamp

        new CorpusAnnotator(1_000_000, 2).resume(true).run(in, out, file -> { });

        assertEquals(files, CorpusFiles.list(out));
        CorpusFiles.assertIdentical(reference, out, files, "A resumed run differs from an uninterrupted one.");
        assertEquals(a1Written, Files.getLastModifiedTime(out.resolve("xmi/a1.xmi")), "a1 was read back, not redone");
        assertFalse(Files.exists(unfinished));
    }

    @Test
    @DisplayName("a resumed run whose input now names other people annotates again, since speaker ids depend on the whole corpus")
    void resumeAfterTheInputChangedAnnotatesAgain() throws Exception {
        Path out = tmp.resolve("out");
        AtomicInteger done = new AtomicInteger();
        assertThrows(Interrupted.class, () -> new CorpusAnnotator(1_000_000, 1).run(in, out, file -> {
            if (done.incrementAndGet() == 3) {
                throw new Interrupted();
            }
        }));
        Path unfinished = tmp.resolve(".out.unfinished");
        FileTime a1Written = Files.getLastModifiedTime(unfinished.resolve("xmi/a1.xmi"));
        Files.writeString(in.resolve("a6.txt"), "Talks resume\n\nMaria Roe1 of the committee was not there.\n",
                StandardCharsets.UTF_8);
        Path reference = tmp.resolve("reference");
        annotate(in, reference);
        Thread.sleep(1100); // so that rewriting a1.xmi shows in its time stamp

        new CorpusAnnotator(1_000_000, 2).resume(true).run(in, out, file -> { });

        List<String> files = CorpusFiles.list(reference);
        assertEquals(files, CorpusFiles.list(out));
        CorpusFiles.assertIdentical(reference, out, files, "A resumed run on changed input differs from a fresh one.");
        assertNotEquals(a1Written, Files.getLastModifiedTime(out.resolve("xmi/a1.xmi")), "a1 was annotated again");
        assertFalse(Files.exists(out.resolve(OutputFolder.NAMES)), "the names index stays out of the corpus");
    }

    @Test
    @DisplayName("a document over the time budget is reported and dropped, and the run goes on")
    void documentOverTheTimeBudgetIsGivenUp() throws Exception {
        Files.writeString(in.resolve("a2.txt"), "SLOW news\n\nThe minister said that SLOW talks would go on.\n");
        List<EngineSpec> annotators = new ArrayList<>(PipelineList.read(PipelineList.DEFAULT));
        annotators.add(EngineSpec.parse(SleepingAnnotator.class.getName()));
        Path out = tmp.resolve("out");
        RunReport report = new CorpusAnnotator(1_000_000, 1).annotators(annotators)
                .docTimeout(Duration.ofSeconds(5)).run(in, out, file -> { });

        assertEquals(List.of(new InputFailure("a2.txt", "time budget exceeded after 5 s")), report.failures);
        assertEquals(4, report.documentsAnnotated);
        assertEquals(List.of("TypeSystem.xml", "a1.xmi", "a3.xmi", "a4.xmi", "a5.xmi"), names(out.resolve("xmi")));
        assertEquals(5, Files.readAllLines(out.resolve("csv/documents.csv")).size(), "header and four documents");
    }

    @Test
    @DisplayName("output files and folders are readable as the umask says (0644 and 0755 under umask 022)")
    void modesFollowTheUmask() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path out = tmp.resolve("out");
        annotate(in, out);
        String file = PosixFilePermissions.toString(Umask.newFilePermissions());
        String folder = PosixFilePermissions.toString(Umask.newFolderPermissions());
        if (Umask.value() == 0022) {
            assertEquals("rw-r--r--", file);
        }
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.toList()) {
                assertEquals(Files.isDirectory(p) ? folder : file,
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), out.relativize(p).toString());
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Stands for SIGINT or a crash part-way through the run. */
    private static final class Interrupted extends RuntimeException {
    }
}
