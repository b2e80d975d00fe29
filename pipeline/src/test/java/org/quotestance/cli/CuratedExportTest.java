package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.curation.XmiFolder;
import org.quotestance.testdata.SharedData;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;
import org.quotestance.write.XmiCorpusWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * {@code export} on XMI files: unchanged, they give exactly the files {@code annotate} wrote (the committed
 * {@code corpus/}, which {@link CommittedCorpusTest} holds to a fresh run); edited as a curator edits them
 * through the CAS API (INCEpTION, DKPro Cassis), the tables follow the edits and half-filled annotations
 * do not stop the export.
 */
class CuratedExportTest {

    private static final String DOC = "000_bcb5397679db7f96";

    private static Path root;

    @TempDir
    Path tmp;

    @BeforeAll
    static void projectRoot() {
        root = SharedData.projectRoot();
        assumeTrue(Files.isDirectory(root.resolve("corpus/xmi")), "no committed corpus at " + root);
    }

    /** A copy of the committed corpus's xmi/ folder under {@code corpus}. */
    private static Path copyXmi(Path corpus) throws IOException {
        Path xmi = Files.createDirectories(corpus.resolve("xmi"));
        try (Stream<Path> files = Files.list(root.resolve("corpus/xmi"))) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, xmi.resolve(file.getFileName()));
            }
        }
        return xmi;
    }

    private static int export(Path xmi, Path out, StringWriter err) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("export", xmi.toString(), "--out", out.toString(),
                "--eval-results", root.resolve("eval-results").toString());
    }

    @Test
    void unchangedXmiGivesByteIdenticalExportsToAnnotate() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path xmi = copyXmi(corpus);
        StringWriter err = new StringWriter();
        assertEquals(0, export(xmi, corpus, err), err.toString());

        Path committed = root.resolve("corpus");
        List<String> expected = CorpusFiles.list(committed).stream().filter(f -> !f.equals("run-report.json")).toList();
        List<String> written = CorpusFiles.list(corpus).stream().filter(f -> !f.equals("run-report.json")).toList();
        assertTrue(expected.size() > 10, "the committed corpus has its files: " + expected);
        CorpusFiles.assertSameFileNames(expected, written, "export writes what annotate writes");
        CorpusFiles.assertIdentical(committed, corpus, expected, "export of unchanged XMI differs from annotate");

        RunReportCounts exported = RunReportCounts.read(corpus.resolve("run-report.json"));
        RunReportCounts annotated = RunReportCounts.read(committed.resolve("run-report.json"));
        assertEquals(annotated.counts(), exported.counts());
        assertEquals(5, exported.documents());
    }

    @Test
    void tablesFollowACuratorsEditsAndHalfFilledAnnotationsDoNotStopTheExport() throws Exception {
        Path corpus = tmp.resolve("curated");
        Path xmi = copyXmi(corpus);
        Path file = xmi.resolve(DOC + ".xmi");

        // the curator's project type system: ours plus a layer of their own
        TypeSystemDescription curatorTypes = TypeSystemDescriptionFactory.createTypeSystemDescription();
        curatorTypes.addType("webanno.custom.Claim", "", "uima.tcas.Annotation")
                .addFeature("verdict", "", "uima.cas.String");
        JCas jcas = JCasFactory.createJCas(curatorTypes);
        XmiFolder.open(xmi).load(file, jcas);

        List<Quote> quotes = new ArrayList<>(jcas.select(Quote.class).asList());
        assertEquals(15, quotes.size(), "quotes of " + DOC);
        // 1. delete a quote
        Quote deleted = quotes.get(0);
        String deletedId = deleted.getQuoteId();
        deleted.removeFromIndexes();
        // 2. give a quote another speaker: a mention of another entity
        Quote changed = quotes.get(1);
        String before = changed.getSpeaker().getEntity().getEntityId();
        SpeakerMention other = jcas.select(SpeakerMention.class)
                .filter(m -> m.getEntity() != null && !m.getEntity().getEntityId().equals(before)).findFirst().orElse(null);
        assertNotNull(other, "the document has a second speaker");
        changed.setSpeaker(other);
        // 3. a location given only its GeoNames id (Baku), over the word "Azerbaijan" of the text
        int at = jcas.getDocumentText().indexOf("Republic of Azerbaijan");
        assertTrue(at > 0);
        Location baku = new Location(jcas, at, at + "Republic of Azerbaijan".length());
        baku.setGeonamesId(587084L);
        baku.addToIndexes();
        // 4. half-filled: a quote with nothing but its span, a speaker mention without entity or type,
        //    a stance without holder or polarity
        int q = jcas.getDocumentText().indexOf("Tehran");
        Quote bare = new Quote(jcas, q, q + 6);
        bare.addToIndexes();
        Quote unlinked = quotes.get(2);
        SpeakerMention noEntity = new SpeakerMention(jcas, unlinked.getBegin(), unlinked.getBegin() + 1);
        noEntity.addToIndexes();
        unlinked.setSpeaker(noEntity);
        new Stance(jcas, q, q + 6).addToIndexes();
        // 5. an annotation of the curator's own layer, declared in their TypeSystem.xml
        Type claimType = jcas.getTypeSystem().getType("webanno.custom.Claim");
        AnnotationFS claim = jcas.getCas().createAnnotation(claimType, q, q + 6);
        jcas.getCas().addFsToIndexes(claim);
        try (OutputStream out = Files.newOutputStream(file)) {
            XmiCorpusWriter.writeXmi(jcas.getCas(), out);
        }
        try (OutputStream out = Files.newOutputStream(xmi.resolve("TypeSystem.xml"))) {
            XmiCorpusWriter.writeTypeSystem(jcas.getCas(), out);
        }
        // 6. an annotation of a type no type system declares (another tool's layer)
        Path second = xmi.resolve("001_a42e47609101a1fc.xmi");
        String withUnknown = Files.readString(second).replace("<cas:View ",
                "<other:Mark xmlns:other=\"http:///org/other.ecore\" xmi:id=\"999999\" sofa=\"1\" begin=\"0\" end=\"4\"/><cas:View ");
        assertNotEquals(Files.readString(second), withUnknown, "the unknown annotation was added");
        Files.writeString(second, withUnknown);

        StringWriter err = new StringWriter();
        assertEquals(0, export(xmi, corpus, err), err.toString());

        List<Map<String, String>> rows = rows(corpus.resolve("csv/quotes.csv"), DOC);
        assertEquals(15, rows.size(), "15 quotes, one deleted, one added");
        assertTrue(rows.stream().noneMatch(r -> r.get("quote_id").equals(deletedId)), deletedId + " deleted");
        Map<String, String> changedRow = row(rows, changed.getQuoteId());
        assertEquals(other.getEntity().getEntityId(), changedRow.get("speaker_id"));
        assertEquals(other.getCoveredText(), changedRow.get("speaker_mention"));
        Map<String, String> bareRow = rows.stream().filter(r -> r.get("text").equals("Tehran")).findFirst().orElseThrow();
        assertEquals(DOC + "-q16", bareRow.get("quote_id"), "an added quote is numbered after the last, never reusing one");
        assertEquals("", bareRow.get("type"));
        assertEquals("", bareRow.get("speaker_id"));
        Map<String, String> unlinkedRow = row(rows, unlinked.getQuoteId());
        assertEquals("", unlinkedRow.get("speaker_id"));
        assertEquals(noEntity.getCoveredText(), unlinkedRow.get("speaker_mention"));

        Map<String, String> bakuRow = rows(corpus.resolve("csv/locations.csv"), DOC).stream()
                .filter(r -> r.get("geonames_id").equals("587084")).findFirst().orElseThrow();
        assertEquals("Republic of Azerbaijan", bakuRow.get("surface"));
        assertEquals("Baku", bakuRow.get("name"));
        assertEquals("AZ", bakuRow.get("country_code"));
        assertTrue(bakuRow.get("latitude").startsWith("40.3"), bakuRow.toString());

        assertTrue(rows(corpus.resolve("csv/stances.csv"), DOC).stream()
                .anyMatch(r -> r.get("evidence").equals("Tehran") && r.get("polarity").isEmpty()));
        assertEquals(5, RunReportCounts.read(corpus.resolve("run-report.json")).documents());
        assertTrue(Files.readString(corpus.resolve("jsonl/corpus.jsonl")).contains("\"text\":\"Tehran\""));
    }

    @Test
    void aFileThatIsNoXmiIsReportedAndTheRestExported() throws Exception {
        Path corpus = tmp.resolve("broken");
        Path xmi = copyXmi(corpus);
        Files.writeString(xmi.resolve("zzz_truncated.xmi"), "<?xml version=\"1.1\"?><xmi:XMI");
        StringWriter err = new StringWriter();
        assertEquals(1, export(xmi, corpus, err), err.toString());
        assertTrue(err.toString().contains("failed: zzz_truncated.xmi: not readable as XMI"), err.toString());
        assertEquals(5, RunReportCounts.read(corpus.resolve("run-report.json")).documents());
    }

    @Test
    void inceptionsProjectExportLayoutNamesDocumentsByTheirFolder() throws Exception {
        // INCEpTION's project export: curation/<document name>/CURATION_USER.xmi, documentId = the user
        Path xmi = Files.createDirectories(tmp.resolve("export/curation"));
        for (String doc : List.of(DOC, "001_a42e47609101a1fc")) {
            Path folder = Files.createDirectories(xmi.resolve(doc + ".txt"));
            String text = Files.readString(root.resolve("corpus/xmi/" + doc + ".xmi"));
            String renamed = text.replace("documentId=\"" + doc + "\"", "documentId=\"CURATION_USER\"");
            assertNotEquals(text, renamed);
            Files.writeString(folder.resolve("CURATION_USER.xmi"), renamed);
        }
        Files.copy(root.resolve("corpus/xmi/TypeSystem.xml"), xmi.resolve("TypeSystem.xml"));
        Path corpus = tmp.resolve("from-inception");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute("export", xmi.toString(), "--out", corpus.toString(), "--formats", "csv"),
                err.toString());
        try (Reader reader = Files.newBufferedReader(corpus.resolve("csv/documents.csv"));
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of(DOC, "001_a42e47609101a1fc"),
                    parser.getRecords().stream().map(r -> r.get("doc_id")).toList());
        }
        assertEquals(15, rows(corpus.resolve("csv/quotes.csv"), DOC).size());
    }

    @Test
    void speakerEntitiesLostOnARoundTripAreLinkedAgainFromTheCuratedMentions() throws Exception {
        Path corpus = tmp.resolve("no-entities");
        Path xmi = copyXmi(corpus);
        Path file = xmi.resolve(DOC + ".xmi");
        JCas jcas = XmiFolder.open(xmi).newJCas();
        XmiFolder.open(xmi).load(file, jcas);
        List<SpeakerMention> mentions = jcas.select(SpeakerMention.class).asList();
        assertTrue(mentions.size() > 5, "mentions of " + DOC);
        mentions.forEach(m -> m.setEntity(null));
        try (OutputStream out = Files.newOutputStream(file)) {
            XmiCorpusWriter.writeXmi(jcas.getCas(), out);
        }
        StringWriter err = new StringWriter();
        assertEquals(0, export(xmi, corpus, err), err.toString());

        List<Map<String, String>> expected = rows(root.resolve("corpus/csv/quotes.csv"), DOC);
        List<Map<String, String>> relinked = rows(corpus.resolve("csv/quotes.csv"), DOC);
        assertEquals(15, expected.size());
        assertEquals(expected.stream().map(r -> r.get("quote_id") + " " + r.get("speaker_id")).toList(),
                relinked.stream().map(r -> r.get("quote_id") + " " + r.get("speaker_id")).toList());
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String quoteId) {
        return rows.stream().filter(r -> r.get("quote_id").equals(quoteId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + quoteId));
    }

    private static List<Map<String, String>> rows(Path csv, String docId) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords().stream().filter(r -> r.get("doc_id").equals(docId)).map(CSVRecord::toMap).toList();
        }
    }

    /** The documents and per-layer counts of a run report. */
    private record RunReportCounts(int documents, JsonNode counts) {
        static RunReportCounts read(Path report) throws IOException {
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            return new RunReportCounts(json.get("documentsAnnotated").asInt(), json.get("counts"));
        }
    }
}
