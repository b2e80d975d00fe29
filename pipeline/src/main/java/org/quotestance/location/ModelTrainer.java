package org.quotestance.location;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a yes/no maxent model with OpenNLP's L2-regularised quasi-Newton trainer (one thread,
 * no random state: the same events in the same order give the same model bytes).
 */
final class ModelTrainer {

    private static final int CUTOFF = 2;
    private static final int ITERATIONS = 200;
    private static final double L2_COST = 1.0;

    private ModelTrainer() {
    }

    static MaxentModel train(List<Event> events) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model in OpenNLP's binary format, gzipped (the gzip header carries no time stamp). */
    static byte[] bytes(MaxentModel model) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(buffer))) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
