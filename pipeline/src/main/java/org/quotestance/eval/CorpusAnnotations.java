package org.quotestance.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.curation.CuratedAnnotationCompleter;
import org.quotestance.curation.LostEntityLinker;
import org.quotestance.curation.XmiFolder;
import org.quotestance.io.InputFailure;
import org.quotestance.write.CsvRows;
import org.quotestance.write.CsvTable;
import org.xml.sax.SAXException;

/**
 * The quotes, places and stances of a corpus folder, per document, as {@code compare} scores them. A
 * folder with XMI files ({@code xmi/} or the folder itself) is read from them, through the rows the CSV
 * writer would write, so XMI and CSV give the same annotations; otherwise its CSV tables ({@code csv/} or
 * the folder itself) are read. A table that is missing gives its layer no annotations (and a note); an
 * XMI file that does not load is a failure, reported, and its document left out.
 */
public final class CorpusAnnotations {

    public record QuoteRow(TextSpan span, String type, String speakerId, TextSpan speakerMention) {
    }

    public record LocationRow(TextSpan span, String geonamesId, String latitude, String longitude, String usage) {
    }

    public record StanceRow(TextSpan span, String polarity) {
    }

    public record Document(String docId, List<QuoteRow> quotes, List<LocationRow> locations,
            List<StanceRow> stances) {
    }

    private final Map<String, Document> documents;
    private final String source;
    private final List<String> notes;
    private final List<InputFailure> failures;

    private CorpusAnnotations(Map<String, Document> documents, String source, List<String> notes,
            List<InputFailure> failures) {
        this.documents = documents;
        this.source = source;
        this.notes = notes;
        this.failures = failures;
    }

    /** The documents by id, in the folder's order. */
    public Map<String, Document> documents() {
        return documents;
    }

    /** "xmi" or "csv": what was read. */
    public String source() {
        return source;
    }

    public List<String> notes() {
        return notes;
    }

    public List<InputFailure> failures() {
        return failures;
    }

    public static CorpusAnnotations read(Path folder) throws IOException, UIMAException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("corpus folder does not exist: " + folder);
        }
        Path xmi = Files.isDirectory(folder.resolve("xmi")) ? folder.resolve("xmi") : folder;
        if (hasXmi(xmi)) {
            return readXmi(xmi);
        }
        Path csv = Files.isRegularFile(folder.resolve("csv").resolve(CsvTable.DOCUMENTS.fileName()))
                || Files.isDirectory(folder.resolve("csv")) ? folder.resolve("csv") : folder;
        boolean anyTable = Stream.of(CsvTable.QUOTES, CsvTable.LOCATIONS, CsvTable.STANCES)
                .anyMatch(t -> Files.isRegularFile(csv.resolve(t.fileName())));
        if (!anyTable) {
            throw new IOException("no XMI files and no CSV tables (quotes.csv, locations.csv, stances.csv) in " + folder);
        }
        return readCsv(csv);
    }

    private static boolean hasXmi(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xmi"));
        }
    }

    private static CorpusAnnotations readXmi(Path folder) throws IOException, UIMAException {
        XmiFolder input = XmiFolder.open(folder);
        AnalysisEngine completer = AnalysisEngineFactory.createEngine(AnalysisEngineFactory.createEngineDescription(
                AnalysisEngineFactory.createEngineDescription(LostEntityLinker.class),
                AnalysisEngineFactory.createEngineDescription(CuratedAnnotationCompleter.class)));
        JCas jcas = input.newJCas();
        Builder builder = new Builder();
        List<InputFailure> failures = new ArrayList<>();
        try {
            for (Path file : input.files()) {
                try {
                    input.load(file, jcas);
                    completer.process(jcas);
                } catch (IOException | SAXException | AnalysisEngineProcessException | RuntimeException e) {
                    failures.add(new InputFailure(input.relativeName(file), "not readable as XMI: " + e.getMessage()));
                    continue;
                }
                CsvRows.DocumentRows rows = CsvRows.of(jcas);
                builder.document(String.valueOf(rows.document().get(0)));
                for (CsvTable table : List.of(CsvTable.QUOTES, CsvTable.LOCATIONS, CsvTable.STANCES)) {
                    for (List<Object> row : rows.rows(table)) {
                        builder.add(table, named(table, row));
                    }
                }
            }
        } finally {
            completer.destroy();
        }
        return new CorpusAnnotations(builder.documents, "xmi", List.of(), failures);
    }

    private static Map<String, String> named(CsvTable table, List<Object> row) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < table.columns().size() && i < row.size(); i++) {
            named.put(table.columns().get(i), row.get(i) == null ? "" : String.valueOf(row.get(i)));
        }
        return named;
    }

    private static CorpusAnnotations readCsv(Path folder) throws IOException {
        Builder builder = new Builder();
        List<String> notes = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        Path documents = folder.resolve(CsvTable.DOCUMENTS.fileName());
        if (Files.isRegularFile(documents)) {
            for (CSVRecord row : records(documents)) {
                builder.document(row.isMapped("doc_id") ? row.get("doc_id") : "");
            }
        }
        for (CsvTable table : List.of(CsvTable.QUOTES, CsvTable.LOCATIONS, CsvTable.STANCES)) {
            Path file = folder.resolve(table.fileName());
            if (!Files.isRegularFile(file)) {
                notes.add("no " + table.fileName() + " in " + folder + ": its layer has no annotations there");
                continue;
            }
            for (CSVRecord row : records(file)) {
                String where = table.fileName() + " record " + row.getRecordNumber();
                if (!row.isConsistent()) {
                    failures.add(new InputFailure(where, row.size() + " fields, not as many as the header; "
                            + "row left out"));
                    continue;
                }
                try {
                    builder.add(table, row.toMap());
                } catch (IOException e) {
                    failures.add(new InputFailure(where, e.getMessage() + "; row left out"));
                }
            }
        }
        return new CorpusAnnotations(builder.documents, "csv", notes, failures);
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    /** Collects rows into documents, in the order documents are first seen. */
    private static final class Builder {
        final Map<String, Document> documents = new LinkedHashMap<>();

        Document document(String docId) {
            return documents.computeIfAbsent(docId,
                    id -> new Document(id, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }

        void add(CsvTable table, Map<String, String> row) throws IOException {
            Document doc = document(row.getOrDefault("doc_id", ""));
            TextSpan span = span(row, "begin", "end");
            switch (table) {
                case QUOTES -> doc.quotes().add(new QuoteRow(span, value(row, "type"), value(row, "speaker_id"),
                        value(row, "speaker_begin").isEmpty() ? null : span(row, "speaker_begin", "speaker_end")));
                case LOCATIONS -> doc.locations().add(new LocationRow(span, value(row, "geonames_id"),
                        value(row, "latitude"), value(row, "longitude"), value(row, "usage")));
                case STANCES -> doc.stances().add(new StanceRow(span, value(row, "polarity")));
                default -> throw new IllegalArgumentException(table.fileName());
            }
        }

        private static String value(Map<String, String> row, String column) {
            String v = row.get(column);
            return v == null ? "" : v;
        }

        private static TextSpan span(Map<String, String> row, String begin, String end) throws IOException {
            try {
                return new TextSpan(Integer.parseInt(value(row, begin)), Integer.parseInt(value(row, end)));
            } catch (NumberFormatException e) {
                throw new IOException(begin + "/" + end + " are not offsets: '" + value(row, begin) + "', '"
                        + value(row, end) + "'", e);
            }
        }
    }
}
