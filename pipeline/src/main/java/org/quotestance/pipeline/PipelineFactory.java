package org.quotestance.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.dkpro.core.api.segmentation.SegmenterBase;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.quotestance.graph.GraphMlWriter;
import org.quotestance.graph.SiteViewsWriter;
import org.quotestance.graph.StanceNetworkResource;
import org.quotestance.graph.StanceNetworkTally;
import org.quotestance.location.LocationAnnotator;
import org.apache.uima.fit.factory.ConfigurationParameterFactory;
import org.quotestance.speaker.SpeakerLinker;
import org.quotestance.text.AbbreviationSentenceJoiner;
import org.quotestance.text.DashTokenSplitter;
import org.quotestance.text.LongSentenceSplitter;
import org.quotestance.write.ConllCorpusWriter;
import org.quotestance.write.CroissantWriter;
import org.quotestance.write.CsvCorpusWriter;
import org.quotestance.write.DatasheetWriter;
import org.quotestance.write.JsonlCorpusWriter;
import org.quotestance.write.SiteWriter;
import org.quotestance.write.XmiCorpusWriter;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;

/**
 * The analysis engines of the default pipeline, in order, and the writers of the corpus formats. The
 * annotators are listed in the class-path resource {@link PipelineList#DEFAULT}
 * ({@code default-pipeline.txt}), one engine a line.
 */
public final class PipelineFactory {

    private PipelineFactory() {
    }

    /** Structure, segmentation and every annotation layer, as {@code default-pipeline.txt} lists them; no writers. */
    public static List<AnalysisEngineDescription> annotators() throws ResourceInitializationException {
        return descriptions(PipelineList.read(PipelineList.DEFAULT));
    }

    /**
     * The annotators, with the speaker linker reading the corpus's full names from {@code corpusNames} (written by
     * {@code CorpusNames.write} after a first pass over the corpus), so that surname-only mentions join the
     * people the corpus names in full.
     */
    public static List<AnalysisEngineDescription> annotators(Path corpusNames) throws ResourceInitializationException {
        return annotators(corpusNames, null);
    }

    /** As {@link #annotators(Path)}, and with the user's registry of speakers ({@code speakers}, may be null). */
    public static List<AnalysisEngineDescription> annotators(Path corpusNames, Path speakers)
            throws ResourceInitializationException {
        List<AnalysisEngineDescription> steps = annotators();
        for (AnalysisEngineDescription step : steps) {
            if (SpeakerLinker.class.getName().equals(step.getAnnotatorImplementationName())) {
                ConfigurationParameterFactory.setParameter(step, SpeakerLinker.PARAM_CORPUS_NAMES,
                        corpusNames.toString());
                if (speakers != null) {
                    ConfigurationParameterFactory.setParameter(step, SpeakerLinker.PARAM_SPEAKERS_FILE,
                            speakers.toAbsolutePath().toString());
                }
            }
        }
        return steps;
    }

    /**
     * Sets the location engine's convention for places inside organisation names
     * ({@link LocationAnnotator#PARAM_MARK_ORGANISATION_PLACES}) on the steps that are one, and returns them.
     */
    public static List<AnalysisEngineDescription> organisationPlaces(List<AnalysisEngineDescription> steps,
            boolean marked) {
        for (AnalysisEngineDescription step : steps) {
            if (LocationAnnotator.class.getName().equals(step.getAnnotatorImplementationName())) {
                ConfigurationParameterFactory.setParameter(step, LocationAnnotator.PARAM_MARK_ORGANISATION_PLACES,
                        marked);
            }
        }
        return steps;
    }

    /** The descriptions of engines given as text ({@link EngineSpec}), in order. */
    public static List<AnalysisEngineDescription> descriptions(List<EngineSpec> engines)
            throws ResourceInitializationException {
        List<AnalysisEngineDescription> steps = new ArrayList<>();
        TypeSystemDescription types = TypeSystemDescriptionFactory.createTypeSystemDescription();
        for (EngineSpec engine : engines) {
            steps.add(engine.toDescription(types));
        }
        return steps;
    }

    /**
     * Sentences and tokens that never cross a paragraph (a line of the article), with tokens split at an em dash,
     * sentences split after "Mr." or an initial joined back and run-on sentences cut, as in the default pipeline.
     */
    public static AnalysisEngineDescription segmenter() throws ResourceInitializationException {
        return createEngineDescription(
                createEngineDescription(BreakIteratorSegmenter.class,
                        SegmenterBase.PARAM_ZONE_TYPES, new String[] { Paragraph.class.getName() },
                        SegmenterBase.PARAM_STRICT_ZONING, true,
                        SegmenterBase.PARAM_WRITE_FORM, false),
                createEngineDescription(DashTokenSplitter.class),
                createEngineDescription(AbbreviationSentenceJoiner.class),
                createEngineDescription(LongSentenceSplitter.class));
    }

    /** Writers of one file per document (XMI): they can run on the annotating threads. */
    public static List<AnalysisEngineDescription> documentWriters(ExportOptions options)
            throws ResourceInitializationException {
        List<AnalysisEngineDescription> writers = new ArrayList<>();
        if (options.writes(ExportFormat.XMI)) {
            writers.add(createEngineDescription(XmiCorpusWriter.class,
                    XmiCorpusWriter.PARAM_TARGET_LOCATION, options.corpus().resolve("xmi").toString()));
        }
        return writers;
    }

    /**
     * Writers of corpus-wide files: they must see the documents one at a time, in order. The dataset card
     * and the Croissant file come last: at the end of the collection they read the tables written before them.
     */
    public static List<AnalysisEngineDescription> corpusWriters(ExportOptions options)
            throws ResourceInitializationException {
        Path corpus = options.corpus();
        List<AnalysisEngineDescription> writers = new ArrayList<>();
        List<String> described = new ArrayList<>();
        boolean croissant = options.writes(ExportFormat.DATASHEET); // it gives the tables' SHA-256
        // the corpus browser's views and the GraphML files read one stance network, tallied once; its speaker
        // tally is also that of speakers.csv and of the browser's index
        ExternalResourceDescription network = options.writes(ExportFormat.SITE) || options.writes(ExportFormat.GRAPH)
                ? ExternalResourceFactory.createNamedResourceDescription("stanceNetwork", StanceNetworkResource.class)
                : null;
        if (options.writes(ExportFormat.CSV)) {
            List<Object> csv = new ArrayList<>(List.of(CsvCorpusWriter.PARAM_TARGET_LOCATION,
                    corpus.resolve("csv").toString(), CsvCorpusWriter.PARAM_SHA256, croissant));
            if (network != null) {
                csv.addAll(List.of(CsvCorpusWriter.RES_NETWORK, network));
            }
            writers.add(createEngineDescription(CsvCorpusWriter.class, csv.toArray()));
            described.add("csv");
        }
        if (options.writes(ExportFormat.JSONL)) {
            writers.add(createEngineDescription(JsonlCorpusWriter.class,
                    JsonlCorpusWriter.PARAM_TARGET_FILE, corpus.resolve(JsonlCorpusWriter.FILE).toString(),
                    JsonlCorpusWriter.PARAM_SHA256, croissant));
            described.add("jsonl");
        }
        if (options.writes(ExportFormat.CONLL)) {
            writers.add(createEngineDescription(ConllCorpusWriter.class,
                    ConllCorpusWriter.PARAM_TARGET_FILE, corpus.resolve(ConllCorpusWriter.FILE).toString()));
        }
        if (network != null) {
            writers.add(createEngineDescription(StanceNetworkTally.class, StanceNetworkTally.RES_NETWORK, network));
        }
        if (options.writes(ExportFormat.SITE)) {
            writers.add(createEngineDescription(SiteWriter.class,
                    SiteWriter.PARAM_TARGET_LOCATION, corpus.resolve("site").toString(),
                    SiteWriter.RES_NETWORK, network));
            writers.add(createEngineDescription(SiteViewsWriter.class,
                    SiteViewsWriter.PARAM_TARGET_LOCATION, corpus.resolve("site").toString(),
                    SiteViewsWriter.RES_NETWORK, network));
        }
        if (options.writes(ExportFormat.GRAPH)) {
            writers.add(createEngineDescription(GraphMlWriter.class,
                    GraphMlWriter.PARAM_TARGET_LOCATION, corpus.resolve("graph").toString(),
                    GraphMlWriter.RES_NETWORK, network));
        }
        if (options.writes(ExportFormat.DATASHEET)) {
            writers.add(createEngineDescription(DatasheetWriter.class,
                    DatasheetWriter.PARAM_TARGET_FILE, corpus.resolve(DatasheetWriter.FILE).toString(),
                    DatasheetWriter.PARAM_EVAL_RESULTS, options.evalResults().toString(),
                    DatasheetWriter.PARAM_TOOL_VERSION, options.toolVersion(),
                    DatasheetWriter.PARAM_FORMATS, options.formats().stream().map(ExportFormat::id)
                            .toArray(String[]::new)));
            writers.add(createEngineDescription(CroissantWriter.class,
                    CroissantWriter.PARAM_CORPUS_LOCATION, corpus.toString(),
                    CroissantWriter.PARAM_FORMATS, described.toArray(new String[0]),
                    CroissantWriter.PARAM_TOOL_VERSION, options.toolVersion()));
        }
        return writers;
    }

    /** Every writer of every format, for a pipeline that runs on one thread. */
    public static List<AnalysisEngineDescription> writers(Path corpus) throws ResourceInitializationException {
        ExportOptions options = ExportOptions.all(corpus);
        List<AnalysisEngineDescription> writers = new ArrayList<>(documentWriters(options));
        writers.addAll(corpusWriters(options));
        return writers;
    }

    /** All steps as one aggregate engine description. */
    public static AnalysisEngineDescription aggregate(List<AnalysisEngineDescription> steps)
            throws ResourceInitializationException {
        return createEngineDescription(steps.toArray(new AnalysisEngineDescription[0]));
    }
}
