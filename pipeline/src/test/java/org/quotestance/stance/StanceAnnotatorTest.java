package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;

class StanceAnnotatorTest {

    private static Stance only(List<Stance> stances, String target) {
        List<Stance> matching = stances.stream().filter(s -> s.getTarget().equals(target)).toList();
        assertEquals(1, matching.size(), () -> "stances on '" + target + "': " + describe(stances));
        return matching.get(0);
    }

    private static String describe(List<Stance> stances) {
        return stances.stream().map(s -> s.getTarget() + "/" + s.getPolarity() + "/" + s.getEvidence()).toList().toString();
    }

    @Test
    @DisplayName("negated support is AGAINST")
    void negatedSupportIsAgainst() throws Exception {
        QuotedText text = new QuotedText("Governor Lena Varga said she has never supported the new ferry toll.");
        SpeakerMention varga = text.mention("Lena Varga", "NAME", text.entity("lena_varga", "Lena Varga"));
        Quote quote = text.quote("she has never supported the new ferry toll", "INDIRECT", varga, "said");

        Stance stance = only(text.stances(), "new ferry toll");

        assertEquals("AGAINST", stance.getPolarity());
        assertEquals("never supported", stance.getEvidence());
        assertEquals("she has never supported the new ferry toll", stance.getCoveredText());
        assertSame(varga, stance.getHolder());
        assertSame(quote, stance.getQuote());
        assertEquals("new ferry toll", stance.getTargetMention().getCoveredText());
    }

    @Test
    @DisplayName("should not interfere is AGAINST the interferers")
    void shouldNotInterfereIsAgainstTheInterferers() throws Exception {
        QuotedText text = new QuotedText(
                "\"Foreign troops should not interfere in our harbour elections,\" Mayor Tomas Brell told reporters.");
        SpeakerMention brell = text.mention("Tomas Brell", "NAME", text.entity("tomas_brell", "Tomas Brell"));
        text.quote("Foreign troops should not interfere in our harbour elections,", "DIRECT", brell, "told");

        Stance stance = only(text.stances(), "Foreign troops");

        assertEquals("AGAINST", stance.getPolarity());
        assertEquals("should not interfere", stance.getEvidence());
    }

    @Test
    @DisplayName("concern is AGAINST its object")
    void concernIsAgainstItsObject() throws Exception {
        QuotedText text = new QuotedText("Minister Ada Kovic said she was deeply concerned about the dumping of solvents "
                + "in Lake Orvin. The smuggling of rare parrots is a serious cause of concern, she added.");
        SpeakerEntity kovic = text.entity("ada_kovic", "Ada Kovic");
        SpeakerMention name = text.mention("Ada Kovic", "NAME", kovic);
        text.quote("she was deeply concerned about the dumping of solvents in Lake Orvin", "INDIRECT", name, "said");
        SpeakerMention she = text.lastMention("she", "PRONOUN", kovic);
        text.quote("The smuggling of rare parrots is a serious cause of concern", "INDIRECT", she, "added");

        List<Stance> stances = text.stances();

        assertEquals("AGAINST", only(stances, "dumping of solvents in Lake Orvin").getPolarity());
        Stance subjectConcern = only(stances, "smuggling of rare parrots");
        assertEquals("AGAINST", subjectConcern.getPolarity());
        assertEquals("is a serious cause of concern", subjectConcern.getEvidence());
    }

    @Test
    @DisplayName("consideration is NEUTRAL")
    void considerationIsNeutral() throws Exception {
        QuotedText text = new QuotedText("\"We are weighing the tram extension plan,\" said Councillor Ines Moro.");
        SpeakerMention moro = text.mention("Ines Moro", "NAME", text.entity("ines_moro", "Ines Moro"));
        text.quote("We are weighing the tram extension plan,", "DIRECT", moro, "said");

        Stance stance = only(text.stances(), "tram extension plan");

        assertEquals("NEUTRAL", stance.getPolarity());
        assertEquals("weighing", stance.getEvidence());
    }

    @Test
    @DisplayName("stance inherited by pronoun speaker")
    void stanceInheritedByPronounSpeaker() throws Exception {
        QuotedText text = new QuotedText("Senator Paul Oduya arrived late. He said he opposes the casino project.");
        SpeakerEntity oduya = text.entity("paul_oduya", "Paul Oduya");
        text.mention("Paul Oduya", "NAME", oduya);
        SpeakerMention he = text.mention("He", "PRONOUN", oduya);
        text.quote("he opposes the casino project", "INDIRECT", he, "said");

        Stance stance = only(text.stances(), "casino project");

        assertEquals("AGAINST", stance.getPolarity());
        assertEquals("PRONOUN", stance.getHolder().getMentionType());
        assertEquals("Paul Oduya", stance.getHolder().getEntity().getCanonicalName());
        assertEquals("paul_oduya", stance.getHolder().getEntity().getEntityId());
    }

    @Test
    @DisplayName("user targets file overrides extracted target")
    void userTargetsFileOverridesExtractedTarget(@TempDir Path dir) throws Exception {
        Path targets = dir.resolve("targets.csv");
        Files.writeString(targets, "target,aliases\nCasino licence,casino project|the casino plan\n", StandardCharsets.UTF_8);
        QuotedText text = new QuotedText("Paul Oduya said he opposes the casino project.");
        SpeakerMention oduya = text.mention("Paul Oduya", "NAME", text.entity("paul_oduya", "Paul Oduya"));
        text.quote("he opposes the casino project", "INDIRECT", oduya, "said");

        List<Stance> stances = text.stances(StanceAnnotator.PARAM_TARGETS_FILE, targets.toString());

        assertEquals(1, stances.size(), describe(stances));
        assertEquals("Casino licence", stances.get(0).getTarget());
        assertEquals("AGAINST", stances.get(0).getPolarity());
    }

    @Test
    @DisplayName("user target mentioned near an opinion word gets a stance")
    void userTargetMentionGetsStance(@TempDir Path dir) throws Exception {
        Path targets = dir.resolve("targets.csv");
        Files.writeString(targets, "target,aliases\nOrvin dam,the dam at Orvin\n", StandardCharsets.UTF_8);
        QuotedText text = new QuotedText("\"The dam at Orvin is a disaster for fishermen,\" said Ada Kovic.");
        SpeakerMention kovic = text.mention("Ada Kovic", "NAME", text.entity("ada_kovic", "Ada Kovic"));
        text.quote("The dam at Orvin is a disaster for fishermen,", "DIRECT", kovic, "said");

        Stance stance = only(text.stances(StanceAnnotator.PARAM_TARGETS_FILE, targets.toString()), "Orvin dam");

        assertEquals("AGAINST", stance.getPolarity());
        assertEquals("disaster", stance.getEvidence());
    }

    @Test
    @DisplayName("target that is an annotated place links to its Location")
    void targetLinksToLocation() throws Exception {
        QuotedText text = new QuotedText("Ines Moro voiced support for Zemlandia, saying the vote was fair.");
        SpeakerMention moro = text.mention("Ines Moro", "NAME", text.entity("ines_moro", "Ines Moro"));
        int begin = text.jcas.getDocumentText().indexOf("Zemlandia");
        Location zemlandia = new Location(text.jcas, begin, begin + "Zemlandia".length());
        zemlandia.addToIndexes();
        text.quote("the vote was fair", "INDIRECT", moro, "saying");

        Stance stance = only(text.stances(), "Zemlandia");

        assertEquals("FAVOR", stance.getPolarity());
        assertEquals("voiced support for", stance.getEvidence());
        assertSame(zemlandia, stance.getTargetMention());
        assertSame(zemlandia, stance.getTargetLocation());
        assertEquals("PLACE", stance.getTargetKind());
    }

    @Test
    @DisplayName("welcomed X is FAVOR X")
    void welcomedIsFavor() throws Exception {
        QuotedText text = new QuotedText("Ines Moro welcomed the harbour agreement, saying it would bring jobs.");
        SpeakerMention moro = text.mention("Ines Moro", "NAME", text.entity("ines_moro", "Ines Moro"));
        text.quote("it would bring jobs", "INDIRECT", moro, "saying");

        Stance stance = only(text.stances(), "harbour agreement");

        assertEquals("FAVOR", stance.getPolarity());
        assertEquals("welcomed", stance.getEvidence());
        assertEquals("OTHER", stance.getTargetKind());
    }

    @Test
    @DisplayName("criticism of X, reported of the speaker, is AGAINST X")
    void reportedCriticismIsAgainst() throws Exception {
        QuotedText text = new QuotedText("Paul Oduya said he had criticized the Pelican Bay casino licence from the start.");
        SpeakerMention oduya = text.mention("Paul Oduya", "NAME", text.entity("paul_oduya", "Paul Oduya"));
        text.quote("he had criticized the Pelican Bay casino licence from the start", "INDIRECT", oduya, "said");

        Stance stance = only(text.stances(), "Pelican Bay casino licence");

        assertEquals("AGAINST", stance.getPolarity());
        assertEquals("criticized", stance.getEvidence());
    }

    @Test
    @DisplayName("a place mentioned in passing gives no stance")
    void placeInPassingGivesNoStance() throws Exception {
        QuotedText text = new QuotedText("\"We met the delegates in Lisbon on Tuesday,\" said Ines Moro.");
        SpeakerMention moro = text.mention("Ines Moro", "NAME", text.entity("ines_moro", "Ines Moro"));
        int begin = text.jcas.getDocumentText().indexOf("Lisbon");
        new Location(text.jcas, begin, begin + "Lisbon".length()).addToIndexes();
        text.quote("We met the delegates in Lisbon on Tuesday,", "DIRECT", moro, "said");

        assertTrue(text.stances().isEmpty());
    }

    @Test
    @DisplayName("a position the speaker reports of others is not the speaker's: no stance")
    void reportedPositionOfOthersGivesNoStance() throws Exception {
        QuotedText text = new QuotedText("Mark Penn argued that Dems' support for gun control hurt the party. "
                + "Paul Oduya said unions are adept at undermining support for Republicans.");
        SpeakerMention penn = text.mention("Mark Penn", "NAME", text.entity("penn_m", "Mark Penn"));
        text.quote("Dems' support for gun control hurt the party", "INDIRECT", penn, "argued");
        SpeakerMention oduya = text.mention("Paul Oduya", "NAME", text.entity("paul_oduya", "Paul Oduya"));
        text.quote("unions are adept at undermining support for Republicans", "INDIRECT", oduya, "said");

        List<Stance> stances = text.stances();

        assertTrue(stances.isEmpty(), () -> describe(stances));
    }

    @Test
    @DisplayName("a question or a hypothesis is no stance")
    void questionOrHypothesisGivesNoStance() throws Exception {
        QuotedText text = new QuotedText("\"Would we really oppose the ferry toll?\" asked Ines Moro. "
                + "Paul Oduya said that if he opposed the casino project, he would say so.");
        SpeakerMention moro = text.mention("Ines Moro", "NAME", text.entity("ines_moro", "Ines Moro"));
        text.quote("Would we really oppose the ferry toll?", "DIRECT", moro, "asked");
        SpeakerMention oduya = text.mention("Paul Oduya", "NAME", text.entity("paul_oduya", "Paul Oduya"));
        text.quote("if he opposed the casino project, he would say so", "INDIRECT", oduya, "said");

        assertTrue(text.stances().isEmpty());
    }

    @Test
    @DisplayName("the holder must be a named person or organisation, not a common noun")
    void commonNounHolderGivesNoStance() throws Exception {
        QuotedText text = new QuotedText("A warning said they oppose the ferry toll.");
        SpeakerEntity warning = text.entity("a_warning", "a warning");
        SpeakerMention mention = text.mention("A warning", "NOMINAL", warning);
        text.quote("they oppose the ferry toll", "INDIRECT", mention, "said");

        assertTrue(text.stances().isEmpty());
    }

    @Test
    @DisplayName("no target cut at an abbreviation, a preposition or a vague word")
    void incompleteTargetsGiveNoStance() throws Exception {
        QuotedText text = new QuotedText("\"I oppose Mr. Brell, I support either, and we are against away from home games,\" said Ines Moro.");
        SpeakerMention moro = text.mention("Ines Moro", "NAME", text.entity("ines_moro", "Ines Moro"));
        text.quote("I oppose Mr. Brell, I support either, and we are against away from home games,", "DIRECT", moro, "said");

        List<Stance> stances = text.stances();

        assertTrue(stances.stream().noneMatch(s -> s.getTarget().equals("Mr") || s.getTarget().equals("either")
                || s.getTarget().startsWith("away")), () -> describe(stances));
    }

    @Test
    @DisplayName("equivalent phrasings get one target text, linked to the place that owns it")
    void possessiveTargetIsNormalisedAndLinked() throws Exception {
        QuotedText text = new QuotedText("Abbas Araqchi voiced support for Azerbaijan’s territorial integrity, saying talks "
                + "would resume. He said Iran supports the territorial integrity of Azerbaijan.");
        SpeakerEntity araqchi = text.entity("aragki_a", "Abbas Araqchi");
        SpeakerMention name = text.mention("Abbas Araqchi", "NAME", araqchi);
        text.quote("talks would resume", "INDIRECT", name, "saying");
        SpeakerMention he = text.mention("He", "PRONOUN", araqchi);
        araqchi.setRole("Iranian deputy foreign minister");
        text.quote("Iran supports the territorial integrity of Azerbaijan", "INDIRECT", he, "said");
        String document = text.jcas.getDocumentText();
        for (int at = document.indexOf("Azerbaijan"); at >= 0; at = document.indexOf("Azerbaijan", at + 1)) {
            new Location(text.jcas, at, at + "Azerbaijan".length()).addToIndexes();
        }

        List<Stance> stances = text.stances();

        assertEquals(2, stances.size(), () -> describe(stances));
        for (Stance stance : stances) {
            assertEquals("territorial integrity of Azerbaijan", stance.getTarget());
            assertEquals("FAVOR", stance.getPolarity());
            assertEquals("PLACE", stance.getTargetKind());
            assertEquals("Azerbaijan", stance.getTargetLocation().getCoveredText());
        }
    }

    @Test
    @DisplayName("a quote without a speaker gives no stance (never the journalist)")
    void quoteWithoutSpeakerGivesNoStance() throws Exception {
        QuotedText text = new QuotedText("It is said that the town opposes the ferry toll.");
        text.quote("the town opposes the ferry toll", "INDIRECT", null, null);

        assertTrue(text.stances().isEmpty());
    }

    @Test
    @DisplayName("a poll's answers are not the holder's position")
    void pollAnswersAreNoStance() throws Exception {
        QuotedText text = new QuotedText("The Harbour Union said they would vote for Tomas Brell, but 40 percent would not.");
        SpeakerEntity union = text.entity("harbour_union", "Harbour Union");
        union.setKind("ORGANIZATION");
        SpeakerMention mention = text.mention("Harbour Union", "ORGANIZATION", union);
        text.quote("they would vote for Tomas Brell, but 40 percent would not", "INDIRECT", mention, "said");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("'she' in a quote attributed to a man the document calls 'he' is someone else")
    void pronounOfTheOtherGenderIsSomeoneElse() throws Exception {
        QuotedText text = new QuotedText("Tomas Brell spoke first, and he was brief. "
                + "Brell said she would support the ferry toll.");
        SpeakerEntity brell = text.entity("tomas_brell", "Tomas Brell");
        text.mention("he", "PRONOUN", brell);
        SpeakerMention surname = text.lastMention("Brell", "NAME", brell);
        text.quote("she would support the ferry toll", "INDIRECT", surname, "said");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("the holder is not its own target, and the owner of a noun cue is not its target")
    void holderAndNounOwnerAreNoTargets() throws Exception {
        QuotedText text = new QuotedText("Lena Varga said she thanked Varga warmly. "
                + "Ivo Dren said the support of Tomas Brell is crucial for the plan.");
        SpeakerMention varga = text.mention("Lena Varga", "NAME", text.entity("lena_varga", "Lena Varga"));
        text.quote("she thanked Varga warmly", "INDIRECT", varga, "said");
        SpeakerMention dren = text.mention("Ivo Dren", "NAME", text.entity("ivo_dren", "Ivo Dren"));
        text.quote("the support of Tomas Brell is crucial for the plan", "INDIRECT", dren, "said");

        List<Stance> stances = text.stances();

        assertEquals(0, stances.stream().filter(s -> s.getTarget().contains("Brell")).count(), describe(stances));
        assertEquals(0, stances.stream().filter(s -> s.getTarget().equals("Varga")).count(), describe(stances));
    }

    @Test
    @DisplayName("'the protection of X' is about X, unlike 'the support of X'")
    void protectionOfNamesItsObject() throws Exception {
        QuotedText text = new QuotedText("Minister Ada Kovic said the protection of minority rights, above all, is her goal.");
        SpeakerMention kovic = text.mention("Ada Kovic", "NAME", text.entity("ada_kovic", "Ada Kovic"));
        text.quote("the protection of minority rights, above all, is her goal", "INDIRECT", kovic, "said");

        assertEquals("FAVOR", only(text.stances(), "minority rights").getPolarity());
    }

    @Test
    @DisplayName("a pronoun speaker after a sentence that names another holder, not the one it was resolved to, gives no stance")
    void pronounSpeakerAfterAnotherHoldersNameGivesNoStance() throws Exception {
        QuotedText text = new QuotedText("Lena Varga spoke first. Tomas Brell arrived late. She said she backs the casino bill.");
        SpeakerEntity varga = text.entity("lena_varga", "Lena Varga");
        SpeakerEntity brell = text.entity("tomas_brell", "Tomas Brell");
        text.mention("Lena Varga", "NAME", varga);
        text.mention("Tomas Brell", "NAME", brell);
        SpeakerMention she = text.mention("She", "PRONOUN", varga);
        text.quote("she backs the casino bill", "INDIRECT", she, "said");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a speaker described with an indefinite article ('a Reagan aide') is not the person named")
    void indefiniteDescriptionIsNoHolder() throws Exception {
        QuotedText text = new QuotedText("A Reagan aide said he opposes the casino bill.");
        SpeakerEntity reagan = text.entity("reagan_r", "Ronald Reagan");
        SpeakerMention aide = text.mention("A Reagan", "NAME", reagan);
        text.quote("he opposes the casino bill", "INDIRECT", aide, "said");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a cue after an article is a noun or adjective: 'a vote against X is a vote for Y' states no position on X")
    void cueAfterArticleIsNoPosition() throws Exception {
        QuotedText text = new QuotedText("\"A vote against Brell is a waste,\" Oduya said.");
        SpeakerEntity oduya = text.entity("paul_oduya", "Paul Oduya");
        SpeakerMention mention = text.mention("Oduya", "NAME", oduya);
        text.quote("A vote against Brell is a waste,", "DIRECT", mention, "said");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a clause before the speaker that is no participle clause ('He accused X ..., but Oduya said') is someone else's")
    void clauseBeforeSpeakerMustBeParticiple() throws Exception {
        QuotedText text = new QuotedText("He also accused the Harbour Board of lying, but Oduya said: \"We were fair.\"");
        SpeakerEntity oduya = text.entity("paul_oduya", "Paul Oduya");
        SpeakerMention mention = text.mention("Oduya", "NAME", oduya);
        text.quote("We were fair.", "DIRECT", mention, "said");

        assertEquals(List.of(), text.stances());
    }

    @Test
    @DisplayName("a target is not cut before 'amid': 'backs the casino bill amid protests' is about the casino bill")
    void targetEndsBeforeAmid() throws Exception {
        QuotedText text = new QuotedText("Oduya said he backs the casino bill amid protests.");
        SpeakerEntity oduya = text.entity("paul_oduya", "Paul Oduya");
        SpeakerMention mention = text.mention("Oduya", "NAME", oduya);
        text.quote("he backs the casino bill amid protests", "INDIRECT", mention, "said");

        Stance stance = only(text.stances(), "casino bill");

        assertEquals("FAVOR", stance.getPolarity());
    }
}
