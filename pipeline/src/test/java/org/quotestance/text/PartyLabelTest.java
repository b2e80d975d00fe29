package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A politician's party and state in parentheses, against an agency's or a year's. */
class PartyLabelTest {

    @Test
    void partyWithAStateAbbreviationInAnyStyleIsAParty() {
        assertTrue(PartyLabel.is("(D-Calif.)"));
        assertTrue(PartyLabel.is("(R-IN)"));
        assertTrue(PartyLabel.is("(D-N.Y.)"));
        assertTrue(PartyLabel.is("(I)"));
    }

    @Test
    void agencyOrYearInParenthesesIsNoParty() {
        assertFalse(PartyLabel.is("(AP)"));
        assertFalse(PartyLabel.is("(2016)"));
        assertFalse(PartyLabel.is("(Reuters)"));
    }
}
