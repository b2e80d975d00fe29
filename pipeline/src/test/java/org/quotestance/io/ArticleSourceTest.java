package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    @TempDir
    Path dir;

    @Test
    void inputFolderThatDoesNotExistIsAClearError() {
        Path missing = dir.resolve("no-such-folder");
        IOException e = assertThrows(IOException.class, () -> ArticleSource.open(missing, 1000));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("no-such-folder"));
    }

    @Test
    void articlesAreTheTxtFilesInNameOrderWithTheStemAsDocId() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second.");
        Files.writeString(dir.resolve("a.txt"), "First.");
        Files.writeString(dir.resolve("notes.md"), "Not an article.");
        Files.createDirectory(dir.resolve("folder.txt"));
        ArticleSource source = ArticleSource.open(dir, 1000);
        assertEquals(2, source.files().size());
        Article first = source.read(source.files().get(0));
        assertEquals("a", first.docId());
        assertEquals("a.txt", first.fileName());
        assertEquals("First.", first.text());
        assertEquals("b", source.read(source.files().get(1)).docId());
    }

    @Test
    void metadataRowReachesItsArticle() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "First.");
        Files.writeString(dir.resolve("metadata.csv"), "file,outlet,language\na.txt,Example TV,de\n",
                StandardCharsets.UTF_8);
        Article article = ArticleSource.open(dir, 1000).read(dir.resolve("a.txt"));
        assertEquals("Example TV", article.metadata().outlet());
        assertEquals("de", article.metadata().language());
    }

    @Test
    void fileOverTheSizeLimitIsRejected() throws Exception {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        ArticleSource source = ArticleSource.open(dir, 1000);
        ArticleDecoder.InvalidArticleException e = assertThrows(ArticleDecoder.InvalidArticleException.class,
                () -> source.read(dir.resolve("big.txt")));
        assertTrue(e.getMessage().contains("over the limit of 1000 bytes"), e.getMessage());
    }

    @Test
    void fileOverTwoGigabytesIsRejectedBySizeWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: takes no disk space
        }
        ArticleSource source = ArticleSource.open(dir, ArticleSource.DEFAULT_MAX_BYTES);
        ArticleDecoder.InvalidArticleException e = assertThrows(ArticleDecoder.InvalidArticleException.class,
                () -> source.read(huge));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    }
}
