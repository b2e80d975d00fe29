package org.quotestance.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.graph.StanceNetworkResource;
import org.quotestance.graph.StanceNetworkTally;

/**
 * Writes the CSV tables of the data contract (RFC 4180, UTF-8, header row): documents, quotes,
 * locations and stances are streamed a document at a time; speakers, which need the whole corpus,
 * are written when the collection is complete. Each table is written under a temporary name and
 * renamed into place at the end, so an interrupted run leaves no half-written table.
 */
public class CsvCorpusWriter extends JCasAnnotator_ImplBase {

    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION, description = "Folder the CSV tables are written to")
    private String targetLocation;

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    public static final String PARAM_SHA256 = "sha256";
    @ConfigurationParameter(name = PARAM_SHA256, defaultValue = "false",
            description = "Compute each table's SHA-256 as it is written, for the Croissant file (WrittenFileDigests)")
    private boolean sha256;

    /**
     * The stance network {@link StanceNetworkTally} tallies, when the pipeline has one: its speaker tally is
     * this writer's, instead of a tally of its own that adds every document again.
     */
    public static final String RES_NETWORK = StanceNetworkTally.RES_NETWORK;
    @ExternalResource(key = RES_NETWORK, mandatory = false)
    private StanceNetworkResource networkResource;

    private final Map<CsvTable, AtomicFile> files = new EnumMap<>(CsvTable.class);
    private final Map<CsvTable, CSVPrinter> printers = new EnumMap<>(CsvTable.class);
    private SpeakerTally speakers;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        speakers = networkResource != null ? networkResource.network().speakerTally() : new SpeakerTally();
        try {
            for (CsvTable table : CsvTable.values()) {
                AtomicFile file = AtomicFile.create(Path.of(targetLocation, table.fileName()), sha256);
                // buffered: the printer writes every value and separator on its own, and each write to an
                // OutputStreamWriter goes through the charset encoder
                Writer writer = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT);
                printer.printRecord(table.columns());
                files.put(table, file);
                printers.put(table, printer);
            }
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        CsvRows.DocumentRows rows = CsvRows.of(jcas);
        try {
            for (CsvTable table : List.of(CsvTable.DOCUMENTS, CsvTable.QUOTES, CsvTable.LOCATIONS, CsvTable.STANCES)) {
                for (List<Object> row : rows.rows(table)) {
                    print(table, row);
                }
            }
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        if (networkResource == null) {
            speakers.addDocument(jcas);
        }
    }

    /**
     * The row as {@link CSVPrinter#printRecord(Iterable)} prints it, value by value: that method goes through a
     * stream and a lambda per value, which the launcher's C1 code calls rather than inlines.
     */
    private void print(CsvTable table, List<Object> row) throws IOException {
        CSVPrinter printer = printers.get(table);
        for (int i = 0; i < row.size(); i++) {
            printer.print(row.get(i));
        }
        printer.println();
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            for (List<Object> row : speakers.rows()) {
                print(CsvTable.SPEAKERS, row);
            }
            for (CsvTable table : CsvTable.values()) {
                printers.get(table).flush();
                files.get(table).commit();
            }
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }

    @Override
    public void destroy() {
        for (AtomicFile file : files.values()) {
            try {
                file.close();
            } catch (IOException e) {
                // nothing was committed for this table; the temporary file is all that could be left
            }
        }
        super.destroy();
    }
}
