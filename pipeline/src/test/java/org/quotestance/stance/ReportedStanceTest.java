package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.speaker.NameKey;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;

/**
 * Stances the article states in its own words, outside quotes: a holder the speaker layer resolved
 * in the document is the named subject of a verb cue. Each text quotes its people once elsewhere,
 * as news does, so that the speaker layer knows them.
 */
class ReportedStanceTest {

    /** A text whose last sentence quotes each name once, so the names are holders of the document. */
    private static QuotedText withSpeakers(String narration, String... names) throws Exception {
        StringBuilder text = new StringBuilder(narration);
        for (String name : names) {
            text.append(" \"We will see,\" ").append(name).append(" said.");
        }
        QuotedText quoted = new QuotedText(text.toString());
        for (String name : names) {
            SpeakerEntity entity = quoted.entity(name.toLowerCase().replace(' ', '_'), name);
            SpeakerMention mention = quoted.lastMention(name, "NAME", entity);
            quoted.quote("We will see,", "DIRECT", mention, "said");
        }
        return quoted;
    }

    private static String describe(List<Stance> stances) {
        return stances.stream().map(s -> s.getHolder().getEntity().getCanonicalName() + "/" + s.getTarget() + "/"
                + s.getPolarity()).toList().toString();
    }

    @Test
    @DisplayName("an endorsement the article reports is the endorser's FAVOR, with no quote behind it")
    void reportedEndorsementIsFavor() throws Exception {
        QuotedText text = withSpeakers("Lena Varga endorsed Tomas Brell on Tuesday.", "Lena Varga", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        Stance stance = stances.get(0);
        assertEquals("Lena Varga", stance.getHolder().getEntity().getCanonicalName());
        assertEquals("Tomas Brell", stance.getTarget());
        assertEquals("FAVOR", stance.getPolarity());
        assertEquals("endorsed", stance.getEvidence());
        assertNull(stance.getQuote());
        assertEquals("PERSON", stance.getTargetKind());
    }

    @Test
    @DisplayName("a surname with a title and role words before it holds the criticism after it")
    void surnameAfterRoleWordsHoldsTheCriticism() throws Exception {
        QuotedText text = withSpeakers("On Monday, Republican front-runner Sen. Varga has repeatedly criticized "
                + "the ferry toll.", "Lena Varga");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("ferry toll", stances.get(0).getTarget());
        assertEquals("AGAINST", stances.get(0).getPolarity());
    }

    @Test
    @DisplayName("an appositive or a relative 'who' between the name and the cue keeps the name as holder")
    void appositiveAndRelativeWhoKeepTheHolder() throws Exception {
        QuotedText text = withSpeakers("Varga, the harbour's former governor, also attacked Brell. "
                + "Brell, who has accused Varga of lying, spoke next.", "Lena Varga", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(2, stances.size(), describe(stances));
        assertTrue(describe(stances).contains("Lena Varga/Brell/AGAINST"), describe(stances));
        assertTrue(describe(stances).contains("Tomas Brell/Varga/AGAINST"), describe(stances));
    }

    @Test
    @DisplayName("the subject of a passive is the target, not the holder")
    void passiveSubjectIsNoHolder() throws Exception {
        QuotedText text = withSpeakers("Varga was criticized by unions for the ferry toll.", "Lena Varga");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a name inside another noun phrase is not the one who acts")
    void nameInsideAnotherPhraseIsNoHolder() throws Exception {
        QuotedText text = withSpeakers("Supporters of Varga attacked Brell. The Varga campaign backed the ferry toll. "
                + "Varga's aides condemned the Harbour Act.", "Lena Varga", "Tomas Brell");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("an act reported by someone else, negated or in a question gives no stance")
    void reportedNegatedOrAskedActGivesNoStance() throws Exception {
        QuotedText text = withSpeakers("Critics claimed Varga backed the Harbour Act. Varga has not endorsed Brell. "
                + "Did Varga oppose the ferry toll?", "Lena Varga", "Tomas Brell");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a title-case headline is not read as a sentence")
    void titleCaseHeadlineGivesNoStance() throws Exception {
        QuotedText text = withSpeakers("Lena Varga Accused Of Shocking Act At Harbour Rally.", "Lena Varga");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a surname two holders share names neither; the speaker layer's own reading of it counts first")
    void sharedSurnameNamesNeitherUnlessTheSpeakerLayerResolvedIt() throws Exception {
        QuotedText text = withSpeakers("Varga endorsed Tomas Brell.", "Lena Varga", "Ivo Varga", "Tomas Brell");

        assertEquals(List.of(), text.stances());

        QuotedText resolved = withSpeakers("Varga endorsed Tomas Brell.", "Lena Varga", "Ivo Varga", "Tomas Brell");
        SpeakerEntity lena = resolved.jcas.select(SpeakerEntity.class).filter(e -> e.getEntityId().equals("lena_varga"))
                .findFirst().orElseThrow();
        resolved.mention("Varga", "NAME", lena);
        List<Stance> stances = resolved.stances();
        assertEquals(1, stances.size(), describe(stances));
        assertSame(lena, stances.get(0).getHolder().getEntity());
    }

    @Test
    @DisplayName("a name's possessive with a curly apostrophe is a complete target")
    void curlyPossessiveIsACompleteTarget() throws Exception {
        QuotedText text = withSpeakers("Varga praised Brell’s positions on national defense.", "Lena Varga",
                "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("positions of Brell", stances.get(0).getTarget());
        assertEquals("FAVOR", stances.get(0).getPolarity());
    }

    @Test
    @DisplayName("'she' opening a sentence stands for the one holder the sentence before names")
    void pronounSubjectStandsForTheHolderNamedBefore() throws Exception {
        QuotedText text = withSpeakers("Lena Varga spoke at the harbour on Monday. She has criticized the ferry toll.",
                "Lena Varga");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga/ferry toll/AGAINST", describe(stances).replaceAll("[\\[\\]]", ""));
        assertNull(stances.get(0).getQuote());
    }

    @Test
    @DisplayName("a pronoun subject gives no stance when the sentence before names two holders or a person who is none")
    void pronounSubjectAbstainsWhenItMayBeSomeoneElse() throws Exception {
        QuotedText twoHolders = withSpeakers("Lena Varga met Tomas Brell. He attacked the ferry toll.", "Lena Varga",
                "Tomas Brell");
        assertEquals(List.of(), twoHolders.stances());

        QuotedText otherPerson = withSpeakers("Lena Varga met Anna Kolar. She attacked the ferry toll.", "Lena Varga");
        assertEquals(List.of(), otherPerson.stances());
    }

    @Test
    @DisplayName("a party-and-state parenthesis after the name keeps the name as holder")
    void parenthesisAfterTheNameKeepsTheHolder() throws Exception {
        QuotedText text = withSpeakers("Sen. Lena Varga (D-Mont.) has criticized the ferry toll.", "Lena Varga");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("AGAINST", stances.get(0).getPolarity());
    }

    @Test
    @DisplayName("a verb coordinated with the first verb of a clause the holder opens is the holder's act")
    void coordinatedVerbKeepsTheClauseSubject() throws Exception {
        QuotedText text = withSpeakers("Varga appeared with Tomas Brell and officially endorsed the Harbour Act.",
                "Lena Varga", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga", stances.get(0).getHolder().getEntity().getCanonicalName());
        assertEquals("FAVOR", stances.get(0).getPolarity());
    }

    @Test
    @DisplayName("a title-case headline in the present tense is active: its target ends at a capitalised preposition")
    void presentTenseHeadlineIsActive() throws Exception {
        QuotedText text = withSpeakers("Lena Varga Backs Tomas Brell On Ferry Toll.", "Lena Varga", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga/Tomas Brell/FAVOR", describe(stances).replaceAll("[\\[\\]]", ""));
    }

    @Test
    @DisplayName("what an outlet reports (an indirect quote whose speaker is no holder) is read as the article's own words")
    void contentReportedByAnOutletIsTheArticlesWords() throws Exception {
        QuotedText text = withSpeakers("Varga endorsed Tomas Brell, the Harbour Times reported.", "Lena Varga",
                "Tomas Brell");
        SpeakerMention outlet = text.mention("the Harbour Times", "NOMINAL", null);
        text.quote("Varga endorsed Tomas Brell", "INDIRECT", outlet, "reported");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga/Tomas Brell/FAVOR", describe(stances).replaceAll("[\\[\\]]", ""));
    }

    @Test
    @DisplayName("the charge of an accusation and a phrase cut before its relative clause are no targets")
    void accusationChargeAndRelativeCutAreNoTargets() throws Exception {
        QuotedText text = withSpeakers("Varga accused ministers of turning the harbour into a dump. "
                + "Varga rejected any deal that lowers the toll.", "Lena Varga");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a person the article names in full but never quotes holds the stance the article states")
    void personNamedInFullWithoutQuoteIsHolder() throws Exception {
        QuotedText text = withSpeakers("Sen. Nora Keller endorsed Tomas Brell on Tuesday. "
                + "Keller has also criticized the ferry toll.", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(2, stances.size(), describe(stances));
        assertTrue(describe(stances).contains("Nora Keller/Tomas Brell/FAVOR"), describe(stances));
        assertTrue(describe(stances).contains("Nora Keller/ferry toll/AGAINST"), describe(stances));
        assertEquals(NameKey.personId("Nora Keller"), stances.get(0).getHolder().getEntity().getEntityId());
        assertSame(stances.get(0).getHolder().getEntity(), stances.get(1).getHolder().getEntity());
    }

    @Test
    @DisplayName("a surname two people named in full share, or a person shares with a holder, names neither")
    void surnameSharedByUnquotedPeopleNamesNeither() throws Exception {
        QuotedText text = withSpeakers("Nora Keller met Anna Keller. Keller endorsed Tomas Brell. "
                + "Lena Varga met Ivo Varga. Varga criticized the ferry toll.", "Tomas Brell", "Lena Varga");

        List<Stance> stances = text.stances();

        assertEquals(List.of(), stances, describe(stances));
    }

    @Test
    @DisplayName("'champions' before a name is a title, not an act; 'in September' after a target is a time adjunct")
    void championTitleAndMonthAdjunct() throws Exception {
        QuotedText text = withSpeakers("Harbour Cup champions Nora Keller and Ivo Brell won again. "
                + "Lena Varga opposed the ferry tax in September.", "Lena Varga");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga/ferry tax/AGAINST", describe(stances).replaceAll("[\\[\\]]", ""));
    }

    @Test
    @DisplayName("a title's full stop inside the object does not cut it: 'sued Mr. Brell' is against Brell")
    void titleBeforeTheObjectKeepsTheName() throws Exception {
        QuotedText text = withSpeakers("Varga sued Mr. Brell. Varga has backed Sen. Ada Holm, a neighbour.",
                "Lena Varga", "Tomas Brell", "Ada Holm");

        List<Stance> stances = text.stances();

        assertEquals(2, stances.size(), describe(stances));
        assertTrue(describe(stances).contains("Lena Varga/Brell/AGAINST"), describe(stances));
        assertTrue(describe(stances).contains("Lena Varga/Ada Holm/FAVOR"), describe(stances));
    }

    @Test
    @DisplayName("role words before the object's name ('Republican presidential candidate Tomas Brell') are not the target")
    void roleWordsBeforeTheObjectAreNoTarget() throws Exception {
        QuotedText text = withSpeakers("Varga castigated Republican presidential candidate Tomas Brell for the toll.",
                "Lena Varga", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Tomas Brell", stances.get(0).getTarget());
        assertEquals("AGAINST", stances.get(0).getPolarity());
    }

    @Test
    @DisplayName("an adverb in -ly between the name and the verb keeps the holder; a noun in -ly or 'reportedly' does not")
    void mannerAdverbKeepsTheHolder() throws Exception {
        QuotedText text = withSpeakers("Varga viciously attacked Brell. The Varga family attacked the Harbour Act. "
                + "Brell reportedly opposed the ferry toll.", "Lena Varga", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga/Brell/AGAINST", describe(stances).replaceAll("[\\[\\]]", ""));
    }

    @Test
    @DisplayName("an indirect quote whose cue is a stated act ('Varga endorsed [Brell]') is read as the article's words")
    void indirectQuoteOnAStatedActIsTheArticlesWords() throws Exception {
        QuotedText text = withSpeakers("In a surprise move, Varga endorsed Brell last week.", "Lena Varga", "Tomas Brell");
        text.quote("Brell last week", "INDIRECT", text.mention("Varga", "NAME", text.entity("lena_varga", "Lena Varga")),
                "endorsed");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga/Brell/FAVOR", describe(stances).replaceAll("[\\[\\]]", ""));
        assertNull(stances.get(0).getQuote());
    }

    @Test
    @DisplayName("a participle after a name ('Harbour Democrats supporting the bill have said') states no act; nor does a host's welcome")
    void participleAndWelcomeToAreNoAct() throws Exception {
        QuotedText text = withSpeakers("Varga supporting the ferry bill has been noted. "
                + "Varga welcomed the delegates to the harbour.", "Lena Varga");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("stacked titles are dropped from the target: 'Lt. Gen. Ada Holm' is 'Ada Holm'")
    void stackedTitlesAreDropped() throws Exception {
        QuotedText text = withSpeakers("Varga criticized Lt. Gen. Ada Holm on Monday.", "Lena Varga", "Ada Holm");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Lena Varga/Ada Holm/AGAINST", describe(stances).replaceAll("[\\[\\]]", ""));
    }

    @Test
    @DisplayName("'welcomed the decision to raise ...' (to + verb) is a position; 'welcomed him to Mexico' is a host's welcome")
    void welcomeToVerbIsAPositionWelcomeToAPlaceIsNot() throws Exception {
        QuotedText text = withSpeakers("Varga welcomed the decision to raise the ferry toll. "
                + "Brell welcomed him to Mexico. Brell welcomed Ada Holm to the White House.",
                "Lena Varga", "Tomas Brell", "Ada Holm");

        List<Stance> stances = text.stances();

        assertEquals(1, stances.size(), describe(stances));
        Stance stance = stances.get(0);
        assertEquals("Lena Varga", stance.getHolder().getEntity().getCanonicalName());
        assertEquals("FAVOR", stance.getPolarity());
        assertTrue(stance.getTarget().startsWith("decision to raise"), describe(stances));
    }

    @Test
    @DisplayName("an initial inside a name ('George W. Bush') continues the object; a label letter ('Proposition B.') ends it")
    void initialContinuesANameButALabelLetterEndsTheSentence() throws Exception {
        QuotedText text = withSpeakers("Varga praised George W. Bush on Monday. "
                + "Brell backed Proposition B. Opponents said the ferry toll was unfair.",
                "Lena Varga", "Tomas Brell");

        List<Stance> stances = text.stances();

        assertTrue(describe(stances).contains("Lena Varga/George W. Bush/FAVOR"), describe(stances));
        assertTrue(stances.stream().noneMatch(s -> s.getTarget().contains("Opponents")), describe(stances));
    }
}
