package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.gazetteer.Gazetteer;

/** Which candidates {@link ExclusionRules#isOrganisationRun} puts in an organisation's name. */
class OrganisationRunTest {

    private static final ExclusionRules RULES = new ExclusionRules(Gazetteer.shared());

    private static boolean organisationRun(String text, String mention) throws Exception {
        JCas jcas = LocatedNews.segmented(text);
        List<ToponymMention> matching = LocationAnnotator.forTraining().locate(jcas).candidates().stream()
                .filter(m -> text.substring(m.sentence.begin(m.firstToken), m.sentence.wordEnd(m.lastToken)).equals(mention))
                .toList();
        assertEquals(1, matching.size(), "candidates '" + mention + "' in: " + text);
        return RULES.isOrganisationRun(matching.get(0));
    }

    @Test
    @DisplayName("a place beside a broadcaster's or police force's acronym is in an organisation's name")
    void acronymBeside() throws Exception {
        assertTrue(organisationRun("The mayor spoke to CBC Toronto on Tuesday.", "Toronto"));
        assertTrue(organisationRun("Officers of the Brant OPP detachment were called.", "Brant"));
    }

    @Test
    @DisplayName("an acronym place beside another acronym still looks for an organisation head after it ('UK NHS Trust')")
    void acronymMentionFallsThroughToHead() throws Exception {
        assertTrue(organisationRun("She works for a UK NHS Trust in the north.", "UK"));
    }

    @Test
    @DisplayName("all-capital headline words ('SAY', 'THE') and datelines ('LONDON AP') are no organisation's acronym")
    void allCapitalHeadline() throws Exception {
        assertFalse(organisationRun("RESCUERS SAY TORONTO FLOODS ARE OVER", "TORONTO"));
        assertFalse(organisationRun("Storm hits THE Toronto area hard.", "Toronto"));
        assertFalse(organisationRun("LONDON AP - The talks resumed on Monday.", "LONDON"));
    }
}
