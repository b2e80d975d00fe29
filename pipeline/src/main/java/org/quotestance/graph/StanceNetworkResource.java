package org.quotestance.graph;

import org.apache.uima.fit.component.Resource_ImplBase;

/**
 * The corpus's {@link StanceNetwork} as a resource shared by the engines of one pipeline: {@link StanceNetworkTally}
 * adds each document once, and the writers that need the network ({@link GraphMlWriter}, {@link SiteViewsWriter})
 * read it at the end of the collection.
 */
public final class StanceNetworkResource extends Resource_ImplBase {

    private final StanceNetwork network = new StanceNetwork();

    public StanceNetwork network() {
        return network;
    }
}
