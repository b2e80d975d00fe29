package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quotestance.text.Word;

/** Training the content boundary model: deterministic, read back as written, scored on what it was not fitted on. */
class ContentBoundaryModelTest {

    private static final ContentBoundaryTrainer.Settings TINY = new ContentBoundaryTrainer.Settings(50, 0);

    private static Path fixture() throws Exception {
        return Path.of(ContentBoundaryModelTest.class.getResource("tiny-attributions.jsonl").toURI());
    }

    @Test
    void sameDataGivesTheSameModelBytes() throws Exception {
        byte[] first = new ContentBoundaryTrainer(TINY).trainBytes(fixture(), d -> true);
        byte[] second = new ContentBoundaryTrainer(TINY).trainBytes(fixture(), d -> true);
        assertTrue(first.length > 0);
        assertArrayEquals(first, second);
    }

    @Test
    void modelReadBackChoosesAsTheTrainedOne() throws Exception {
        ContentBoundaryModel trained = new ContentBoundaryTrainer(TINY).train(fixture(), d -> true);
        ContentBoundaryModel read = ContentBoundaryModel.read(new ByteArrayInputStream(new ContentBoundaryTrainer(TINY).trainBytes(fixture(), d -> true)));
        List<Word> words = SpacedWords.of("The", "mayor", "believes", "that", "the", "dam", "will", "hold", "through", "May");
        int to = words.size();
        assertEquals(trained.start(words, 2, to, 3, 0), read.start(words, 2, to, 3, 0));
        assertEquals(trained.end(words, 2, 3, to, to, 0), read.end(words, 2, 3, to, to, 0));
        assertEquals(3, read.start(words, 2, to, 5, 0), "the fixture's belief content starts at 'that', not at 'dam'");
    }

    @Test
    void accuracyCountsOnlyTheDocumentsAsked() throws Exception {
        ContentBoundaryModel model = new ContentBoundaryTrainer(TINY).train(fixture(), d -> d < 2);
        Map<String, Object> heldOut = ContentBoundaryTrainer.accuracy(model, fixture(), d -> d == 2);
        Map<String, Object> all = ContentBoundaryTrainer.accuracy(model, fixture(), d -> true);
        int heldOutStarts = (Integer) heldOut.get("content_starts");
        assertTrue(heldOutStarts > 0, "the third document has content after its cue");
        assertTrue((Integer) all.get("content_starts") > heldOutStarts);
    }
}
