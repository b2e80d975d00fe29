package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.Word;

import opennlp.tools.ml.model.MaxentModel;

/**
 * The source scorer reads features by number; the model was trained on the feature strings: every candidate must
 * get the very probability (the same double) that the model's own eval gives its strings, or the chosen sources
 * would drift from what was trained and measured.
 */
class SourceScorerTest {

    private static final String[][] SENTENCES = {
        { "After", "a", "call", "with", "Joe", "Park", ",", "the", "minister", "said", "that", "the", "port", "is",
            "open", "." },
        { "According", "to", "the", "county", "sheriff", ",", "the", "two", "hikers", "were", "found", "alive", "." },
        { "The", "governor", "met", "the", "union", "leaders", "on", "Monday", ",", "insisting", "that", "the",
            "budget", "would", "not", "be", "cut", "." },
        { "Officials", "familiar", "with", "the", "talks", "told", "Reuters", "and/or", "the", "snake_case", "board",
            "that", "Microsoft", "and", "Apple", "believed", "he", "warned", "zzzunseen", "voters", "." },
    };

    @Test
    void everyCandidateScoresAsTheModelScoresItsFeatureStrings() throws Exception {
        assertEquals(4, SENTENCES.length);
        try (InputStream shipped = SourceModel.class.getResourceAsStream(SourceModel.DEFAULT_RESOURCE)) {
            check(SourceModel.readGis(shipped));
        }
        Path fixture = Path.of(SourceScorerTest.class.getResource("tiny-sources.jsonl").toURI());
        check(new SourceTrainer(new SourceTrainer.Settings(50, 0)).fit(fixture, d -> true));
    }

    @Test
    void aMentionOfATypeTheScorerHasNotNumberedIsRefused() throws Exception {
        MaxentModel gis;
        try (InputStream shipped = SourceModel.class.getResourceAsStream(SourceModel.DEFAULT_RESOURCE)) {
            gis = SourceModel.readGis(shipped);
        }
        SourceScorer scorer = new SourceScorer(gis);
        List<Word> words = SpacedWords.of(SENTENCES[0]);
        MentionCandidate unknownType = new MentionCandidate(words.get(4).begin(), words.get(5).end(), "QUOTATION",
                "PERSON", "Joe Park", "");
        List<SourceCandidates.Candidate> found = new SourceCandidates().of(words, 0, words.size(), 9, 10,
                words.size(), unknownType);
        assertTrue(found.stream().anyMatch(c -> c.mention() == unknownType), () -> "candidates " + found);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> scorer.sourceProbabilities(words, 0, words.size(), 9, 10, words.size(), found));
        assertTrue(refused.getMessage().contains("QUOTATION"), refused.getMessage());
    }

    private static void check(MaxentModel gis) {
        SourceScorer scorer = new SourceScorer(gis);
        int source = gis.getIndex(SourceModel.SOURCE);
        SourceCandidates candidates = new SourceCandidates();
        int checked = 0;
        for (String[] sentence : SENTENCES) {
            List<Word> words = SpacedWords.of(sentence);
            // the rules' choice: none, the first word of the sentence, or a word outside the stretch scored
            MentionCandidate[] ruleChoices = { null,
                new MentionCandidate(words.get(0).begin(), words.get(0).end(), "NAME", "PERSON", sentence[0], ""),
                new MentionCandidate(words.get(1).begin(), words.get(1).end(), "PRONOUN", "PERSON", sentence[1], "") };
            for (MentionCandidate rule : ruleChoices) {
                // the whole sentence, and a stretch of it: the words outside read as the edge
                for (int[] span : new int[][] { { 0, words.size() }, { 2, words.size() - 1 } }) {
                    for (int cue = span[0]; cue < span[1]; cue++) {
                        int contentFrom = Math.min(cue + 2, span[1]);
                        List<SourceCandidates.Candidate> found = candidates.of(words, span[0], span[1], cue,
                                contentFrom, span[1], rule);
                        List<String[]> features = SourceModel.features(words, span[0], span[1], cue, contentFrom,
                                span[1], found);
                        double[] actual = scorer.sourceProbabilities(words, span[0], span[1], cue, contentFrom,
                                span[1], found);
                        assertEquals(found.size(), actual.length);
                        for (int i = 0; i < found.size(); i++) {
                            double expected = gis.eval(features.get(i))[source];
                            int at = i;
                            int c = cue;
                            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual[i]),
                                    () -> "candidate " + found.get(at) + " of cue " + c + " in "
                                            + String.join(" ", sentence) + ": " + String.join(" ", features.get(at)));
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 200, "candidates checked: " + checked);
    }
}
