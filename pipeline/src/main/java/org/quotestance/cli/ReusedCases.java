package org.quotestance.cli;

import java.util.Properties;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.factory.FsIndexFactory;
import org.apache.uima.fit.factory.TypePrioritiesFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.internal.ResourceManagerFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;

/**
 * The CASes a run reuses from document to document: what {@link org.apache.uima.fit.factory.JCasFactory#createJCas()}
 * makes (the type systems, priorities and indexes found on the class path), with a small initial heap size.
 * UIMA 3 keeps no heap; it sizes by that figure only its map from ids to feature structures, which a run never
 * fills and which every {@code reset()} between two documents clears in full: at the default (500,000) that is an
 * array of 31,250 references written over per document, a percent of the run's time.
 */
final class ReusedCases {

    /** The least size UIMA gives the map anyway (it takes the heap size / 16, at least 32). */
    private static final String INITIAL_HEAP_SIZE = "512";

    private ReusedCases() {
    }

    static JCas create() throws ResourceInitializationException, CASException {
        Properties properties = new Properties();
        properties.setProperty(UIMAFramework.CAS_INITIAL_HEAP_SIZE, INITIAL_HEAP_SIZE);
        return CasCreationUtils.createCas(TypeSystemDescriptionFactory.createTypeSystemDescription(),
                TypePrioritiesFactory.createTypePriorities(), FsIndexFactory.createFsIndexCollection().getFsIndexes(),
                properties, ResourceManagerFactory.newResourceManager()).getJCas();
    }
}
