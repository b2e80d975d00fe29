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
 * The end scorer reads features by number; the model was trained on the feature strings: every candidate end
 * must get the very probability (the same double) that the model's own eval gives the strings, or the
 * annotator's output would drift from what was trained and measured.
 */
class ContentEndScorerTest {

    private static final String[][] SENTENCES = {
        { "Trump", "said", "the", "election", "was", "rigged", ",", "encouraging", "his", "supporters", "to", "watch",
            "the", "polls", "closely", "on", "Monday", "as", "he", "told", "reporters", "." },
        { "She", "warned", "voters", "that", "the", "\u201c", "system", "is", "broken", "\u201d", "and", "said", "it",
            "would", "cost", "$", "4", "billion", "over", "10", "years", ",", "according", "to", "aides", "in",
            "Washington", "and", "New", "York", "." },
        { "He", "claimed", "the", "snake_case", "word", "and", "a", "zzzunseenword", "(", "see", ")", "mattered" },
    };

    @Test
    void everyCandidateEndScoresAsTheModelScoresItsFeatureStrings() throws Exception {
        assertEquals(3, SENTENCES.length);
        try (InputStream shipped = ContentBoundaryModel.class.getResourceAsStream(ContentBoundaryModel.DEFAULT_RESOURCE)) {
            check(ContentBoundaryModel.readGisModels(shipped).end());
        }
        Path fixture = Path.of(ContentEndScorerTest.class.getResource("tiny-attributions.jsonl").toURI());
        check(new ContentBoundaryTrainer(new ContentBoundaryTrainer.Settings(50, 0)).fit(fixture, d -> true).end());
    }

    private static void check(MaxentModel gis) {
        int yes = gis.getIndex(ContentBoundaryModel.YES);
        ContentEndScorer scorer = new ContentEndScorer(new IndexedGisModel(gis, ContentBoundaryModel.YES));
        int checked = 0;
        for (String[] sentence : SENTENCES) {
            List<Word> words = SpacedWords.of(sentence);
            int cue = 1;
            for (int from = cue + 1; from < words.size(); from++) {
                ContentBoundaryFeatures.Ends strings = new ContentBoundaryFeatures.Ends(words, cue, from, words.size());
                ContentEndScorer.Candidates numbers = scorer.candidates(words, cue, from, words.size(), words.size());
                for (int j = from + 1; j <= words.size(); j++) {
                    double expected = gis.eval(strings.of(j))[yes];
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(numbers.yes(j)),
                            "end before word " + j + " of content from " + from + " in " + String.join(" ", sentence));
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "candidates checked: " + checked);
    }
}
