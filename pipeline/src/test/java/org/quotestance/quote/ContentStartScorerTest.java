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
 * The start scorer reads features by number; the model was trained on the feature strings: every candidate start
 * must get the very probability (the same double) that the model's own eval gives the strings, words skipped
 * between cue and start (each a feature, repeated ones twice) and words the model never saw included.
 */
class ContentStartScorerTest {

    private static final String[][] SENTENCES = {
        { "Trump", "said", "during", "a", "rally", "in", "Michigan", "that", "the", "election", "was", "rigged", "." },
        { "She", "accused", "her", "of", "being", "asleep", "when", "the", "calls", "came", "in", "the", "night" },
        { "He", "told", "the", "snake_case", "reporters", ",", "zzzunseenword", "\u201c", "it", "is", "over", "\u201d" },
    };

    @Test
    void everyCandidateStartScoresAsTheModelScoresItsFeatureStrings() throws Exception {
        try (InputStream shipped = ContentBoundaryModel.class.getResourceAsStream(ContentBoundaryModel.DEFAULT_RESOURCE)) {
            check(ContentBoundaryModel.readGisModels(shipped).start());
        }
        Path fixture = Path.of(ContentStartScorerTest.class.getResource("tiny-attributions.jsonl").toURI());
        check(new ContentBoundaryTrainer(new ContentBoundaryTrainer.Settings(50, 0)).fit(fixture, d -> true).start());
    }

    private static void check(MaxentModel gis) {
        int yes = gis.getIndex(ContentBoundaryModel.YES);
        ContentStartScorer scorer = new ContentStartScorer(new IndexedGisModel(gis, ContentBoundaryModel.YES));
        int checked = 0;
        for (String[] sentence : SENTENCES) {
            List<Word> words = SpacedWords.of(sentence);
            // the sentence ends at the last word, or earlier: the words after the end read as the edge
            for (int to : new int[] { words.size(), words.size() - 2 }) {
                for (int cue = 0; cue + 1 < to; cue++) {
                    // the first three candidates' pair features found when the candidates are made, later ones when scored
                    ContentStartScorer.Candidates starts = scorer.candidates(words, cue, to, cue + 3);
                    for (int i = cue + 1; i < to; i++) {
                        double expected = gis.eval(ContentBoundaryFeatures.start(words, cue, to, i))[yes];
                        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(starts.yes(i)),
                                "start at word " + i + " after cue " + cue + ", sentence end " + to + " in "
                                        + String.join(" ", sentence));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 200, "candidates checked: " + checked);
    }
}
