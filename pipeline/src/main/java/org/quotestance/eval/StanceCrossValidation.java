package org.quotestance.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quotestance.stance.PolarityFeatures;

/**
 * k-fold cross-validation of the polarity trainer on one gold file, folds by article (a NewsMTSC id
 * without its sentence and target suffix), so sentences of one article never sit on both sides.
 */
public final class StanceCrossValidation {

    private StanceCrossValidation() {
    }

    /** Mean accuracy and macro-F1 of the model and the lexicon-only baseline over the folds. */
    public static Map<String, Object> run(List<GoldTargetSentence> sentences, StanceModelTrainer trainer,
            StanceModelTrainer.Settings settings, int folds) {
        List<String> articles = new ArrayList<>(new TreeSet<>(sentences.stream().map(s -> article(s.id())).toList()));
        double[] sums = new double[4];
        for (int fold = 0; fold < folds; fold++) {
            List<GoldTargetSentence> train = new ArrayList<>();
            List<GoldTargetSentence> held = new ArrayList<>();
            for (GoldTargetSentence sentence : sentences) {
                boolean isHeld = articles.indexOf(article(sentence.id())) % folds == fold;
                (isHeld ? held : train).add(sentence);
            }
            Map<String, Object> figures = StanceEvaluator.evaluate(held,
                    trainer.train(trainer.events(train), settings), PolarityFeatures.loadDefault());
            sums[0] += (double) figures.get("stance.accuracy");
            sums[1] += (double) figures.get("stance.macro_f1");
            sums[2] += (double) figures.get("lexicon_only.accuracy");
            sums[3] += (double) figures.get("lexicon_only.macro_f1");
        }
        Map<String, Object> mean = new LinkedHashMap<>();
        mean.put("folds", folds);
        mean.put("articles", articles.size());
        mean.put("stance.accuracy", round(sums[0] / folds));
        mean.put("stance.macro_f1", round(sums[1] / folds));
        mean.put("lexicon_only.accuracy", round(sums[2] / folds));
        mean.put("lexicon_only.macro_f1", round(sums[3] / folds));
        return mean;
    }

    /** "newsmtsc-allsides_1000_401_25_Reality Leigh Winner_0_6" → "newsmtsc-allsides_1000_401". */
    static String article(String id) {
        String[] parts = id.split("_", 4);
        return parts.length < 3 ? id : parts[0] + "_" + parts[1] + "_" + parts[2];
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
