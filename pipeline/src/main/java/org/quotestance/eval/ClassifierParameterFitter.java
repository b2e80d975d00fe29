package org.quotestance.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotestance.stance.NegationScope;
import org.quotestance.stance.OpinionLexicon;
import org.quotestance.stance.Polarity;
import org.quotestance.stance.PolarityDecision;
import org.quotestance.stance.StanceCueLexicon;
import org.quotestance.stance.TargetSentimentClassifier;
import org.quotestance.stance.Word;

/**
 * Fits the classifier's distance decay and FAVOR/AGAINST thresholds on the NewsMTSC training
 * split by grid search for the best macro-F1, and prints them; the chosen values are the
 * DEFAULT_* constants of {@link TargetSentimentClassifier}. Rerun:
 * {@code java -cp ... org.quotestance.eval.ClassifierParameterFitter ../shared/data/stance/newsmtsc-train.jsonl}
 */
public final class ClassifierParameterFitter {
    private static final double[] DECAYS = {0.0, 0.05, 0.1, 0.2, 0.3, 0.5};
    private static final double[] THRESHOLDS = {-3, -2.5, -2, -1.5, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3};

    private record Item(Polarity gold, Optional<Polarity> byCue, double opinionScore) {
    }

    private ClassifierParameterFitter() {
    }

    public static void main(String[] args) {
        Path train = args.length > 0 ? Path.of(args[0]) : Path.of("../shared/data/stance/newsmtsc-train.jsonl");
        List<GoldTargetSentence> sentences = GoldTargetSentence.read(train);
        WordSegmenter segmenter = new WordSegmenter();
        List<List<Word>> words = sentences.stream().map(sentence -> segmenter.words(sentence.text())).toList();
        StanceCueLexicon cues = StanceCueLexicon.loadDefault();
        OpinionLexicon opinions = OpinionLexicon.loadVader();
        NegationScope negation = NegationScope.loadDefault();

        double bestF1 = -1;
        String best = "";
        for (double decay : DECAYS) {
            TargetSentimentClassifier classifier = new TargetSentimentClassifier(cues, opinions, negation, decay, 0, 0);
            List<Item> items = items(sentences, words, classifier);
            for (double favor : THRESHOLDS) {
                for (double against : THRESHOLDS) {
                    if (against > favor) {
                        continue;
                    }
                    double f1 = macroF1(items,
                            new TargetSentimentClassifier(cues, opinions, negation, decay, favor, against));
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = "distanceDecay=" + decay + " favorThreshold=" + favor + " againstThreshold=" + against;
                    }
                }
            }
        }
        System.out.printf("%s macroF1(train)=%.4f%n", best, bestF1);
    }

    private static List<Item> items(List<GoldTargetSentence> sentences, List<List<Word>> words,
            TargetSentimentClassifier classifier) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            for (GoldTargetSentence.GoldTarget target : sentences.get(i).targets()) {
                int begin = target.begin(text);
                int end = target.end(text);
                items.add(new Item(Polarity.valueOf(target.polarity()),
                        classifier.decideByGoverningCue(words.get(i), begin, end).map(PolarityDecision::polarity),
                        classifier.opinionScore(words.get(i), begin, end)));
            }
        }
        return items;
    }

    private static double macroF1(List<Item> items, TargetSentimentClassifier thresholds) {
        ClassificationScores scores = new ClassificationScores();
        for (Item item : items) {
            scores.add(item.gold(), item.byCue().orElseGet(() -> thresholds.polarityOf(item.opinionScore())));
        }
        return scores.macroF1();
    }
}
