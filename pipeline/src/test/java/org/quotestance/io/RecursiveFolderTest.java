package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A news archive stored as folders: every article in it is read, and everything else is named with a reason. */
class RecursiveFolderTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> ids(ArticleSource source) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (Path file : source.files()) {
            ids.add(source.read(file).docId());
        }
        return ids;
    }

    @Test
    void articleInADatedSubfolderGetsAPathDocId() throws Exception {
        write("2021/03/x.txt", "Nested.");
        write("top.txt", "Top.");
        ArticleSource source = ArticleSource.open(dir, 1000);
        assertEquals(2, source.size());
        Article nested = source.read(dir.resolve("2021/03/x.txt"));
        assertEquals("2021__03__x", nested.docId());
        assertEquals("2021/03/x.txt", nested.fileName());
        assertEquals("Nested.", nested.text());
        assertEquals(List.of("2021__03__x", "top"), ids(source));
    }

    @Test
    void metadataCsvNamesANestedFileByRelativePathAndATopLevelFileByName() throws Exception {
        write("2021/03/x.txt", "Nested.");
        write("top.txt", "Top.");
        write("metadata.csv", "file,outlet\n2021/03/x.txt,Archive Daily\ntop.txt,Top News\n");
        ArticleSource source = ArticleSource.open(dir, 1000);
        assertEquals(List.of(), source.problems());
        assertEquals("Archive Daily", source.read(dir.resolve("2021/03/x.txt")).metadata().outlet());
        assertEquals("Top News", source.read(dir.resolve("top.txt")).metadata().outlet());
    }

    @Test
    void idsThatCollideGetANumberInPathOrderIgnoringCase() throws Exception {
        write("a/b.txt", "Nested.");
        write("a__b.txt", "Flat, same id.");
        write("A__B.html", "<p>Same id but for case.</p>");
        ArticleSource source = ArticleSource.open(dir, 1000);
        // relative-path order: "A__B.html" < "a/b.txt" < "a__b.txt" ('/' sorts before '_')
        assertEquals(List.of("A__B", "a__b~2", "a__b~3"), ids(source));
        assertEquals(List.of("A__B", "a__b~2", "a__b~3"), ids(ArticleSource.open(dir, 1000)));
    }

    @Test
    void otherExtensionsHiddenFilesAndLinksOutOfTheFolderAreSkippedWithReasons() throws Exception {
        write("keep/one.txt", "Read.");
        write("keep/photo.jpg", "not text");
        write(".hidden.txt", "Hidden.");
        write(".git/HEAD.txt", "Hidden folder.");
        Path outside = Files.createTempFile("outside", ".txt");
        try {
            Files.createSymbolicLink(dir.resolve("link-out.txt"), outside);
            Files.createSymbolicLink(dir.resolve("link-in.txt"), dir.resolve("keep/one.txt"));
            ArticleSource source = ArticleSource.open(dir, 1000);
            assertEquals(List.of("keep__one", "link-in"), ids(source));
            Map<String, String> skipped = source.skipped().stream()
                    .collect(Collectors.toMap(InputFailure::file, InputFailure::reason));
            assertEquals(4, skipped.size(), skipped.toString());
            assertTrue(skipped.get("keep/photo.jpg").startsWith("not an article file"), skipped.toString());
            assertTrue(skipped.get(".hidden.txt").startsWith("hidden file"), skipped.toString());
            assertTrue(skipped.get(".git").startsWith("hidden folder"), skipped.toString());
            assertTrue(skipped.get("link-out.txt").contains("outside the input folder"), skipped.toString());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void savedPageBesideTextFilesIsReadAsItsMainText() throws Exception {
        write("pages/story.html", "<html lang=\"en-GB\"><head><title>Story | Daily</title></head><body>"
                + "<nav>Home News Sport</nav><article><h1>Story</h1><p>\"We agree,\" she said.</p></article>"
                + "</body></html>");
        Article page = ArticleSource.open(dir, 10_000).read(dir.resolve("pages/story.html"));
        assertEquals("pages__story", page.docId());
        assertEquals("Story\n\"We agree,\" she said.\n", page.text());
        assertEquals("Story | Daily", page.metadata().title());
        assertEquals("en", page.metadata().language());
    }
}
