package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which tokens {@link ReportedSubject#mayBeVerb} lets through to the reported-stance rules. */
class ReportedVerbLookupTest {

    private static final ReportedSubject SUBJECT = new ReportedSubject(
            Set.of("endorsed", "attack*", "ärgert", "boycotted"), Set.of(), Set.of(), Set.of(), null);

    private static boolean mayBeVerb(String text) {
        return SUBJECT.mayBeVerb(text, 0, text.length());
    }

    @Test
    @DisplayName("a reported verb is found in any case, a sentence-initial capital included")
    void verbInAnyCase() {
        assertTrue(mayBeVerb("endorsed"));
        assertTrue(mayBeVerb("Endorsed"));
        assertTrue(mayBeVerb("BOYCOTTED"));
    }

    @Test
    @DisplayName("a prefix verb takes any ending, a plain verb only its own form")
    void prefixAndPlainForms() {
        assertTrue(mayBeVerb("attacked"));
        assertTrue(mayBeVerb("Attacks"));
        assertFalse(mayBeVerb("endorsement"));
        assertFalse(mayBeVerb("endorse"));
    }

    @Test
    @DisplayName("a verb beginning with a letter beyond ASCII is found too, and a word sharing only its first letters is not")
    void nonAsciiFirstLetters() {
        assertTrue(mayBeVerb("ärgert"));
        assertTrue(mayBeVerb("Ärgert"));
        assertFalse(mayBeVerb("ärger"));
        assertFalse(mayBeVerb("end"));
        assertFalse(mayBeVerb("en"));
        assertFalse(mayBeVerb("[en"));
    }
}
