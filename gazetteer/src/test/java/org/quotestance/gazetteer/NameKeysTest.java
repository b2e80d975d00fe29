package org.quotestance.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    private static final List<String> NAMES = List.of("St. Louis", "Winston-Salem", "Martha's Vineyard",
            "Washington, D.C.", "  New   York ", "Gaza (Strip)", "Côte d'Ivoire", "Zürich", "Łódź", "O'Hare",
            "Bosnia and Herzegovina", "A", "", "-", "Saint-Denis/Paris", "Heard Island and McDonald Islands");

    @Test
    void isKeyOfAgreesWithNormaliseOnPunctuatedSpacedAndAccentedNames() {
        for (String name : NAMES) {
            String key = NameKeys.normalise(name);
            assertTrue(NameKeys.isKeyOf(name, key), name);
            for (String other : NAMES) {
                assertEquals(NameKeys.normalise(other).equals(key), NameKeys.isKeyOf(other, key), other + " / " + key);
            }
        }
    }

    @Test
    void aKeyThatIsOnlyAPrefixOrLongerDoesNotMatch() {
        assertFalse(NameKeys.isKeyOf("St. Louis", "st"));
        assertFalse(NameKeys.isKeyOf("St. Louis", "st louis park"));
        assertFalse(NameKeys.isKeyOf("Paris", "paris "));
    }
}
