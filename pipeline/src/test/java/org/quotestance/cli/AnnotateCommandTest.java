package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * The {@code annotate} command on bad input: each unusable file is named with its reason on stderr and
 * in {@code run-report.json}, the other files are annotated, and the exit code says what happened
 * (0 all annotated, 1 some files failed, 2 the run could not start).
 */
class AnnotateCommandTest {

    private static final String GOOD = "Minister calls for new talks\n\n"
            + "\"We are ready to talk,\" Foreign Minister Jane Roe said on Monday.\n";

    @TempDir
    Path tmp;

    private Path in;
    private Path out;

    @BeforeEach
    void inputFolderWithOneGoodArticle() throws IOException {
        in = Files.createDirectory(tmp.resolve("in"));
        out = tmp.resolve("out");
        Files.writeString(in.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
    }

    private record Run(int exitCode, String stderr) {
    }

    private static Run execute(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute(args);
        return new Run(code, err.toString());
    }

    private Run annotate(String... extra) {
        List<String> args = new ArrayList<>(List.of("annotate", in.toString(), "--out", out.toString(),
                "--no-progress"));
        args.addAll(List.of(extra));
        return execute(args.toArray(new String[0]));
    }

    private JsonNode report() throws IOException {
        return new ObjectMapper().readTree(out.resolve("run-report.json").toFile());
    }

    /** The one failure of the report: its file and reason; and checks the good article was still annotated. */
    private JsonNode onlyFailureAndGoodFileAnnotated(Run run) throws IOException {
        assertEquals(1, run.exitCode(), run.stderr());
        JsonNode report = report();
        assertEquals(1, report.get("documentsAnnotated").asInt());
        assertTrue(Files.isRegularFile(out.resolve("xmi/good.xmi")));
        assertEquals(1, report.get("failures").size(), report.toString());
        return report.get("failures").get(0);
    }

    private static void assertFailure(JsonNode failure, Run run, String file, String reasonPart) {
        assertEquals(file, failure.get("file").asText());
        assertTrue(failure.get("reason").asText().contains(reasonPart), failure.toString());
        assertTrue(run.stderr().contains("failed: " + file + ": "), run.stderr());
    }

    @Test
    void zeroThreadsIsRefusedBeforeTheRunStarts() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("zero-threads-in"));
        Files.writeString(in.resolve("a.txt"), "\"We agree,\" Jane Roe said.\n", StandardCharsets.UTF_8);
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        int code = cli.execute("annotate", in.toString(), "--out", tmp.resolve("zero-threads-out").toString(),
                "--no-progress", "--threads", "0");

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--threads must be at least 1"), err.toString());
        assertFalse(Files.exists(tmp.resolve("zero-threads-out")), "nothing was written");
    }

    @Test
    void allFilesUsableGivesExitCodeZeroAndNoFailures() throws IOException {
        Run run = annotate();
        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode report = report();
        assertEquals(1, report.get("filesFound").asInt());
        assertEquals(1, report.get("documentsAnnotated").asInt());
        assertEquals(0, report.get("failures").size());
        assertTrue(Files.isRegularFile(out.resolve("xmi/good.xmi")));
        assertTrue(Files.isRegularFile(out.resolve("csv/quotes.csv")));
    }

    @Test
    void fileThatIsNotUtf8IsReportedAndTheRunGoesOn() throws IOException {
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners protest.\n".getBytes(StandardCharsets.ISO_8859_1));
        Run run = annotate();
        assertFailure(onlyFailureAndGoodFileAnnotated(run), run, "latin1.txt", "not valid UTF-8");
        assertEquals(2, report().get("filesFound").asInt());
        assertFalse(Files.exists(out.resolve("xmi/latin1.xmi")));
    }

    @Test
    void emptyFileIsReportedAndTheRunGoesOn() throws IOException {
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Run run = annotate();
        assertFailure(onlyFailureAndGoodFileAnnotated(run), run, "empty.txt", "empty file");
    }

    @Test
    void binaryFileWithNulBytesIsReportedAndTheRunGoesOn() throws IOException {
        Files.write(in.resolve("image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
        Run run = annotate();
        assertFailure(onlyFailureAndGoodFileAnnotated(run), run, "image.txt", "binary file");
    }

    @Test
    void fileOverMaxBytesIsReportedAndTheRunGoesOn() throws IOException {
        Files.writeString(in.resolve("long.txt"), "Word. ".repeat(100));
        Run run = annotate("--max-bytes", "200");
        assertFailure(onlyFailureAndGoodFileAnnotated(run), run, "long.txt", "over the limit of 200 bytes");
    }

    @Test
    void metadataWithoutFileColumnIsReportedAndTheArticlesAreStillAnnotated() throws IOException {
        Files.writeString(in.resolve("metadata.csv"), "name,outlet\ngood.txt,Example TV\n");
        Run run = annotate();
        assertFailure(onlyFailureAndGoodFileAnnotated(run), run, "metadata.csv", "no 'file' column");
    }

    @Test
    void metadataWithUnknownColumnIsReportedAndTheKnownColumnsAreUsed() throws IOException {
        Files.writeString(in.resolve("metadata.csv"), "file,outlet,author\ngood.txt,Example TV,Jane Doe\n");
        Run run = annotate();
        assertFailure(onlyFailureAndGoodFileAnnotated(run), run, "metadata.csv", "unknown column 'author'");
        assertTrue(Files.readString(out.resolve("csv/documents.csv")).contains("good,Example TV,"));
    }

    @Test
    void metadataRowForAMissingFileIsReported() throws IOException {
        Files.writeString(in.resolve("metadata.csv"), "file,outlet\ngood.txt,Example TV\ngone.txt,Example TV\n");
        Run run = annotate();
        assertFailure(onlyFailureAndGoodFileAnnotated(run), run, "metadata.csv", "no article file named 'gone.txt'");
    }

    @Test
    void inputFolderThatDoesNotExistCannotStart() {
        in = tmp.resolve("no-such-folder");
        Run run = annotate();
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("no-such-folder") && run.stderr().contains("does not exist"), run.stderr());
        assertFalse(Files.exists(out.resolve("run-report.json")));
    }

    @Test
    void outputFolderThatIsNotWritableCannotStart() throws IOException {
        Files.createDirectory(out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "running as root: a read-only folder is still writable");
            Run run = annotate();
            assertEquals(2, run.exitCode());
            assertTrue(run.stderr().contains("not writable") && run.stderr().contains(out.toString()), run.stderr());
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void outputFolderUnderARegularFileCannotStart() throws IOException {
        // unlike a read-only folder, a regular file in the path stops root too (CI runs as root)
        Path file = Files.writeString(tmp.resolve("notes.txt"), "a file, not a folder");
        out = file.resolve("corpus");
        Run run = annotate();
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("cannot create output folder ")
                && run.stderr().contains(file + " is not a folder"), run.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void outputPathThatIsAFileCannotStart() throws IOException {
        Files.writeString(out, "not a folder");
        Run run = annotate();
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("cannot create output folder") && run.stderr().contains(out.toString()),
                run.stderr());
    }

    @Test
    void maxBytesThatIsNotANumberIsAUsageError() {
        Run run = annotate("--max-bytes", "lots");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("--max-bytes"), run.stderr());
    }
}
