package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

import opennlp.tools.ml.model.MaxentModel;

/**
 * The cue scorer reads features by number; the model was trained on the feature strings: every word must get the
 * very probabilities (the same doubles) that the model's own eval gives the strings, or the learned attributions
 * would drift from what was trained and measured.
 */
class AttributionCueScorerTest {

    private static final String[][] SENTENCES = {
        { "\u201c", "It", "is", "over", ",", "\u201d", "the", "minister", "said", "on", "Monday", ",", "according",
            "to", "aides", "." },
        { "She", "believes", "that", "the", "snake_case", "plan", "will", "work", ",", "but", "zzzunseenword",
            "warned", "voters", "(", "again", ")", "in", "2016" },
        { "Officials", "familiar", "with", "the", "talks", "told", "Reuters", "the", "deal", "was", "close" },
    };

    @Test
    void everyWordScoresAsTheModelScoresItsFeatureStrings() throws Exception {
        assertEquals(3, SENTENCES.length);
        try (InputStream shipped = AttributionCueModel.class.getResourceAsStream(AttributionCueModel.DEFAULT_RESOURCE)) {
            check(AttributionCueModel.readTrained(shipped).gis());
        }
        Path fixture = Path.of(AttributionCueScorerTest.class.getResource("tiny-attributions.jsonl").toURI());
        check(new AttributionCueTrainer(new AttributionCueTrainer.Settings(1, 0.05, 50, 0)).fit(fixture, d -> true)
                .gis());
    }

    private static void check(MaxentModel gis) {
        AttributionCueScorer scorer = new AttributionCueScorer(gis);
        int checked = 0;
        for (String[] sentence : SENTENCES) {
            List<Word> words = SpacedWords.of(sentence);
            // the whole sentence, and a stretch of it: the words outside read as the edge
            for (int[] span : new int[][] { { 0, words.size() }, { 2, words.size() - 3 } }) {
                for (int i = span[0]; i < span[1]; i++) {
                    double[] expected = gis.eval(AttributionCueFeatures.of(words, span[0], span[1], i));
                    double[] actual = scorer.outcomes(words, span[0], span[1], i);
                    assertEquals(expected.length, actual.length);
                    for (int o = 0; o < expected.length; o++) {
                        assertEquals(Double.doubleToLongBits(expected[o]), Double.doubleToLongBits(actual[o]),
                                "outcome " + gis.getOutcome(o) + " of word " + i + " in " + String.join(" ", sentence));
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "words checked: " + checked);
    }
}
