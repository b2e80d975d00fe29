package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataTableTest {

    @TempDir
    Path dir;

    private MetadataTable load(String csv, String... articles) throws Exception {
        Files.writeString(dir.resolve(MetadataTable.FILE_NAME), csv, StandardCharsets.UTF_8);
        return MetadataTable.load(dir, Set.of(articles));
    }

    @Test
    void noMetadataFileMeansEmptyMetadataAndNoFailures() {
        MetadataTable table = MetadataTable.load(dir, Set.of("a.txt"));
        assertEquals(ArticleMetadata.empty(), table.forFile("a.txt"));
        assertEquals(List.of(), table.failures());
    }

    @Test
    void rowsGiveEachFileItsMetadata() throws Exception {
        MetadataTable table = load("file,outlet,url,date,title,language\n"
                + "a.txt,Example TV,https://example.tv/1,2021-03-01,\"Talks, again\",en\n"
                + "b.txt,Example Post,,,,\n", "a.txt", "b.txt");
        assertEquals(new ArticleMetadata("Example TV", "https://example.tv/1", "2021-03-01", "Talks, again", "en"),
                table.forFile("a.txt"));
        assertEquals(new ArticleMetadata("Example Post", "", "", "", "en"), table.forFile("b.txt"));
        assertEquals(List.of(), table.failures());
    }

    @Test
    void tableWithoutFileColumnIsNotUsedAndSaysWhy() throws Exception {
        MetadataTable table = load("name,outlet\na.txt,Example TV\n", "a.txt");
        assertEquals(ArticleMetadata.empty(), table.forFile("a.txt"));
        assertEquals(1, table.failures().size());
        InputFailure failure = table.failures().get(0);
        assertEquals("metadata.csv", failure.file());
        assertTrue(failure.reason().contains("no 'file' column"), failure.reason());
    }

    @Test
    void unknownColumnIsReportedAndTheRestIsUsed() throws Exception {
        MetadataTable table = load("file,outlet,author\na.txt,Example TV,Jane Doe\n", "a.txt");
        assertEquals("Example TV", table.forFile("a.txt").outlet());
        assertEquals(1, table.failures().size());
        assertEquals("metadata.csv", table.failures().get(0).file());
        assertTrue(table.failures().get(0).reason().contains("unknown column 'author'"));
    }

    @Test
    void rowForAFileThatDoesNotExistIsReportedWithItsLine() throws Exception {
        MetadataTable table = load("file,outlet\na.txt,Example TV\nmissing.txt,Example Post\n", "a.txt");
        assertEquals("Example TV", table.forFile("a.txt").outlet());
        assertEquals(1, table.failures().size());
        String reason = table.failures().get(0).reason();
        assertTrue(reason.contains("'missing.txt'") && reason.contains("line 3"), reason);
    }

    @Test
    void metadataSavedWithAByteOrderMarkStillHasItsFileColumn() throws Exception {
        MetadataTable table = load("\uFEFFfile,outlet\na.txt,Example TV\n", "a.txt");
        assertEquals(List.of(), table.failures());
        assertEquals("Example TV", table.forFile("a.txt").outlet());
    }

    @Test
    void malformedCsvIsReportedNotThrown() throws Exception {
        MetadataTable table = load("file,outlet\na.txt,\"Example TV\n", "a.txt");
        assertEquals(ArticleMetadata.empty(), table.forFile("a.txt"));
        assertEquals(1, table.failures().size());
        assertTrue(table.failures().get(0).reason().contains("metadata not used"), table.failures().get(0).reason());
    }

    @Test
    void metadataThatIsNotUtf8IsReportedNotThrown() throws Exception {
        Files.write(dir.resolve(MetadataTable.FILE_NAME),
                "file,outlet\na.txt,Caf\u00e9 TV\n".getBytes(StandardCharsets.ISO_8859_1));
        MetadataTable table = MetadataTable.load(dir, Set.of("a.txt"));
        assertEquals(1, table.failures().size());
        assertTrue(table.failures().get(0).reason().contains("UTF-8"), table.failures().get(0).reason());
    }
}
