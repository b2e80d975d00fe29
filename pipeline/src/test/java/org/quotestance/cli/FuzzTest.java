package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Random Unicode articles (fixed seed) through the whole pipeline and every writer: emoji and other
 * characters outside the BMP, right-to-left scripts, combining marks, control characters, quotation
 * marks of every style unpaired and nested, 10,000-character tokens, text of punctuation or capitals
 * only. No document may fail, every offset of every CSV and JSONL row must lie inside its text (and
 * JSONL spans must be their text), and every XMI file must load back with its text.
 */
class FuzzTest {

    private static final long SEED = 20_261_130L;
    private static final int DOCUMENTS = 40;

    @TempDir
    Path tmp;

    @Test
    @DisplayName("random Unicode text is annotated without failure and every offset stays inside the text")
    void randomUnicodeArticles() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Random random = new Random(SEED);
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = article(random, i);
            Files.writeString(in.resolve(String.format("fuzz%02d.txt", i)), text, StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("out");
        RunReport report = new CorpusAnnotator(10_000_000, 2).run(in, out, file -> { });

        assertEquals(List.of(), report.failures);
        assertEquals(DOCUMENTS, report.documentsAnnotated);
        Map<String, String> read = checkJsonl(out.resolve("jsonl/corpus.jsonl"));
        assertEquals(DOCUMENTS, read.size());
        assertTrue(report.counts.get("quotes") > 0 && report.counts.get("locations") > 0,
                "the random text gives quotes and places to check: " + report.counts);
        checkCsv(out.resolve("csv/quotes.csv"), read, "begin", "end", "speaker_begin", "speaker_end");
        checkCsv(out.resolve("csv/locations.csv"), read, "begin", "end");
        checkCsv(out.resolve("csv/stances.csv"), read, "begin", "end");
        for (Map.Entry<String, String> doc : read.entrySet()) {
            JCas jcas = JCasFactory.createJCas();
            try (InputStream xmi = Files.newInputStream(out.resolve("xmi/" + doc.getKey() + ".xmi"))) {
                CasIOUtils.load(xmi, jcas.getCas());
            }
            assertEquals(doc.getValue(), jcas.getDocumentText(), doc.getKey() + ".xmi loads back with its text");
        }
    }

    /** Each document's text by id, after checking that every span of every row lies inside it. */
    private static Map<String, String> checkJsonl(Path jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode doc = json.readTree(line);
            String id = doc.get("id").asText();
            String text = doc.get("text").asText();
            texts.put(id, text);
            for (String layer : List.of("quotes", "speakers", "locations", "stances", "relations")) {
                for (JsonNode row : doc.get(layer)) {
                    checkSpans(row, text, id + " " + layer);
                }
            }
        }
        return texts;
    }

    private static void checkSpans(JsonNode node, String text, String where) {
        if (node.has("start") && node.has("end")) {
            int start = node.get("start").asInt();
            int end = node.get("end").asInt();
            assertTrue(0 <= start && start <= end && end <= text.length(),
                    where + ": span " + start + "-" + end + " outside a text of " + text.length());
            if (node.has("text")) {
                assertEquals(text.substring(start, end), node.get("text").asText(), where + ": text of the span");
            }
        }
        node.forEach(child -> {
            if (child.isObject()) {
                checkSpans(child, text, where);
            }
        });
    }

    private static void checkCsv(Path csv, Map<String, String> texts, String... offsetColumns) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                int length = texts.get(row.get("doc_id")).length();
                for (String column : offsetColumns) {
                    String value = row.get(column);
                    if (!value.isEmpty()) {
                        int offset = Integer.parseInt(value);
                        assertTrue(0 <= offset && offset <= length,
                                csv.getFileName() + " " + column + "=" + offset + " outside a text of " + length);
                    }
                }
            }
        }
    }

    // ---- the random articles ----

    private static final String[] QUOTE_MARKS = { "\"", "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "'", "''",
            "`", "「", "」", "『", "』", "〝", "〞", "❝", "❞", "＂" };
    private static final String[] WORDS = { "said", "says", "told", "according", "to", "that", "the", "minister",
            "Paris", "London", "Washington", "Mr.", "Dr.", "he", "she", "they", "officials", "and", "but", "support",
            "oppose", "war", "peace", "Jane", "Roe", "New", "York", "of", "in", ",", ".", ":", ";", "—", "-", "(", ")" };

    private static String article(Random random, int i) {
        switch (i) {
            case 0:
                return "x".repeat(10_000) + " said that " + "Y".repeat(10_000) + "\n";
            case 1:
                return punctuationOnly(random, 3_000);
            case 2:
                return "THE MINISTER SAID THAT PARIS AND LONDON AGREED. \"WE AGREE,\" SHE SAID.\n".repeat(50);
            case 3:
                return "\"“„«‹‘'\n\n\"\n”»›’\n\"\"\"\"\n“ ” “ ”\n";
            default:
                StringBuilder text = new StringBuilder();
                int pieces = 20 + random.nextInt(200);
                for (int p = 0; p < pieces; p++) {
                    text.append(PIECES.get(random.nextInt(PIECES.size())).apply(random));
                }
                String s = text.toString();
                return s.isBlank() ? s + "x" : s;
        }
    }

    private interface Piece {
        String apply(Random random);
    }

    private static final List<Piece> PIECES = List.of(
            r -> WORDS[r.nextInt(WORDS.length)] + " ",
            r -> WORDS[r.nextInt(WORDS.length)] + " ",
            r -> WORDS[r.nextInt(WORDS.length)] + " ",
            r -> QUOTE_MARKS[r.nextInt(QUOTE_MARKS.length)],
            r -> QUOTE_MARKS[r.nextInt(QUOTE_MARKS.length)] + WORDS[r.nextInt(WORDS.length)],
            r -> "\"We agree,\" " + WORDS[r.nextInt(WORDS.length)] + " said. ",
            r -> "“" + "‘nested “deeper” ’ " + WORDS[r.nextInt(WORDS.length)] + "” ",
            r -> new String(Character.toChars(0x1F600 + r.nextInt(80))) + " ",
            r -> new String(Character.toChars(0x1D400 + r.nextInt(50))) + new String(Character.toChars(0x20000 + r.nextInt(1000))),
            r -> "قال الوزير إن " + "שלום עולם " + "\u200F",
            r -> "e" + (char) (0x0300 + r.nextInt(0x70)) + (char) (0x0300 + r.nextInt(0x70)) + " ",
            r -> String.valueOf((char) (1 + r.nextInt(31))),
            r -> String.valueOf(new char[] { '\u007F', '\u0085', '\u2028', '\u2029', '\uFEFF', '\u200B', '\u00A0',
                    '\r' }[r.nextInt(8)]),
            r -> "\n",
            r -> "\n\n",
            r -> r.nextInt(20) == 0 ? "z".repeat(10_000) : "",
            r -> punctuationOnly(r, 1 + r.nextInt(40)),
            r -> "WASHINGTON -- THE " + WORDS[r.nextInt(WORDS.length)].toUpperCase() + " ");

    private static String punctuationOnly(Random random, int n) {
        String marks = "!?.,;:—–-()[]{}…\"'“”‘’«»/\\*&%$#@";
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(marks.charAt(random.nextInt(marks.length())));
        }
        return s.toString();
    }
}
