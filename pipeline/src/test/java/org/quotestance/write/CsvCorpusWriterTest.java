package org.quotestance.write;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleMetadata;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;

/** The CSV tables: the contract's columns in order, exact offsets, exact RFC 4180 round trip. */
class CsvCorpusWriterTest {

    /** The columns DESIGN.md requires, in order ("at least, in this order; more may follow"). */
    private static final Map<String, List<String>> CONTRACT = Map.of(
            "documents.csv", List.of("doc_id", "outlet", "date", "title", "url", "n_chars", "n_quotes",
                    "n_locations", "n_stances"),
            "quotes.csv", List.of("doc_id", "quote_id", "type", "begin", "end", "text", "speaker_id", "speaker_name",
                    "speaker_mention", "speaker_mention_type", "cue"),
            "speakers.csv", List.of("speaker_id", "canonical_name", "kind", "role", "variants", "n_quotes", "n_docs",
                    "aliases", "n_mentions", "n_outlets", "first_date", "last_date", "ambiguous_with", "external_id"),
            "locations.csv", List.of("doc_id", "begin", "end", "surface", "name", "geonames_id", "country_code",
                    "feature_class", "latitude", "longitude", "usage"),
            "stances.csv", List.of("doc_id", "stance_id", "holder_id", "holder_name", "target", "polarity", "begin",
                    "end", "evidence", "quote_id"));

    /** Invented articles with commas, straight and curly quotes, line breaks and non-ASCII inside quotes. */
    private static final List<Article> ARTICLES = List.of(
            new Article("a1", "a1.txt", "Minister vows to rebuild Xankəndi\n\n"
                    + "“We will rebuild Xankəndi, street by street, and nobody will stop us,” Foreign Minister "
                    + "Jane Roe said on Monday. 😀\n\n"
                    + "\"The so-called \"peace plan\" is a trap, not a deal,\" Roe told reporters in Bakı.\n\n"
                    + "Roe said that the talks, which began in Geneva, would resume “very soon”.\n\n"
                    + "Roe said she has never supported the casino project in Bakı.\n",
                    new ArticleMetadata("Example TV, Inc.", "https://example.tv/a1?x=1,2", "2021-03-01",
                            "Roe: \"rebuild\" Xankəndi", "en")),
            new Article("a2", "a2.txt", "Envoy: talks to resume\r\n\r\n"
                    + "“The first round was difficult.\r\n\r\n"
                    + "“The second will be better,” envoy John Smith said.\r\n",
                    ArticleMetadata.empty()));

    @TempDir
    Path out;

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static List<String> header(Path csv) throws Exception {
        return read(csv).get(0).toList();
    }

    private static List<Map<String, String>> rows(Path csv) throws Exception {
        List<CSVRecord> records = read(csv);
        List<String> header = records.get(0).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            assertEquals(header.size(), record.size(), "row " + record.getRecordNumber() + " of " + csv);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Runs the default pipeline and the writers over {@link #ARTICLES}; returns the texts by doc id. */
    private Map<String, String> runPipeline() throws Exception {
        List<AnalysisEngineDescription> steps = new ArrayList<>(PipelineFactory.annotators());
        steps.addAll(PipelineFactory.writers(out));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
        Map<String, String> texts = new HashMap<>();
        JCas jcas = JCasFactory.createJCas();
        for (Article article : ARTICLES) {
            jcas.reset();
            ArticleCasInitializer.initialize(jcas, article);
            engine.process(jcas);
            texts.put(article.docId(), article.text());
        }
        engine.collectionProcessComplete();
        engine.destroy();
        return texts;
    }

    @Test
    void everyTableHasTheContractColumnsFirstInOrder() throws Exception {
        runPipeline();
        for (CsvTable table : CsvTable.values()) {
            List<String> header = header(out.resolve("csv").resolve(table.fileName()));
            List<String> contract = CONTRACT.get(table.fileName());
            assertEquals(contract, header.subList(0, Math.min(contract.size(), header.size())), table.fileName());
            assertEquals(table.columns(), header, table.fileName());
        }
        assertEquals(CONTRACT.keySet().size(), CsvTable.values().length);
    }

    @Test
    void tablesAreUtf8WithCrLfRecordsAndNoByteOrderMark() throws Exception {
        runPipeline();
        byte[] bytes = Files.readAllBytes(out.resolve("csv/documents.csv"));
        assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, "no BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", CONTRACT.get("documents.csv")) + "\r\n"), text);
        assertTrue(text.contains("Xankəndi"), text);
    }

    @Test
    void quoteOffsetsSliceTheDocumentTextExactly() throws Exception {
        Map<String, String> texts = runPipeline();
        List<Map<String, String>> quotes = rows(out.resolve("csv/quotes.csv"));
        assertFalse(quotes.isEmpty(), "the invented articles have quotes");
        for (Map<String, String> q : quotes) {
            String text = texts.get(q.get("doc_id"));
            assertEquals(q.get("text"), text.substring(Integer.parseInt(q.get("begin")), Integer.parseInt(q.get("end"))),
                    q.toString());
            if (!q.get("speaker_begin").isEmpty()) {
                assertEquals(q.get("speaker_mention"), text.substring(Integer.parseInt(q.get("speaker_begin")),
                        Integer.parseInt(q.get("speaker_end"))), q.toString());
            }
        }
        assertTrue(quotes.stream().anyMatch(q -> q.get("text").contains(",")), "a quote with a comma was written");
    }

    @Test
    void locationAndStanceOffsetsSliceTheDocumentTextExactly() throws Exception {
        Map<String, String> texts = runPipeline();
        List<Map<String, String>> locations = rows(out.resolve("csv/locations.csv"));
        assertTrue(locations.stream().anyMatch(l -> l.get("surface").equals("Geneva")), locations::toString);
        for (Map<String, String> l : locations) {
            String text = texts.get(l.get("doc_id"));
            assertEquals(l.get("surface"),
                    text.substring(Integer.parseInt(l.get("begin")), Integer.parseInt(l.get("end"))), l.toString());
        }
        List<Map<String, String>> stances = rows(out.resolve("csv/stances.csv"));
        assertFalse(stances.isEmpty(), "Roe's own position on the casino project is a stance");
        for (Map<String, String> s : stances) {
            String text = texts.get(s.get("doc_id"));
            assertEquals(s.get("evidence"),
                    text.substring(Integer.parseInt(s.get("begin")), Integer.parseInt(s.get("end"))), s.toString());
        }
    }

    @Test
    void documentsTableCarriesMetadataAndUtf16Length() throws Exception {
        Map<String, String> texts = runPipeline();
        List<Map<String, String>> docs = rows(out.resolve("csv/documents.csv"));
        assertEquals(List.of("a1", "a2"), docs.stream().map(d -> d.get("doc_id")).toList());
        Map<String, String> a1 = docs.get(0);
        assertEquals("Example TV, Inc.", a1.get("outlet"));
        assertEquals("Roe: \"rebuild\" Xankəndi", a1.get("title"));
        assertEquals("https://example.tv/a1?x=1,2", a1.get("url"));
        assertEquals(String.valueOf(texts.get("a1").length()), a1.get("n_chars"));
        long quotes = rows(out.resolve("csv/quotes.csv")).stream().filter(q -> q.get("doc_id").equals("a1")).count();
        assertEquals(String.valueOf(quotes), a1.get("n_quotes"));
    }

    /**
     * The writer alone, on quotes placed by hand over text with every character RFC 4180 has to escape
     * (comma, double quote, CR, LF, CR LF) and non-ASCII: the table reads back to exactly the CAS values.
     */
    @Test
    void fieldsWithCommasQuotesLineBreaksAndNonAsciiRoundTripExactly() throws Exception {
        String[] spans = { "Xankəndi, Bakı and “curly” ‘single’", "she said \"no\", twice", "line one\nline two",
                "windows\r\nline", "old mac\rline", " leading and trailing spaces ", "#hash, =SUM(A1)", "😀 emoji" };
        StringBuilder text = new StringBuilder("Intro.\n");
        List<int[]> offsets = new ArrayList<>();
        for (String span : spans) {
            offsets.add(new int[] { text.length(), text.length() + span.length() });
            text.append(span).append(" | ");
        }
        JCas jcas = JCasFactory.createJCas();
        ArticleCasInitializer.initialize(jcas, new Article("d,1", "d,1.txt", text.toString(),
                new ArticleMetadata("Out\"let", "", "", "Title\nwith break", "en")));
        SpeakerEntity entity = new SpeakerEntity(jcas);
        entity.setEntityId("roe_j");
        entity.setCanonicalName("Jane \"JR\" Roe, Jr.");
        entity.setKind("PERSON");
        entity.setRole("minister, foreign");
        entity.setVariants(new org.apache.uima.jcas.cas.StringArray(jcas, 2));
        entity.getVariants().set(0, "Roe|J");
        entity.getVariants().set(1, "Jane Roe");
        entity.addToIndexes();
        int n = 0;
        for (int[] o : offsets) {
            SpeakerMention mention = new SpeakerMention(jcas, 0, 5);
            mention.setEntity(entity);
            mention.setMentionType("NAME");
            mention.addToIndexes();
            SpeechCue cue = new SpeechCue(jcas, 0, 5);
            cue.setLemma("say");
            cue.addToIndexes();
            Quote quote = new Quote(jcas, o[0], o[1]);
            quote.setQuoteId("d,1-q" + ++n);
            quote.setQuoteType("DIRECT");
            quote.setSpeaker(mention);
            quote.setCue(cue);
            quote.addToIndexes();
        }
        SimplePipeline.runPipeline(jcas, createEngineDescription(CsvCorpusWriter.class,
                CsvCorpusWriter.PARAM_TARGET_LOCATION, out.toString()));

        List<Map<String, String>> rows = rows(out.resolve("quotes.csv"));
        List<Quote> quotes = new ArrayList<>(JCasUtil.select(jcas, Quote.class));
        assertEquals(quotes.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Quote quote = quotes.get(i);
            assertEquals("d,1", row.get("doc_id"));
            assertEquals(quote.getQuoteId(), row.get("quote_id"));
            assertEquals(quote.getCoveredText(), row.get("text"));
            assertEquals(spans[i], row.get("text"));
            assertEquals(String.valueOf(quote.getBegin()), row.get("begin"));
            assertEquals(String.valueOf(quote.getEnd()), row.get("end"));
            assertEquals("Jane \"JR\" Roe, Jr.", row.get("speaker_name"));
        }
        Map<String, String> doc = rows(out.resolve("documents.csv")).get(0);
        assertEquals("Out\"let", doc.get("outlet"));
        assertEquals("Title\nwith break", doc.get("title"));
        Map<String, String> speaker = rows(out.resolve("speakers.csv")).get(0);
        assertEquals("minister, foreign", speaker.get("role"));
        assertEquals(String.valueOf(spans.length), speaker.get("n_quotes"));
        assertEquals("1", speaker.get("n_docs"));
    }
}
