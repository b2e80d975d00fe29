package org.quotestance.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.ConfigurationParameterSettings;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.quote.ContentBoundaryAnnotator;
import org.quotestance.quote.FollowingReportAnnotator;
import org.quotestance.quote.LearnedAttributionAnnotator;

/** The pipeline's annotators with other quote model files (cue, source, content boundary) in place of the shipped ones. */
final class QuoteModels {

    private QuoteModels() {
    }

    /** Each file may be null: that model stays the shipped one. */
    static List<AnalysisEngineDescription> annotators(Path cue, Path source, Path boundary)
            throws ResourceInitializationException {
        return annotators(cue, source, boundary, null);
    }

    /** As {@link #annotators(Path, Path, Path)}, and with the learned cues' probability threshold (null: the default). */
    static List<AnalysisEngineDescription> annotators(Path cue, Path source, Path boundary, Float minCueProbability)
            throws ResourceInitializationException {
        List<AnalysisEngineDescription> steps = PipelineFactory.annotators();
        for (AnalysisEngineDescription step : steps) {
            String impl = step.getAnnotatorImplementationName();
            ConfigurationParameterSettings settings = step.getAnalysisEngineMetaData().getConfigurationParameterSettings();
            if (impl.equals(LearnedAttributionAnnotator.class.getName())) {
                set(settings, LearnedAttributionAnnotator.PARAM_MODEL, cue);
                set(settings, LearnedAttributionAnnotator.PARAM_SOURCE_MODEL, source);
                if (minCueProbability != null) {
                    settings.setParameterValue(LearnedAttributionAnnotator.PARAM_MIN_PROBABILITY, minCueProbability);
                }
            }
            if (impl.equals(FollowingReportAnnotator.class.getName())) {
                set(settings, FollowingReportAnnotator.PARAM_MODEL, cue);
            }
            if (impl.equals(ContentBoundaryAnnotator.class.getName())) {
                set(settings, ContentBoundaryAnnotator.PARAM_MODEL, boundary);
            }
        }
        return steps;
    }

    private static void set(ConfigurationParameterSettings settings, String name, Path file) {
        if (file != null) {
            settings.setParameterValue(name, file.toAbsolutePath().toString());
        }
    }
}
