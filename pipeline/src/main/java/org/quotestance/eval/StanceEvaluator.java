package org.quotestance.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.stance.OpinionLexicon;
import org.quotestance.stance.Polarity;
import org.quotestance.stance.TargetSentimentClassifier;
import org.quotestance.stance.Word;

/**
 * Scores the stance polarity classifier on target-sentiment gold (NewsMTSC format) beside two
 * baselines: the majority class of the scored file, and the sign of the sentence's summed
 * opinion-lexicon valences (no cues, no scope).
 */
public final class StanceEvaluator {

    private StanceEvaluator() {
    }

    public static Map<String, Object> evaluate(Path goldJsonl) {
        List<GoldTargetSentence> sentences = GoldTargetSentence.read(goldJsonl);
        TargetSentimentClassifier classifier = TargetSentimentClassifier.loadDefault();
        LexiconSumBaseline lexiconOnly = new LexiconSumBaseline(OpinionLexicon.loadVader());
        Polarity majority = majorityClass(sentences);
        WordSegmenter segmenter = new WordSegmenter();

        ClassificationScores stance = new ClassificationScores();
        ClassificationScores majorityScores = new ClassificationScores();
        ClassificationScores lexiconScores = new ClassificationScores();
        int targets = 0;
        for (GoldTargetSentence sentence : sentences) {
            List<Word> words = segmenter.words(sentence.text());
            for (GoldTargetSentence.GoldTarget target : sentence.targets()) {
                Polarity gold = Polarity.valueOf(target.polarity());
                stance.add(gold, classifier.classify(words, target.begin(sentence.text()),
                        target.end(sentence.text())).polarity());
                majorityScores.add(gold, majority);
                lexiconScores.add(gold, lexiconOnly.classify(words));
                targets++;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("sentences", sentences.size());
        figures.put("targets", targets);
        figures.putAll(stance.asMap("stance"));
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

    /** Prints the figures for a gold file (default: ../shared/data/stance/newsmtsc-dev.jsonl) as JSON. */
    public static void main(String[] args) throws JsonProcessingException {
        Path gold = args.length > 0 ? Path.of(args[0]) : Path.of("../shared/data/stance/newsmtsc-dev.jsonl");
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(evaluate(gold)));
    }
}
