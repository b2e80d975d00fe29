package org.quotestance.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Target nodes: one per linked id, else one per wording up to case, spacing, apostrophes and a leading article. */
class StanceTargetTest {

    @Test
    void wordingsThatDifferOnlyInCaseSpacingApostropheOrArticleAreOneTarget() {
        String key = StanceTarget.of(null, null, "Azerbaijan's territorial integrity").key();
        assertEquals(key, StanceTarget.of(null, null, "the  Azerbaijan\u2019s Territorial integrity").key());
        assertEquals("target:azerbaijan's territorial integrity", key);
        assertFalse(StanceTarget.of(null, null, "territorial integrity of Azerbaijan").key().equals(key),
                "another word order is another wording");
    }

    @Test
    void aLinkedTargetIsKeyedByItsIdWhateverItsWording() {
        StanceTarget araghchi = StanceTarget.of("aragki_a", "PERSON", "Araghchi");
        assertEquals("aragki_a", araghchi.key());
        assertEquals("aragki_a", StanceTarget.of("aragki_a", "PERSON", "the deputy foreign minister").key());
        assertEquals("PERSON", araghchi.kind());
        assertTrue(araghchi.isLinked());
        assertFalse(StanceTarget.of("", null, "Araghchi").isLinked(), "an empty id is no link");
    }
}
