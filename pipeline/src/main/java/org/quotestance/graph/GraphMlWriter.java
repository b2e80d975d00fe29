package org.quotestance.graph;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Writes the corpus as two GraphML networks (issue 18) for Gephi, NetworkX and igraph: {@code stance.graphml},
 * holders → targets with the count of each polarity and the stance ids, and {@code quotes.graphml}, outlets →
 * the speakers they quote, weighted by the number of quotes. The documents are tallied as they pass
 * ({@link StanceNetwork}, {@link OutletQuotes}); the files are written at the end of the collection by JGraphT's
 * GraphML exporter, with nodes and edges in sorted order so the bytes depend on the corpus only.
 */
@TypeCapability(inputs = { "org.quotestance.type.Stance", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeakerMention", "org.quotestance.type.SpeakerEntity", "org.quotestance.type.ArticleInfo" })
public class GraphMlWriter extends JCasAnnotator_ImplBase {

    public static final String STANCE_FILE = "stance.graphml";
    public static final String QUOTES_FILE = "quotes.graphml";

    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION, description = "Folder the GraphML files are written to")
    private String targetLocation;

    /** The stance network {@link StanceNetworkTally} tallies, shared with the other writers that read it. */
    public static final String RES_NETWORK = StanceNetworkTally.RES_NETWORK;
    @ExternalResource(key = RES_NETWORK)
    private StanceNetworkResource networkResource;
    private StanceNetwork network;
    private OutletQuotes quotes;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        network = networkResource.network();
        quotes = new OutletQuotes();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        quotes.add(jcas);
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        Path folder = Path.of(targetLocation);
        try {
            CorpusGraphs.stance(network).write(folder.resolve(STANCE_FILE));
            CorpusGraphs.quotes(quotes, network).write(folder.resolve(QUOTES_FILE));
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }
}
