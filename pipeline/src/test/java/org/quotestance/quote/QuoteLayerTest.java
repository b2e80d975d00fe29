package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.quote.QuotedNews.LEAD;
import static org.quotestance.quote.QuotedNews.mention;
import static org.quotestance.quote.QuotedNews.only;
import static org.quotestance.quote.QuotedNews.quotes;
import static org.quotestance.quote.QuotedNews.speaker;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

/** Quotes and their speakers, one phenomenon each, on short invented news text. */
class QuoteLayerTest {

    @Test
    void curlyQuoteSplitBySpeechVerbIsOneQuoteOfOneSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "“We will rebuild,” Mayor Ana Ruiz said on Monday. “Nobody should doubt it.”"));
        assertEquals("DIRECT", q.getQuoteType());
        assertTrue(q.getCoveredText().startsWith("“We will rebuild"));
        assertTrue(q.getCoveredText().endsWith("doubt it.”"));
        assertEquals("Ana Ruiz", speaker(q));
        assertEquals("say", q.getCue().getLemma());
    }

    @Test
    void speakerWithAPossessiveCurlyApostropheAttributesTheQuoteBeforeIt() throws Exception {
        Quote q = only(quotes(LEAD + "“You focus entirely on the growth in the standard of living,” American Action "
                + "Forum’s Douglas Holtz-Eakin said at the event in Iowa."));
        assertEquals("“You focus entirely on the growth in the standard of living,”", q.getCoveredText());
        assertEquals("Douglas Holtz-Eakin", speaker(q));
    }

    @Test
    void uncommonVerbAfterAQuotationAttributesIt() throws Exception {
        Quote q = only(quotes(LEAD + "“If they were serious about this, they would have gone to the only bill with "
                + "support from both parties,” Toomey fumed on Tuesday. “That would have shown good faith.”"));
        assertEquals("fumed", q.getCue().getCoveredText());
        assertTrue(q.getCoveredText().endsWith("shown good faith.”"));
        assertEquals("Toomey", mention(q));
    }

    @Test
    void notesEndingTheClauseAfterAQuotationAttributesIt() throws Exception {
        Quote q = only(quotes(LEAD + "“He is there in terms of having the same positions, just said differently,” "
                + "Viguerie notes."));
        assertEquals("notes", q.getCue().getCoveredText());
        assertEquals("Viguerie", mention(q));
    }

    @Test
    void invertedReportOpeningWithAnAdjunctAndGoingOnIntoAClauseIsReported() throws Exception {
        Quote q = only(quotes(LEAD + "At private courses, members may be willing to pay more for the same round, "
                + "Mr. Chipok said."));
        assertEquals("At private courses, members may be willing to pay more for the same round", q.getCoveredText());
        assertEquals("Chipok", speaker(q));
    }

    @Test
    void adjunctAloneBeforeTheSpeakerIsNoReport() throws Exception {
        assertEquals(0, quotes(LEAD + "At the rally on Monday, Mr. Chipok said.").size());
    }

    @Test
    void quotationAfterAnAddingReportIsNoSecondPartOfTheQuoteBefore() throws Exception {
        List<Quote> found = quotes(LEAD + "“We do not see a link to the storm,” the mayor said, adding that repairs "
                + "would take “more hours than anyone wants.”");
        assertEquals(1, found.stream().filter(q -> q.getQuoteType().equals("DIRECT")).count());
        Quote first = found.stream().filter(q -> q.getQuoteType().equals("DIRECT")).findFirst().orElseThrow();
        assertEquals("“We do not see a link to the storm,”", first.getCoveredText());
    }

    @Test
    void showTitleAfterTheAttributionIsNoSecondPartOfTheQuote() throws Exception {
        List<Quote> found = quotes(LEAD + "“We will rebuild the bridge before the winter,” Mayor Ana Ruiz said on "
                + "WTVR’s “Morning Hour.”");
        assertTrue(found.size() >= 1);
        assertEquals("“We will rebuild the bridge before the winter,”", found.get(0).getCoveredText());
    }

    @Test
    void quotationRightAfterACueEndingTheParagraphIsAQuoteWhenTheRulesFindNoSubject() throws Exception {
        List<Quote> found = quotes(LEAD + "Supporters held signs high above their heads as they celebrated. "
                + "The campaign’s statement then declares “the matter is now concluded.”\n\nThe police had charged him.");
        assertEquals(1, found.size());
        Quote q = found.get(0);
        assertEquals("DIRECT", q.getQuoteType());
        assertEquals("“the matter is now concluded.”", q.getCoveredText());
        assertEquals("declare", q.getCue().getLemma());
    }

    @Test
    void quotationAfterAndSaidWithNoSpeakerFoundIsKept() throws Exception {
        List<Quote> found = quotes(LEAD + "But he agrees the plan is a “total failure” and said, “the record is quite "
                + "clear that it never worked at all.”");
        assertEquals(1, found.stream().filter(q -> q.getCoveredText().startsWith("“the record")).count());
    }

    @Test
    void anEditorsNoteBeforeACueIsNoReportedContent() throws Exception {
        List<Quote> found = quotes(LEAD + "Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, "
                + "misogynist and birther who has repeatedly pledged to ban all Muslims — 1.6 billion members of an "
                + "entire religion — from entering the U.S.");
        assertEquals(0, found.stream().filter(q -> q.getCoveredText().startsWith("Editor")).count());
    }

    @Test
    void wordsAfterTheAttributionOfADirectQuoteAreNoReportedContent() throws Exception {
        List<Quote> found = quotes(LEAD + "“It is finished,” she said of the long campaign for the council seat. "
                + "“Why would anyone vote for him?” Ruiz said about the rival's plan for the bridge.");
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(q -> q.getQuoteType().equals("DIRECT")), found.toString());
    }

    @Test
    void aShowTitleBeforeTheSpeakerDoesNotStopTheReport() throws Exception {
        List<Quote> found = quotes(LEAD + "In an interview on “Morning Hour,” Mayor Ana Ruiz said the bridge would "
                + "reopen before the winter.");
        assertEquals(1, found.size());
        assertEquals("the bridge would reopen before the winter", found.get(0).getCoveredText());
    }

    @Test
    void aThatClauseAfterTheTimeOfTheReportIsWhatWasSaid() throws Exception {
        List<Quote> found = quotes(LEAD + "Despite signs that she was backing down from the plan, however, she said "
                + "last month that her position on the bridge has not changed.");
        assertEquals(1, found.size());
        assertEquals("that her position on the bridge has not changed", found.get(0).getCoveredText());
    }

    @Test
    void respondedByDoingSomethingIsNoReport() throws Exception {
        List<Quote> found = quotes(LEAD + "The committee responded by blocking the senator's access to its own data.");
        assertEquals(0, found.size());
    }

    @Test
    void aQuotationAfterAPassiveCueIsNoDirectQuote() throws Exception {
        List<Quote> found = QuotedNews.attributions(LEAD + "The meeting was described “a productive and frank exchange.” "
                + "The plan was widely described, “a reckless and dangerous gamble.”");
        assertEquals(0, found.size(), () -> "quotes: " + found.stream().map(Quote::getCoveredText).toList());
    }

    @Test
    void saidByPhoneThatReportsTheThatClause() throws Exception {
        Quote q = only(quotes(LEAD + "He said by phone that the deal was dead."));
        assertEquals("that the deal was dead", q.getCoveredText());
        assertEquals("He", mention(q));
    }

    @Test
    void saidFromAPlaceThatReportsTheThatClause() throws Exception {
        Quote q = only(quotes(LEAD + "She said from her hospital bed that she would recover."));
        assertEquals("that she would recover", q.getCoveredText());
        assertEquals("She", mention(q));
    }

    @Test
    void respondedThatStillReports() throws Exception {
        Quote q = only(quotes(LEAD + "The committee responded that the senator's access would be restored."));
        assertTrue(q.getCoveredText().startsWith("that the senator"), q.getCoveredText());
    }

    @Test
    void mismatchedStraightAndCurlyMarksPairUp() throws Exception {
        Quote q = only(quotes(LEAD + "\"The talks have failed completely,” Jane Porter told reporters."));
        assertEquals("\"The talks have failed completely,”", q.getCoveredText());
        assertEquals("Jane Porter", speaker(q));
    }

    @Test
    void singleCurlyQuotesAroundSpeech() throws Exception {
        Quote q = only(quotes(LEAD + "‘We are ready to talk to anyone,’ said Maria Lopez."));
        assertEquals("DIRECT", q.getQuoteType());
        assertEquals("Maria Lopez", speaker(q));
    }

    @Test
    void quoteIntroducedByColon() throws Exception {
        Quote q = only(quotes(LEAD + "Finance Minister Karl Weber spoke after the vote. "
                + "The minister added: \"Our doors remain open to all partners.\""));
        assertEquals("DIRECT", q.getQuoteType());
        assertEquals("the minister", q.getSpeaker().getCoveredText().toLowerCase(java.util.Locale.ROOT));
        assertEquals("Karl Weber", speaker(q));
    }

    @Test
    void quoteContinuesIntoNextParagraph() throws Exception {
        Quote q = only(quotes(LEAD + "“We will rebuild the bridge,” said Mayor Ana Ruiz. “It will take two years.\n\n"
                + "“And it will cost less than the old one.”"));
        assertTrue(q.getCoveredText().endsWith("the old one.”"), q.getCoveredText());
        assertEquals("Ana Ruiz", speaker(q));
    }

    @Test
    void quoteWithoutVerbContinuesPreviousSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "“We are ready,” Governor Tom Hale said.\n\n"
                + "“The state will not wait any longer for federal help.”");
        assertEquals(2, quotes.size());
        assertEquals("Tom Hale", speaker(quotes.get(1)));
        assertEquals(quotes.get(0).getSpeaker(), quotes.get(1).getSpeaker());
    }

    @Test
    void speakerNamedInLeadInParagraphBeforeTheQuote() throws Exception {
        Quote q = only(quotes(LEAD + "Omar Nasser, a doctor at the city hospital, said:\n\n"
                + "“We have run out of beds for the injured.”"));
        assertEquals("Omar Nasser", speaker(q));
    }

    @Test
    void speakerAfterDash() throws Exception {
        Quote q = only(quotes(LEAD + "The water reached the town hall.\n\n“We will never give up on this city.” — Ruth Adler"));
        assertEquals("Ruth Adler", speaker(q));
    }

    @Test
    void uncommonSpeechVerbScoffed() throws Exception {
        Quote q = only(quotes(LEAD + "“That claim is simply absurd,” Peter Jones scoffed."));
        assertEquals("Peter Jones", speaker(q));
        assertEquals("scoff", q.getCue().getLemma());
    }

    @Test
    void mixedQuoteInsideReportedSpeech() throws Exception {
        Quote q = only(quotes(LEAD + "Tom Hale said the dam would bring “lasting prosperity” to the valley."));
        assertEquals("MIXED", q.getQuoteType());
        assertTrue(q.getCoveredText().startsWith("the dam would bring"));
        assertEquals("Tom Hale", speaker(q));
    }

    @Test
    void reportedSpeechWithThatClause() throws Exception {
        Quote q = only(quotes(LEAD + "Senator Ellen Marsh noted that the bill had stalled in committee."));
        assertEquals("INDIRECT", q.getQuoteType());
        assertEquals("that the bill had stalled in committee", q.getCoveredText());
        assertEquals("note", q.getCue().getLemma());
        assertEquals("Ellen Marsh", speaker(q));
    }

    @Test
    void invertedReportedSpeech() throws Exception {
        Quote q = only(quotes(LEAD + "The bill had stalled in committee for months, Ellen Marsh said."));
        assertEquals("The bill had stalled in committee for months", q.getCoveredText());
        assertEquals("Ellen Marsh", speaker(q));
    }

    @Test
    void accordingToNamesTheSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "According to Maria Lopez, the factory will close in May."));
        assertEquals("the factory will close in May", q.getCoveredText());
        assertEquals("Maria Lopez", speaker(q));
    }

    @Test
    void toldTheConferenceThat() throws Exception {
        Quote q = only(quotes(LEAD + "Maria Lopez told the conference that exports had doubled since spring."));
        assertEquals("that exports had doubled since spring", q.getCoveredText());
        assertEquals("tell", q.getCue().getLemma());
    }

    @Test
    void voicedSupportIsReportedSpeech() throws Exception {
        Quote q = only(quotes(LEAD + "Maria Lopez voiced support for the new trade agreement."));
        assertEquals("support for the new trade agreement", q.getCoveredText());
        assertEquals("voice", q.getCue().getLemma());
    }

    @Test
    void participleContinuesTheSameSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD
                + "Ellen Marsh said the bill had stalled, adding that a new vote was planned for June.");
        assertEquals(2, quotes.size());
        assertEquals("Ellen Marsh", speaker(quotes.get(1)));
        assertEquals("that a new vote was planned for June", quotes.get(1).getCoveredText());
    }

    @Test
    void reportEndsBeforeAParticipleCueWithAnAdverbBetween() throws Exception {
        List<Quote> quotes = quotes(LEAD
                + "Ellen Marsh said the bill had stalled, even suggesting that a new vote was planned for June.");
        assertEquals(2, quotes.size());
        assertEquals("the bill had stalled", quotes.get(0).getCoveredText());
        assertEquals("that a new vote was planned for June", quotes.get(1).getCoveredText());
        assertEquals("Ellen Marsh", speaker(quotes.get(1)));
    }

    @Test
    void scareQuotesAreNotQuotes() throws Exception {
        assertTrue(quotes(LEAD + "The so-called \"peace dividend” never reached the northern towns.").isEmpty());
    }

    @Test
    void quotedHeadlinesInRelatedLinksAreNotQuotes() throws Exception {
        String text = LEAD + "The river rose two metres overnight.\n\nRead more:\n\n"
                + "\"We lost everything\": farmers count the cost\n\nMinister: \"Aid is on its way\"\n";
        assertTrue(quotes(text).isEmpty());
    }

    @Test
    void pronounSpeakerResolvesToPreviousNamedSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Mayor Ana Ruiz said the bridge was unsafe.\n\n"
                + "“It must close today,” she said.");
        assertEquals(2, quotes.size());
        assertEquals("she", quotes.get(1).getSpeaker().getCoveredText());
        assertEquals("Ana Ruiz", speaker(quotes.get(1)));
    }

    @Test
    void nominalSpeakerResolvesByRole() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Deputy Health Minister Omar Nasser visited the hospital.\n\n"
                + "The deputy minister said the new rules would start in June.");
        Quote q = only(quotes);
        assertEquals("NOMINAL", q.getSpeaker().getMentionType());
        assertEquals("Omar Nasser", speaker(q));
    }

    @Test
    void surnameOnlyMentionIsTheSamePersonAsTheFullName() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Omar Nasser said the clinic would reopen.\n\n"
                + "Nasser added that staff had been hired.");
        assertEquals(2, quotes.size());
        assertEquals(quotes.get(0).getSpeaker().getEntity(), quotes.get(1).getSpeaker().getEntity());
    }

    @Test
    void organisationAsSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "Norway's Defense Ministry said on Tuesday that the exercise had ended."));
        assertEquals("ORGANIZATION", q.getSpeaker().getMentionType());
        assertEquals("ORGANIZATION", q.getSpeaker().getEntity().getKind());
    }

    @Test
    void quotedAsSayingAttributesToThePersonQuoted() throws Exception {
        Quote q = only(quotes(LEAD + "The talks will resume next week, the agency quoted Ellen Marsh as saying."));
        assertEquals("Ellen Marsh", speaker(q));
        assertEquals("The talks will resume next week", q.getCoveredText());
    }

    @Test
    void twoApostrophesMarkAQuoteAsInNewspaperArchives() throws Exception {
        Quote q = only(quotes(LEAD + "''It has the virtue of being fiscally responsible,'' said Alan Cole, an economist."));
        assertEquals("DIRECT", q.getQuoteType());
        assertEquals("''It has the virtue of being fiscally responsible,''", q.getCoveredText());
        assertEquals("Alan Cole", speaker(q));
    }

    @Test
    void nameBeforeARoleAtAnInstituteIsTheSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "Richard Revesz, director of the Institute for Policy Integrity, "
                + "said the suing states were exaggerating."));
        assertEquals("Richard Revesz", speaker(q));
    }

    @Test
    void participialAdjunctBetweenNameAndCueIsSkipped() throws Exception {
        Quote q = only(quotes(LEAD + "Governor Tom Hale, speaking to a veterans group in Virginia, "
                + "said he would order a review of the defenses."));
        assertEquals("Tom Hale", speaker(q));
    }
}
