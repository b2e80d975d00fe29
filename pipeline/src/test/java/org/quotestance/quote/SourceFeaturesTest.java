package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The source model was trained on these bucket labels and cue forms: a count or a cue word must land in the
 * bucket and form named at training, and the scorer numbers features by the same indices.
 */
class SourceFeaturesTest {

    @Test
    void countsFallInTheBucketsTheModelWasTrainedOnAtEveryEdge() {
        int[] counts = { 0, 1, 2, 3, 4, 6, 7, 12, 13, 40 };
        String[] labels = { "0", "1", "2", "3", "4-6", "4-6", "7-12", "7-12", "13+", "13+" };
        assertEquals(counts.length, labels.length);
        for (int i = 0; i < counts.length; i++) {
            String label = SourceFeatures.BUCKETS.get(SourceFeatures.bucketIndex(counts[i]));
            assertEquals(labels[i], label, "count " + counts[i]);
        }
    }

    @Test
    void aCueWordsFormIsItsFirstMatchingEnding() {
        assertEquals("ing", SourceFeatures.FORMS.get(SourceFeatures.formIndex("insisting")));
        assertEquals("ed", SourceFeatures.FORMS.get(SourceFeatures.formIndex("warned")));
        assertEquals("s", SourceFeatures.FORMS.get(SourceFeatures.formIndex("says")));
        assertEquals("-", SourceFeatures.FORMS.get(SourceFeatures.formIndex("said")));
    }
}
