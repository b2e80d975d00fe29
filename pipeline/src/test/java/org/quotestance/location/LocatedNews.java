package org.quotestance.location;

import java.util.List;
import java.util.Optional;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.quotestance.text.AbbreviationSentenceJoiner;
import org.quotestance.text.DashTokenSplitter;
import org.quotestance.type.Location;

/** Runs the pipeline's segmentation (segmenter, abbreviation joiner) and the locations layer over a short invented text. */
final class LocatedNews {

    private static AnalysisEngine segmenter;
    private static AnalysisEngine dashSplitter;
    private static AnalysisEngine joiner;
    private static AnalysisEngine annotator;

    private LocatedNews() {
    }

    /** The text, segmented, ready for annotations a test adds before {@link #locate}. */
    static JCas segmented(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        engines();
        segmenter.process(jcas);
        dashSplitter.process(jcas);
        joiner.process(jcas);
        return jcas;
    }

    /** Runs the locations layer over a segmented CAS and returns its locations in text order. */
    static List<Location> locate(JCas jcas) throws Exception {
        engines();
        annotator.process(jcas);
        return List.copyOf(JCasUtil.select(jcas, Location.class));
    }

    static List<Location> annotate(String text) throws Exception {
        return locate(segmented(text));
    }

    static Optional<Location> at(List<Location> locations, String surface) {
        return locations.stream().filter(l -> l.getCoveredText().equals(surface)).findFirst();
    }

    static Location the(List<Location> locations, String surface) {
        return at(locations, surface).orElseThrow(() -> new AssertionError("no Location '" + surface + "' in "
                + locations.stream().map(Location::getCoveredText).toList()));
    }

    private static void engines() throws ResourceInitializationException {
        if (segmenter == null) {
            segmenter = AnalysisEngineFactory.createEngine(BreakIteratorSegmenter.class);
            dashSplitter = AnalysisEngineFactory.createEngine(DashTokenSplitter.class);
            joiner = AnalysisEngineFactory.createEngine(AbbreviationSentenceJoiner.class);
            annotator = AnalysisEngineFactory.createEngine(LocationAnnotator.class);
        }
    }
}
