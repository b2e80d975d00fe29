package org.quotestance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.quotestance.stance.PolarityFeatures;
import org.quotestance.stance.PolarityModel;
import org.quotestance.stance.Word;

/**
 * Trains the target-polarity model on NewsMTSC-format gold with OpenNLP's maximum-entropy trainer
 * (L-BFGS with an L2 penalty, one thread). The same gold and settings give the same model bytes:
 * events keep the file's order and the trainer has no random state.
 */
public final class StanceModelTrainer {

    /** Trainer settings; the defaults are the ones tuned on NewsMTSC dev. */
    public record Settings(int iterations, int cutoff, double l2) {
        public static final Settings DEFAULT = new Settings(300, 2, 6.0);

        TrainingParameters parameters() {
            TrainingParameters parameters = new TrainingParameters();
            parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
            parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            parameters.put(QNTrainer.L1COST_PARAM, 0.0);
            parameters.put(QNTrainer.L2COST_PARAM, l2);
            parameters.put(QNTrainer.THREADS_PARAM, 1);
            return parameters;
        }
    }

    private final PolarityFeatures features;
    private final WordSegmenter segmenter = new WordSegmenter();

    public StanceModelTrainer(PolarityFeatures features) {
        this.features = features;
    }

    /** One training event per gold target: its polarity and its features. */
    public List<Event> events(List<GoldTargetSentence> sentences) {
        List<Event> events = new ArrayList<>();
        for (GoldTargetSentence sentence : sentences) {
            List<Word> words = segmenter.words(sentence.text());
            for (GoldTargetSentence.GoldTarget target : sentence.targets()) {
                int begin = target.begin(sentence.text());
                events.add(new Event(target.polarity(), features.of(words, begin, target.end(sentence.text()),
                        QuotationParity.isQuoted(sentence.text(), begin))));
            }
        }
        return events;
    }

    public PolarityModel train(List<Event> events, Settings settings) {
        EventTrainer trainer = TrainerFactory.getEventTrainer(settings.parameters(), new HashMap<>());
        try {
            return new PolarityModel((AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
