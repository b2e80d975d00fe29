package org.quotestance.cli;

import java.util.Map;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.internal.ResourceManagerFactory;
import org.apache.uima.resource.Resource;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Engines made as uimaFIT's {@code createEngine} makes them, with UIMA's process trace turned off: by default every
 * {@code process} call of an aggregate builds a {@code ProcessTrace} from its management statistics (properties
 * looked up, a timer made by reflection), which nothing here reads, once per document and thread.
 */
final class UntracedEngines {

    private UntracedEngines() {
    }

    static AnalysisEngine create(AnalysisEngineDescription description) throws ResourceInitializationException {
        Properties tuning = UIMAFramework.getDefaultPerformanceTuningProperties();
        tuning.setProperty(UIMAFramework.PROCESS_TRACE_ENABLED, "false");
        return UIMAFramework.produceAnalysisEngine(description, ResourceManagerFactory.newResourceManager(),
                Map.of(Resource.PARAM_PERFORMANCE_TUNING_SETTINGS, tuning));
    }
}
