package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.gazetteer.Gazetteer;

/**
 * A name's other mentions as the toponym classifier sees them: "Jones" after "Rodney", dropped as a person's name,
 * and the "Jones" the rules keep later each see the other's verdict, not their own.
 */
class DocumentNamesTest {

    @Test
    void aPersonsNameAndTheSameNameKeptAsAPlaceEachSeeTheOthersVerdict() throws Exception {
        List<ToponymMention> candidates = LocationAnnotator.forTraining().locate(LocatedNews.segmented(
                "Rodney Jones runs the county fair. Critics of Jones said the fair lost money.")).candidates();
        assertEquals(List.of("jones", "jones"), candidates.stream().map(c -> c.key).toList());
        ToponymMention person = candidates.get(0);
        ToponymMention kept = candidates.get(1);
        assertEquals("person", person.verdict);
        assertEquals(LocationAnnotator.KEPT, kept.verdict);
        ExclusionRules rules = new ExclusionRules(Gazetteer.shared());
        assertFalse(rules.hasLocativeCue(person));
        assertTrue(rules.hasLocativeCue(kept), "'of Jones'");
        DocumentNames.Name jones = new DocumentNames(candidates, rules).of(kept);
        assertEquals(2, jones.count());
        assertEquals(List.of(LocationAnnotator.KEPT), verdictsElsewhere(jones, person));
        assertEquals(List.of("person"), verdictsElsewhere(jones, kept));
        assertTrue(jones.keptElsewhere(person));
        assertFalse(jones.keptElsewhere(kept));
        assertTrue(jones.cuedElsewhere(false));
        assertFalse(jones.cuedElsewhere(true));
    }

    private static List<String> verdictsElsewhere(DocumentNames.Name name, ToponymMention mention) {
        List<String> elsewhere = new ArrayList<>();
        for (int v = 0; v < name.verdicts(); v++) {
            if (name.isVerdictElsewhere(v, mention)) {
                elsewhere.add(name.verdict(v));
            }
        }
        return elsewhere;
    }
}
