package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Training the attribution cue model: deterministic, and a model read back predicts as the one written. */
class AttributionCueModelTest {

    private static final AttributionCueTrainer.Settings TINY = new AttributionCueTrainer.Settings(1, 0.05, 50, 0);

    private static Path fixture() throws Exception {
        return Path.of(AttributionCueModelTest.class.getResource("tiny-attributions.jsonl").toURI());
    }

    @Test
    void sameDataGivesTheSameModelBytes() throws Exception {
        byte[] first = new AttributionCueTrainer(TINY).trainBytes(fixture(), d -> true);
        byte[] second = new AttributionCueTrainer(TINY).trainBytes(fixture(), d -> true);
        assertTrue(first.length > 0);
        assertArrayEquals(first, second);
    }

    @Test
    void modelReadBackPredictsAsTheTrainedOne() throws Exception {
        AttributionCueModel.Trained fitted = new AttributionCueTrainer(TINY).fit(fixture(), d -> true);
        AttributionCueModel trained = new AttributionCueModel(fitted);
        AttributionCueModel read = AttributionCueModel.read(
                new ByteArrayInputStream(AttributionCueModel.toBytes(fitted)));
        assertEquals(trained.candidateCount(), read.candidateCount());
        List<Word> words = words("The", "minister", "believes", "that", "the", "plan", "will", "work");
        assertTrue(read.isCandidate(words.get(2)), "'believes' is a cue of the fixture");
        assertEquals(trained.predict(words, 0, words.size(), 2), read.predict(words, 0, words.size(), 2));
        assertEquals(AttributionCueModel.Side.AFTER, read.predict(words, 0, words.size(), 2).side());
    }

    @Test
    void cueProbabilityIsOneMinusNoCue() throws Exception {
        AttributionCueModel model = new AttributionCueTrainer(TINY).train(fixture(), d -> true);
        List<Word> words = words("The", "minister", "believes", "that", "the", "plan", "will", "work");
        double[] outcomes = model.outcomes(words, 0, words.size(), 2);
        AttributionCueModel.Prediction p = model.predict(words, 0, words.size(), 2);
        assertEquals(1 - outcomes[AttributionCueModel.Side.NONE.ordinal()], p.probability(), 1e-9,
                "a word is a cue by AFTER and BEFORE together, so a cue unsure of its side is not lost");
        assertEquals(AttributionCueModel.Side.AFTER, p.side());
    }

    @Test
    void heldOutDocumentsAreNotFitted() throws Exception {
        AttributionCueModel all = new AttributionCueTrainer(TINY).train(fixture(), d -> true);
        AttributionCueModel firstTwo = new AttributionCueTrainer(TINY).train(fixture(), d -> d < 2);
        assertEquals(all.candidateCount() - 1, firstTwo.candidateCount(),
                "'believe' is a cue only in the third document, so a model of the first two lacks it");
    }

    private static List<Word> words(String... tokens) {
        List<Word> words = new java.util.ArrayList<>();
        int offset = 0;
        for (String t : tokens) {
            words.add(new Word(offset, offset + t.length(), t));
            offset += t.length() + 1;
        }
        return words;
    }

    @Test
    void aCueInsideContentThatCitesNobodyIsLabelledAround() throws Exception {
        String text = "Trump is expected to win the state. The mayor said the bridge would reopen.";
        String json = "{\"text\": \"" + text + "\", \"quotes\": ["
                + "{\"start\": 0, \"end\": 34, \"type\": \"indirect\", \"speaker\": null, \"cue\": \"is expected\"},"
                + "{\"start\": 51, \"end\": 75, \"type\": \"indirect\", \"speaker\": \"The mayor\", \"cue\": \"said\"}]}";
        var heads = AttributionCueTrainer.cueHeads(new ObjectMapper().readTree(json), text);
        assertEquals(AttributionCueModel.Side.AROUND, heads.get(text.indexOf("expected")));
        assertEquals(AttributionCueModel.Side.AFTER, heads.get(text.indexOf("said")));
    }

    @Test
    void anAdverbBeforeTheVerbOfAMultiWordCueIsNotItsHead() {
        assertEquals("had initially ".length(), AttributionCueTrainer.headOffset("had initially welcomed"));
        assertEquals("strongly ".length(), AttributionCueTrainer.headOffset("strongly condemned"));
        assertEquals(0, AttributionCueTrainer.headOffset("reportedly"), "a lone adverb is the cue");
        assertEquals("is ".length(), AttributionCueTrainer.headOffset("is likely to"), "\"likely\" heads its cue");
    }
}
