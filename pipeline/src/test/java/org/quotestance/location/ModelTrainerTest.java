package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Event;

/**
 * The location models' trainer: a converged L2-regularised logistic regression, handed on as an OpenNLP model.
 * The events imitate the toponym classifier's: every event holds one value of each of two one-hot families (the
 * rules' verdict and the word before), so the two families can trade a shared offset that only the regulariser
 * pins down.
 */
class ModelTrainerTest {

    private static final String[] VERDICTS = { "kept", "person", "organisation" };
    private static final String[] WORDS = { "in", "said", "from", "the", "of", "mr" };

    /** A deterministic mix: "in"/"from" before a kept name mostly a place, "said"/"mr" mostly not. */
    private static List<Event> events(int count) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String verdict = VERDICTS[i % VERDICTS.length];
            String word = WORDS[(i * 7 + i / 5) % WORDS.length];
            boolean place = verdict.equals("kept") && (word.equals("in") || word.equals("from") || i % 4 == 0)
                    || word.equals("in") && i % 3 == 0;
            events.add(new Event(place ? BinaryClassifier.YES : BinaryClassifier.NO,
                    new String[] { "rule=" + verdict, "w-1=" + word }));
        }
        return events;
    }

    private static double yes(List<Event> events, String... features) {
        return BinaryClassifier.of(ModelTrainer.train(events)).probability(features);
    }

    @Test
    void locativePrepositionBeforeAKeptNameScoresAsAPlaceAndASpeechVerbDoesNot() {
        List<Event> events = events(600);
        assertTrue(yes(events, "rule=kept", "w-1=in") > 0.8);
        assertTrue(yes(events, "rule=person", "w-1=said") < 0.2);
    }

    /** liblinear orders its labels by first appearance; the yes probability must not flip with them. */
    @Test
    void aNoAsTheFirstEventDoesNotTurnTheModelAround() {
        List<Event> yesFirst = new ArrayList<>(events(600));
        yesFirst.sort((a, b) -> b.getOutcome().compareTo(a.getOutcome()));
        List<Event> noFirst = new ArrayList<>(yesFirst);
        noFirst.sort((a, b) -> a.getOutcome().compareTo(b.getOutcome()));
        assertEquals(BinaryClassifier.YES, yesFirst.get(0).getOutcome());
        assertEquals(BinaryClassifier.NO, noFirst.get(0).getOutcome());
        assertEquals(yes(yesFirst, "rule=kept", "w-1=in"), yes(noFirst, "rule=kept", "w-1=in"), 1e-6);
    }

    /**
     * OpenNLP's quasi-Newton trainer stopped once the objective changed by less than 1e-4 of itself, short of the
     * optimum (which the regulariser makes unique): one changed feature in a few events moved weights of the shipped
     * toponym model by up to 3.7. At the optimum of {@code ||w||^2 / 2 + C * log loss} every weight equals C times
     * its feature's summed residual (gold minus predicted probability), which is checked here on many sparse
     * context words beside the one-hot verdicts.
     */
    @Test
    void everyWeightSitsAtTheOptimumOfTheRegularisedLogLoss() {
        Random random = new Random(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            int verdict = random.nextInt(VERDICTS.length);
            int before = random.nextInt(80);
            int after = random.nextInt(80);
            double score = (verdict == 0 ? 1.5 : -1.0) + (before < 10 ? 2 : before < 20 ? -2 : 0) + (after % 7 == 0 ? 1 : 0);
            boolean place = random.nextDouble() < 1 / (1 + Math.exp(-score));
            events.add(new Event(place ? BinaryClassifier.YES : BinaryClassifier.NO, new String[] {
                "rule=" + VERDICTS[verdict], "w-1=b" + before, "w+1=a" + after }));
        }
        BinaryClassifier model = BinaryClassifier.of(ModelTrainer.train(events));
        Map<String, Double> residuals = new TreeMap<>();
        for (Event event : events) {
            double residual = (event.getOutcome().equals(BinaryClassifier.YES) ? 1 : 0)
                    - model.probability(event.getContext());
            for (String feature : event.getContext()) {
                residuals.merge(feature, residual, Double::sum);
            }
        }
        assertEquals(VERDICTS.length + 160, residuals.size());
        residuals.forEach((feature, residual) -> {
            double p = model.probability(new String[] { feature });
            double weight = Math.log(p / (1 - p));
            assertEquals(residual, weight, 1e-3, feature);
        });
    }

    @Test
    void aFeatureSeenOnceGetsNoWeight() {
        List<Event> events = new ArrayList<>(events(600));
        events.add(new Event(BinaryClassifier.YES, new String[] { "rule=person", "w-1=said", "w+1=once" }));
        assertEquals(yes(events, "rule=person", "w-1=said"), yes(events, "rule=person", "w-1=said", "w+1=once"));
    }

    /** A fold of few documents can hold no feature seen twice: the model then knows nothing and says so evenly. */
    @Test
    void eventsWithNoFeatureSeenTwiceGiveAModelThatKnowsNothing() {
        List<Event> events = List.of(new Event(BinaryClassifier.YES, new String[] { "w-1=in" }),
                new Event(BinaryClassifier.NO, new String[] { "w-1=said" }));
        assertEquals(0.5, yes(events, "w-1=in"), 1e-9);
    }

    @Test
    void theSameEventsGiveTheSameBytes() {
        assertArrayEquals(ModelTrainer.bytes(ModelTrainer.train(events(600))),
                ModelTrainer.bytes(ModelTrainer.train(events(600))));
    }
}
