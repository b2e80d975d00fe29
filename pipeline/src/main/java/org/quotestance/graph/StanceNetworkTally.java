package org.quotestance.graph;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/** Adds each document to the pipeline's shared {@link StanceNetworkResource}, once for all the writers that read it. */
@TypeCapability(inputs = { "org.quotestance.type.Stance", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeakerMention", "org.quotestance.type.SpeakerEntity", "org.quotestance.type.ArticleInfo" })
public class StanceNetworkTally extends JCasAnnotator_ImplBase {

    public static final String RES_NETWORK = "stanceNetwork";
    @ExternalResource(key = RES_NETWORK)
    private StanceNetworkResource network;

    @Override
    public void process(JCas jcas) {
        network.network().add(jcas);
    }
}
