package org.quotestance.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.api.segmentation.SegmenterBase;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.quotestance.location.LocationAnnotator;
import org.quotestance.quote.DirectQuoteAnnotator;
import org.quotestance.quote.IndirectQuoteAnnotator;
import org.quotestance.speaker.SpeakerLinker;
import org.quotestance.stance.StanceAnnotator;
import org.quotestance.structure.StructureAnnotator;
import org.quotestance.write.CsvCorpusWriter;
import org.quotestance.write.SiteWriter;
import org.quotestance.write.XmiCorpusWriter;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;

/** The analysis engines of the default pipeline, in order, and the writers of the corpus formats. */
public final class PipelineFactory {

    private PipelineFactory() {
    }

    /** Structure, segmentation and every annotation layer; no writers. */
    public static List<AnalysisEngineDescription> annotators() throws ResourceInitializationException {
        List<AnalysisEngineDescription> steps = new ArrayList<>();
        steps.add(createEngineDescription(StructureAnnotator.class));
        steps.add(segmenter());
        steps.add(createEngineDescription(IndirectQuoteAnnotator.class));
        steps.add(createEngineDescription(DirectQuoteAnnotator.class));
        steps.add(createEngineDescription(SpeakerLinker.class));
        steps.add(createEngineDescription(LocationAnnotator.class));
        steps.add(createEngineDescription(StanceAnnotator.class));
        return steps;
    }

    /** Sentences and tokens that never cross a paragraph (a line of the article). */
    public static AnalysisEngineDescription segmenter() throws ResourceInitializationException {
        return createEngineDescription(BreakIteratorSegmenter.class,
                SegmenterBase.PARAM_ZONE_TYPES, new String[] { Paragraph.class.getName() },
                SegmenterBase.PARAM_STRICT_ZONING, true,
                SegmenterBase.PARAM_WRITE_FORM, false);
    }

    /** Writers of one file per document (XMI): they can run on the annotating threads. */
    public static List<AnalysisEngineDescription> documentWriters(Path corpus) throws ResourceInitializationException {
        return List.of(createEngineDescription(XmiCorpusWriter.class,
                XmiCorpusWriter.PARAM_TARGET_LOCATION, corpus.resolve("xmi").toString()));
    }

    /** Writers of corpus-wide files (the CSV tables, the HTML corpus browser): they must see the documents one at a time, in order. */
    public static List<AnalysisEngineDescription> corpusWriters(Path corpus) throws ResourceInitializationException {
        return List.of(createEngineDescription(CsvCorpusWriter.class,
                CsvCorpusWriter.PARAM_TARGET_LOCATION, corpus.resolve("csv").toString()),
                createEngineDescription(SiteWriter.class, SiteWriter.PARAM_TARGET_LOCATION, corpus.resolve("site").toString()));
    }

    /** Every writer, for a pipeline that runs on one thread. */
    public static List<AnalysisEngineDescription> writers(Path corpus) throws ResourceInitializationException {
        List<AnalysisEngineDescription> writers = new ArrayList<>(documentWriters(corpus));
        writers.addAll(corpusWriters(corpus));
        return writers;
    }

    /** All steps as one aggregate engine description. */
    public static AnalysisEngineDescription aggregate(List<AnalysisEngineDescription> steps)
            throws ResourceInitializationException {
        return createEngineDescription(steps.toArray(new AnalysisEngineDescription[0]));
    }
}
