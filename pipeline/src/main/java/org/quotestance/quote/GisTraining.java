package org.quotestance.quote;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** The quote models' maxent fit: GIS on one thread (so the same events give the same model bytes), events in the given order. */
final class GisTraining {

    private GisTraining() {
    }

    static MaxentModel fit(List<Event> events, int iterations, int cutoff) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }
}
