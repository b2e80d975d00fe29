package org.quotestance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News as scrapers and news APIs deliver it: one JSONL or CSV file, an article per line or row. */
class CollectionInputTest {

    @TempDir
    Path dir;

    /** Each entry read: the article's id, or "!" and the failure's reason. */
    private static List<String> read(ArticleInput input) throws IOException {
        List<String> results = new ArrayList<>();
        try (Stream<ArticleEntry> entries = input.entries()) {
            for (ArticleEntry entry : (Iterable<ArticleEntry>) entries::iterator) {
                try {
                    results.add(entry.read().docId());
                } catch (ArticleDecoder.InvalidArticleException e) {
                    results.add("!" + entry.name() + ": " + e.getMessage());
                }
            }
        }
        return results;
    }

    @Test
    void badJsonlLineReportedWithItsNumberOthersRead() throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.write(file, String.join("\n",
                "{\"id\": \"a1\", \"text\": \"First.\", \"outlet\": \"Wire\", \"date\": \"2021-03-04\", \"extra\": 1}",
                "{\"id\": \"a2\", \"text\": \"Broken",
                "",
                "{\"id\": \"a3\"}",
                "[1, 2]",
                "{\"id\": 4, \"text\": \"Numeric id.\", \"title\": {\"nested\": true}}",
                "{\"id\": \"a5\", \"text\": \"Last.\"}").getBytes(StandardCharsets.UTF_8));
        ArticleInput input = ArticleInput.open(file, 1000);
        assertEquals(6, input.size());
        List<String> results = read(input);
        assertEquals(6, results.size(), results.toString());
        assertEquals("a1", results.get(0));
        assertTrue(results.get(1).startsWith("!news.jsonl: line 2: not valid JSON"), results.get(1));
        assertEquals("!news.jsonl: line 4: no 'text' (or only white space)", results.get(2));
        assertEquals("!news.jsonl: line 5: not a JSON object", results.get(3));
        assertEquals("!news.jsonl: line 6: 'title' is not a string", results.get(4));
        assertEquals("a5", results.get(5));
    }

    @Test
    void jsonlFieldsBecomeTheArticlesMetadata() throws IOException, ArticleDecoder.InvalidArticleException {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, "{\"id\": \"2021/x\", \"text\": \"Body.\", \"outlet\": \"Wire\", \"url\": \"https://w.example/x\","
                + " \"date\": \"2021-03-04\", \"title\": \"T\", \"language\": \"de\"}\n");
        try (Stream<ArticleEntry> entries = ArticleInput.open(file, 1000).entries()) {
            Article a = entries.findFirst().orElseThrow().read();
            assertEquals("2021__x", a.docId());
            assertEquals("news.jsonl#1", a.fileName());
            assertEquals(new ArticleMetadata("Wire", "https://w.example/x", "2021-03-04", "T", "de"), a.metadata());
        }
    }

    @Test
    void jsonlLineThatIsNotUtf8OrOverTheLimitIsReportedAndTheNextLineRead() throws IOException {
        Path file = dir.resolve("news.jsonl");
        byte[] latin1 = "{\"id\": \"c\", \"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] big = ("{\"id\": \"big\", \"text\": \"" + "x".repeat(2000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] good = "{\"id\": \"same\", \"text\": \"One.\"}\n{\"id\": \"same\", \"text\": \"Two.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(latin1, big, good));
        List<String> results = read(ArticleInput.open(file, 1000));
        assertEquals(4, results.size(), results.toString());
        assertTrue(results.get(0).startsWith("!news.jsonl: line 1: not valid UTF-8"), results.get(0));
        assertTrue(results.get(1).startsWith("!news.jsonl: line 2: line is 2025 bytes, over the limit"), results.get(1));
        assertEquals(List.of("same", "same~2"), results.subList(2, 4));
    }

    @Test
    void csvRowWithoutTextReportedWithItsLineEvenAfterAMultiLineCell() throws IOException {
        Path file = dir.resolve("news.csv");
        Files.writeString(file, "\uFEFFid,title,text,source_api\r\n"
                + "a,First,\"Para one.\n\nPara two.\",x\r\n"
                + "b,No text,,x\r\n"
                + ",No id,Body.,x\r\n"
                + "c,Last,Body three.,x\r\n", StandardCharsets.UTF_8);
        ArticleInput input = ArticleInput.open(file, 1000);
        assertEquals(4, input.size());
        List<String> results = read(input);
        assertEquals(List.of("a", "!news.csv: line 5: no 'text' (or only white space)", "!news.csv: line 6: no 'id'",
                "c"), results);
    }

    @Test
    void csvThatStopsBeingCsvIsReportedWhereItBreaks() throws IOException {
        Path file = dir.resolve("news.csv");
        Files.writeString(file, "id,text\na,Fine.\nb,\"unclosed quote\n", StandardCharsets.UTF_8);
        List<String> results = read(ArticleInput.open(file, 1000));
        assertEquals(2, results.size(), results.toString());
        assertEquals("a", results.get(0));
        assertTrue(results.get(1).startsWith("!news.csv: line 3: not readable as UTF-8 CSV"), results.get(1));
    }

    @Test
    void csvWithoutIdOrTextColumnIsRefusedWithItsColumns() throws IOException {
        Path file = dir.resolve("news.csv");
        Files.writeString(file, "headline,body\nA,B\n");
        IOException e = assertThrows(IOException.class, () -> ArticleInput.open(file, 1000));
        assertTrue(e.getMessage().contains("needs the columns 'id' and 'text'") && e.getMessage().contains("headline"),
                e.getMessage());
    }

    @Test
    void anInputThatIsNeitherFolderNorCollectionIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("one.txt"), "Text.");
        IOException e = assertThrows(IOException.class, () -> ArticleInput.open(file, 1000));
        assertTrue(e.getMessage().contains("a folder of .txt/.html articles, a .jsonl or a .csv file"), e.getMessage());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
