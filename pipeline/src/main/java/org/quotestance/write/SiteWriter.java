package org.quotestance.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.graph.StanceNetworkResource;
import org.quotestance.graph.StanceNetworkTally;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Writes the corpus browser (issue 9): a static, self-contained HTML site ({@code index.html}) that opens from the
 * file system with no server and no network. Browsers block {@code fetch()} of local files, so the data comes
 * as scripts: each document's model (text, quotes, speaker mentions, places, stances, boilerplate:
 * {@link SiteDocument}) is written as it arrives to {@code data/docs/<doc_id>.js}, which the page loads with a
 * {@code <script>} tag when the document is opened; {@code data/documents.js} lists one summary line per
 * document (streamed, in input order), and {@code data/corpus.js} the corpus-wide speakers, places, targets and
 * outlets ({@link SiteIndex}, small aggregates). Nothing holds every document at once, so memory does not grow
 * with the corpus and a large corpus opens quickly. Beside them: the page, its script and style and the vendor
 * files (Leaflet, topojson-client, world-atlas country outlines) that the build took from npm. Keys are sorted and
 * nothing depends on the time or the thread count, so the site is byte-identical for the same input.
 */
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "org.quotestance.type.ArticleInfo", "org.quotestance.type.Quote", "org.quotestance.type.SpeakerMention",
        "org.quotestance.type.Location", "org.quotestance.type.Stance", "org.quotestance.type.Headline",
        "org.quotestance.type.Boilerplate", "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" })
public class SiteWriter extends JCasAnnotator_ImplBase {

    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION, description = "Folder the site is written to")
    private String targetLocation;

    /** Class-path folder of the page, its script and style, and the vendor files. */
    static final String RESOURCES = "/org/quotestance/write/site/";
    /** Files copied as they are, relative to {@link #RESOURCES} and to the site folder. */
    static final List<String> STATIC_FILES = List.of("index.html", "app.js", "app.css",
            "vendor/leaflet.js", "vendor/leaflet.css", "vendor/topojson-client.min.js",
            "vendor/LICENSE-leaflet.txt", "vendor/LICENSE-topojson-client.txt", "vendor/LICENSE-world-atlas.txt");
    /** The world-atlas TopoJSON, wrapped into a script that sets {@code window.QS_WORLD}. */
    static final String WORLD_JSON = "vendor/countries-110m.json";
    /** The per-document scripts, relative to the site folder: {@code <doc_id>.js} each. */
    static final String DOCS = "data/docs/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /** The documents' JSON, streamed into the files' writers, which this writer flushes and closes itself. */
    private static final JsonFactory STREAM = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    /**
     * The stance network {@link StanceNetworkTally} tallies, when the pipeline has one: its speaker tally is
     * this writer's, instead of a tally of its own that adds every document again.
     */
    public static final String RES_NETWORK = StanceNetworkTally.RES_NETWORK;
    @ExternalResource(key = RES_NETWORK, mandatory = false)
    private StanceNetworkResource networkResource;

    private Path site;
    private SiteIndex index;
    private AtomicFile documentsFile;
    private Writer documents;
    private boolean firstDocument;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        for (String file : STATIC_FILES) {
            if (SiteWriter.class.getResource(RESOURCES + file) == null) {
                throw new ResourceInitializationException(new IOException(
                        "site resource missing from the class path: " + file + " (rebuild with mvn install)"));
            }
        }
        site = Path.of(targetLocation);
        index = networkResource != null ? new SiteIndex(networkResource.network().speakerTally(), false)
                : new SiteIndex(new SpeakerTally(), true);
        firstDocument = true;
        try {
            documentsFile = AtomicFile.create(site.resolve("data/documents.js"));
            documents = new BufferedWriter(new OutputStreamWriter(documentsFile.stream(), StandardCharsets.UTF_8));
            documents.write("window.QS_DOCUMENTS = [");
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        try {
            SiteDocument document = new SiteDocument(jcas);
            writeDocument(docId, document);
            documents.write(firstDocument ? "\n" : ",\n");
            try (JsonGenerator json = STREAM.createGenerator(documents)) {
                document.writeSummary(json);
            }
            firstDocument = false;
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        index.add(jcas);
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            for (String file : STATIC_FILES) {
                AtomicFile.write(site.resolve(file), resource(file));
            }
            byte[] world = resource(WORLD_JSON);
            AtomicFile.write(site.resolve("vendor/countries-110m.js"),
                    concat("window.QS_WORLD = ", new String(world, StandardCharsets.UTF_8).strip(), ";\n"));
            AtomicFile.write(site.resolve("data/corpus.js"), concat("window.QUOTESTANCE = ",
                    JSON.writeValueAsString(index.model()), ";\n"));
            documents.write("\n];\n");
            documents.flush();
            documentsFile.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }

    @Override
    public void destroy() {
        try {
            documentsFile.close();
        } catch (IOException e) {
            // nothing was committed; the temporary file is all that could be left
        }
        super.destroy();
    }

    /** {@code data/docs/<doc_id>.js}: the model's JSON as the argument of {@code QS_DOC}. */
    private void writeDocument(String docId, SiteDocument document) throws IOException {
        try (AtomicFile file = AtomicFile.create(site.resolve(DOCS + docId + ".js"))) {
            Writer script = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
            script.write("QS_DOC(");
            try (JsonGenerator json = STREAM.createGenerator(script)) {
                document.writeModel(json);
            }
            script.write(");\n");
            script.flush();
            file.commit();
        }
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = SiteWriter.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IOException("site resource missing from the class path: " + file);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] concat(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.UTF_8);
    }
}
