package org.quotestance.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.quotestance.write.AtomicFile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the corpus browser's Network and Timeline pages (issue 18) beside the pages of {@code SiteWriter}:
 * {@code network.html} (cytoscape, from npm) with {@code data/network.js} and the edges' evidence in
 * {@code data/network-evidence-N.js}, loaded on a click; {@code timeline.html} with {@code data/timeline.js}.
 * The documents are tallied as they pass ({@link StanceNetwork}, {@link Timeline}), so the pages' data is a
 * corpus-wide aggregate whose size grows with the speakers, targets and days, not with the documents.
 */
@TypeCapability(inputs = { "org.quotestance.type.Stance", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeakerMention", "org.quotestance.type.SpeakerEntity", "org.quotestance.type.ArticleInfo" })
public class SiteViewsWriter extends JCasAnnotator_ImplBase {

    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION, description = "Folder of the corpus browser")
    private String targetLocation;

    static final String RESOURCES = "/org/quotestance/write/site/";
    static final List<String> STATIC_FILES = List.of("network.html", "network-view.js", "timeline.html",
            "timeline-view.js", "views.css", "vendor/cytoscape.min.js", "vendor/LICENSE-cytoscape.txt");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The stance network {@link StanceNetworkTally} tallies, shared with the other writers that read it. */
    public static final String RES_NETWORK = StanceNetworkTally.RES_NETWORK;
    @ExternalResource(key = RES_NETWORK)
    private StanceNetworkResource networkResource;
    private StanceNetwork network;
    private Timeline timeline;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        network = networkResource.network();
        timeline = new Timeline();
        for (String file : STATIC_FILES) {
            if (SiteViewsWriter.class.getResource(RESOURCES + file) == null) {
                throw new ResourceInitializationException(new IOException(
                        "site resource missing from the class path: " + file + " (rebuild with mvn install)"));
            }
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        timeline.add(jcas);
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        Path site = Path.of(targetLocation);
        try {
            for (String file : STATIC_FILES) {
                AtomicFile.write(site.resolve(file), resource(file));
            }
            NetworkModel model = new NetworkModel(network);
            AtomicFile.write(site.resolve("data/network.js"), script("window.QS_NETWORK = ", model.model()));
            for (int chunk = 0; chunk < model.chunks(); chunk++) {
                AtomicFile.write(site.resolve("data").resolve(evidenceFile(chunk)),
                        script("(window.QS_EVIDENCE = window.QS_EVIDENCE || {})[" + chunk + "] = ",
                                model.evidenceChunk(chunk)));
            }
            deleteEvidenceFrom(site.resolve("data"), model.chunks());
            AtomicFile.write(site.resolve("data/timeline.js"),
                    script("window.QS_TIMELINE = ", timeline.model(network.speakers())));
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }

    /** Deletes the evidence files a previous run into the same folder left beyond this run's last one. */
    private static void deleteEvidenceFrom(Path data, int chunks) throws IOException {
        for (int chunk = chunks; Files.deleteIfExists(data.resolve(evidenceFile(chunk))); chunk++) {
            // deleted; try the next
        }
    }

    static String evidenceFile(int chunk) {
        return "network-evidence-" + chunk + ".js";
    }

    private static byte[] script(String assignment, Object value) throws JsonProcessingException {
        return (assignment + JSON.writeValueAsString(value) + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = SiteViewsWriter.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IOException("site resource missing from the class path: " + file);
            }
            return in.readAllBytes();
        }
    }
}
