package org.quotestance.eval;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.stance.OpinionLexicon;
import org.quotestance.stance.Polarity;
import org.quotestance.stance.PolarityFeatures;
import org.quotestance.stance.PolarityModel;
import org.quotestance.stance.Word;

/**
 * Scores the target-polarity model on target-sentiment gold (NewsMTSC format) beside two
 * baselines: the majority class of the scored file, and the sign of the sentence's summed
 * opinion-lexicon valences (no target, no scope). Figures: accuracy, macro-F1, per-class
 * precision/recall/F1 and the model's confusion matrix.
 */
public final class StanceEvaluator {

    private StanceEvaluator() {
    }

    public static Map<String, Object> evaluate(Path goldJsonl) {
        return evaluate(GoldTargetSentence.read(goldJsonl), PolarityModel.bundled(), PolarityFeatures.loadDefault());
    }

    public static Map<String, Object> evaluate(List<GoldTargetSentence> sentences, PolarityModel model,
            PolarityFeatures features) {
        LexiconSumBaseline lexiconOnly = new LexiconSumBaseline(OpinionLexicon.loadVader());
        Polarity majority = majorityClass(sentences);
        WordSegmenter segmenter = new WordSegmenter();

        ClassificationScores stance = new ClassificationScores();
        ClassificationScores majorityScores = new ClassificationScores();
        ClassificationScores lexiconScores = new ClassificationScores();
        int targets = 0;
        for (GoldTargetSentence sentence : sentences) {
            String text = sentence.text();
            List<Word> words = segmenter.words(text);
            for (GoldTargetSentence.GoldTarget target : sentence.targets()) {
                Polarity gold = Polarity.valueOf(target.polarity());
                int begin = target.begin(text);
                stance.add(gold, model.classify(features.of(words, begin, target.end(text),
                        QuotationParity.isQuoted(text, begin))));
                majorityScores.add(gold, majority);
                lexiconScores.add(gold, lexiconOnly.classify(words));
                targets++;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("sentences", sentences.size());
        figures.put("targets", targets);
        figures.putAll(stance.asMap("stance"));
        figures.putAll(stance.confusionMap("stance"));
        figures.putAll(majorityScores.asMap("majority"));
        figures.putAll(lexiconScores.asMap("lexicon_only"));
        return figures;
    }

    static Polarity majorityClass(List<GoldTargetSentence> sentences) {
        Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
        sentences.forEach(sentence -> sentence.targets()
                .forEach(target -> counts.merge(Polarity.valueOf(target.polarity()), 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Map.Entry.<Polarity, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(Polarity.NEUTRAL);
    }
}
