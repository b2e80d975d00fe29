package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quotestance.quote.QuotedNews.LEAD;
import static org.quotestance.quote.QuotedNews.attributions;
import static org.quotestance.quote.QuotedNews.learnedAttributions;
import static org.quotestance.quote.QuotedNews.mention;
import static org.quotestance.quote.QuotedNews.only;
import static org.quotestance.quote.QuotedNews.speaker;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

/** Attributions beyond verbs of saying, and the kind of each, on short invented news text. */
class AttributionLayerTest {

    @Test
    void accordingToGivesAnAccordingToAttributionWithItsSource() throws Exception {
        Quote q = only(attributions(LEAD + "According to the Pentagon, the strike killed twelve fighters near the border."));
        assertEquals("ACCORDING_TO", q.getCueClass());
        assertEquals("the Pentagon", mention(q));
        assertEquals("the strike killed twelve fighters near the border", q.getCoveredText());
    }

    @Test
    void beliefVerbGivesABeliefAttribution() throws Exception {
        Quote q = only(attributions(LEAD + "Senator Mark Hale believes that the bill will fail in the House next week."));
        assertEquals("BELIEF", q.getCueClass());
        assertEquals("believe", q.getCue().getLemma());
        assertEquals("INDIRECT", q.getQuoteType());
        assertEquals("Mark Hale", speaker(q));
    }

    @Test
    void speechVerbGivesASpeechAttributionStartingAtThat() throws Exception {
        Quote q = only(attributions(LEAD + "Governor Tom Hale said that the state will rebuild the bridge."));
        assertEquals("SPEECH", q.getCueClass());
        assertEquals("that the state will rebuild the bridge", q.getCoveredText());
    }

    @Test
    void thePrepositionAfterALearnedCueGoesWithTheCue() throws Exception {
        Quote q = only(learnedAttributions(LEAD + "Mayor Ana Ruiz talked about the cost of the bridge repairs at the "
                + "council meeting on Monday."));
        assertEquals("talked", q.getCue().getCoveredText());
        assertEquals("the cost of the bridge repairs at the council meeting on Monday", q.getCoveredText());
    }

    @Test
    void aSecondCueCoordinatedWithTheFirstStartsItsOwnAttributionWithTheSameSpeaker() throws Exception {
        List<Quote> quotes = learnedAttributions(LEAD + "Governor Ana Ruiz has promoted a raft of untested cancer "
                + "therapies and downplayed the risk of concussions for children.");
        assertEquals(2, quotes.size());
        assertEquals("a raft of untested cancer therapies", quotes.get(0).getCoveredText());
        assertEquals("the risk of concussions for children", quotes.get(1).getCoveredText());
        assertEquals("downplayed", quotes.get(1).getCue().getCoveredText());
        assertEquals("Ana Ruiz", speaker(quotes.get(0)));
        assertEquals("Ana Ruiz", speaker(quotes.get(1)));
    }

    @Test
    void anExpectationThatCitesNobodyIsTheWholeClauseWithoutASpeaker() throws Exception {
        Quote q = only(attributions(LEAD + "Trump is expected to win the state by a wide margin next month."));
        assertEquals("Trump is expected to win the state by a wide margin next month", q.getCoveredText());
        assertEquals("expected", q.getCue().getCoveredText());
        assertNull(q.getSpeaker());
    }

    @Test
    void tweetIsWriting() throws Exception {
        Quote q = only(attributions(LEAD + "Mayor Ana Ruiz tweeted that the water supply is safe again."));
        assertEquals("WRITING", q.getCueClass());
        assertEquals("Ana Ruiz", speaker(q));
    }

    @Test
    void transcriptLineIsAQuoteOfTheNamedPerson() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Governor Mike Pence spoke to reporters on Monday.\n\n"
                + "PENCE: Well, I think the governor has been very clear about the plan.");
        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertEquals("Well, I think the governor has been very clear about the plan.", q.getCoveredText());
        assertEquals("PENCE", mention(q));
        assertEquals("PERSON", q.getSpeaker().getEntity().getKind());
        assertEquals("SPEECH", q.getCueClass());
    }

    @Test
    void transcriptLabelWithAPartyInParenthesesNamesThePersonWithoutTheParty() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Governor Mike Pence and Senator Tim Kaine met on Tuesday night.\n\n"
                + "GOV. MIKE PENCE (R-IN): Well, I think the senator has been very clear about the plan.\n\n"
                + "SEN. TIM KAINE (D-VA): The plan has not been clear at all, governor.");
        assertEquals(2, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Well, I think the senator has been very clear about the plan.", quotes.get(0).getCoveredText());
        assertEquals("GOV. MIKE PENCE", mention(quotes.get(0)));
        assertEquals("PERSON", quotes.get(0).getSpeaker().getEntity().getKind());
        assertEquals("SEN. TIM KAINE", mention(quotes.get(1)));
    }

    @Test
    void transcriptLabelIsTheParagraphsSpeakerWhenTheTranscriptIsQuotedWhole() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Governor Mike Pence was a guest on the show on Sunday.\n\n"
                + "\"WALLACE: Will the senator be at the debate tomorrow night, governor?\n\n"
                + "\"PENCE: Well, look, the senator will not be attending the debate tomorrow night.");
        assertEquals(2, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Will the senator be at the debate tomorrow night, governor?", quotes.get(0).getCoveredText());
        assertEquals("WALLACE", mention(quotes.get(0)));
        assertEquals("Well, look, the senator will not be attending the debate tomorrow night.", quotes.get(1).getCoveredText());
        assertEquals("PENCE", mention(quotes.get(1)));
        assertEquals("Mike Pence", speaker(quotes.get(1)));
        assertEquals("INDIRECT", quotes.get(1).getQuoteType());
    }

    @Test
    void participleAfterAQuotesAttributionKeepsThatSpeaker() throws Exception {
        List<Quote> quotes = attributions(LEAD + "“Iran must be part of the committee for the new corridors,” "
                + "Mohsen Rezaei said, referring to corridors created as part of the ceasefire agreement in November.");
        assertEquals(2, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Mohsen Rezaei", speaker(quotes.get(1)));
    }

    @Test
    void titleHeadedBySurnameAndColonIsThatPersonsAttribution() throws Exception {
        List<Quote> quotes = attributions("Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.\n\n"
                + "Former House Speaker Newt Gingrich spoke to reporters in Atlanta on Monday.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Trump Must Decide If He Wants a Two-Pirate Ticket.", quotes.get(0).getCoveredText());
        assertEquals("Gingrich", mention(quotes.get(0)));
        assertEquals("Newt Gingrich", speaker(quotes.get(0)));
    }

    @Test
    void aTitleLabelThatTheBodyUsesOnlyInATitleCasePhraseIsNoSpeaker() throws Exception {
        List<Quote> quotes = attributions("Report: Trump Weighs Pardon For His Former Campaign Chairman.\n\n"
                + "The findings of the Mueller Report were released to Congress on Thursday.");
        assertEquals(0, quotes.stream().filter(q -> q.getSpeaker() != null
                && q.getSpeaker().getCoveredText().equals("Report")).count());
    }

    @Test
    void aLabelThatTheBodyUsesOnlyInATitleCaseHeadingIsNoSpeaker() throws Exception {
        List<Quote> quotes = attributions("Storm season opens early\n\nLOOK: The River Rose Over The Old Bridge Overnight.\n\n"
                + "Take A Look at the photographs our readers sent in.");
        assertEquals(0, quotes.stream().filter(q -> q.getSpeaker() != null
                && q.getSpeaker().getCoveredText().equals("LOOK")).count());
    }

    @Test
    void oneCapitalisedWordHeadingALineAloneIsNoTranscriptSpeaker() throws Exception {
        // a one-word label names a speaker in a transcript (several labelled lines) or a person named elsewhere
        assertEquals(0, attributions(LEAD + "BOOM: The stadium roof collapsed during the storm last night.").size());
    }

    @Test
    void lineHeadedByALabelThatIsNoNameIsNoTranscript() throws Exception {
        assertEquals(0, attributions(LEAD + "UPDATE: The road to the valley was reopened on Tuesday morning.").size());
    }
    @Test
    void aCueAttributesOneContentSoTheSpeakerAfterAnInvertedCueIsNoSecondContent() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Whether the new model is more effective will be part of the election "
                + "postmortem, said Jake Horowitz, editor in chief of Mic.com.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Whether the new model is more effective will be part of the election postmortem",
                quotes.get(0).getCoveredText());
        assertEquals("Jake Horowitz", mention(quotes.get(0)));
    }

    @Test
    void theCueOfAQuotationGetsNoSecondContentAfterIt() throws Exception {
        List<Quote> quotes = attributions(LEAD + "“Get your hammers ready because we’ve got a ceiling to break!” he "
                + "told the cheering crowd.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("DIRECT", quotes.get(0).getQuoteType());
    }

    @Test
    void aNameAndItsAppositionBeforeTheCueAreTheSubjectNotInvertedContent() throws Exception {
        List<Quote> quotes = attributions(LEAD + "The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, "
                + "have promised to build on the president's legacy and to pursue strong climate policies.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("to build on the president's legacy and to pursue strong climate policies",
                quotes.get(0).getCoveredText());
    }
}
