package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotestance.quote.QuotedNews.LEAD;
import static org.quotestance.quote.QuotedNews.attributions;
import static org.quotestance.quote.QuotedNews.only;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

/** Where the content of reported speech starts and ends, as PolNeAR draws it, with the shipped boundary model. */
class ContentBoundaryTest {

    @Test
    void particleOfAPhrasalCueIsNoContent() throws Exception {
        Quote q = only(attributions(LEAD + "Clinton laid out her proposals to increase national service."));
        assertEquals("her proposals to increase national service", q.getCoveredText());
    }

    @Test
    void relativeClauseAboutTheSpeakerIsLeftOut() throws Exception {
        Quote q = only(attributions(LEAD + "Senator Lindsey Graham has acknowledged the reality of climate change, "
                + "which makes him an outlier among Republican lawmakers."));
        assertEquals("the reality of climate change", q.getCoveredText());
    }

    @Test
    void contentStartsAtThatAfterTheAddressee() throws Exception {
        Quote q = only(attributions(LEAD + "Donald Trump is warning voters that a Clinton victory would bring "
                + "the old scandals back to the White House."));
        assertEquals("that a Clinton victory would bring the old scandals back to the White House", q.getCoveredText());
    }

    @Test
    void contentStartsAtThatAfterAPrepositionalPhraseOfTheCue() throws Exception {
        Quote q = only(attributions(LEAD + "Trump said during a Friday evening rally in Michigan that Clinton would "
                + "raise taxes on the middle class."));
        assertEquals("that Clinton would raise taxes on the middle class", q.getCoveredText());
    }

    @Test
    void contentCutBeforeASecondReportNeverStartsAfterItsEnd() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Governor Tom Hale said taxes rose and added that wages fell "
                + "in the spring, warning that the budget would not hold.");
        assertEquals(false, quotes.isEmpty());
        for (Quote q : quotes) {
            assertEquals(true, q.getBegin() < q.getEnd(), () -> "empty or inverted content at " + q.getBegin());
        }
    }

    @Test
    void sentenceOpeningConjunctionIsNoContentBeforeItsCue() throws Exception {
        List<Quote> quotes = attributions(LEAD + "And the mayor now holds a wide lead among younger voters, "
                + "according to a poll by the local university.");
        Quote q = only(quotes);
        assertEquals("the mayor now holds a wide lead among younger voters", q.getCoveredText());
    }

    @Test
    void sentenceAdverbialWithItsCommaIsNoContentBeforeItsCue() throws Exception {
        Quote q = only(attributions(LEAD + "Still, the bridge will not open before the winter, the mayor said."));
        assertEquals("the bridge will not open before the winter", q.getCoveredText());
    }

    @Test
    void contentStartsAtThatAfterAPhraseSetOffByCommas() throws Exception {
        Quote q = only(attributions(LEAD + "The governor added, though, that in the end the plan could not survive "
                + "the winter."));
        assertEquals("that in the end the plan could not survive the winter", q.getCoveredText());
    }

    @Test
    void contentStartsAtThatAfterAPhraseSetOffByDashes() throws Exception {
        Quote q = cued("argue", attributions(LEAD + "Supporters of the mayor would argue — and the mayor presumably "
                + "believes — that her plan better fits the mood of the city."));
        assertEquals("that her plan better fits the mood of the city", q.getCoveredText());
    }

    @Test
    void contentOfACueInAFrontedWhileClauseEndsWithTheClause() throws Exception {
        Quote q = cued("claimed", attributions(LEAD + "While the governor claimed that the bridge was safe, engineers "
                + "found cracks in two of its piers."));
        assertEquals("that the bridge was safe", q.getCoveredText());
    }

    @Test
    void frontedClauseClosingInsideAQuotationEndsTheContentWithTheClosingMark() throws Exception {
        Quote q = cued("warned", attributions(LEAD + "After the senator warned that the plan was “a disaster,” the mayor "
                + "withdrew it from the council."));
        assertEquals("that the plan was “a disaster,”", q.getCoveredText());
    }

    @Test
    void contentAfterTheCommaOfAnAsClauseRunsOnPastItsOwnCommas() throws Exception {
        Quote q = cued("reported", attributions(LEAD + "As Politico reported, if the primary were held on this evening, "
                + "and limited to party members, Trump would win."));
        assertEquals("if the primary were held on this evening, and limited to party members, Trump would win",
                q.getCoveredText());
    }

    @Test
    void sentenceOpeningWithEvenAndNoSubordinatorHasNoClauseToEndTheContent() throws Exception {
        Quote q = cued("said", attributions(LEAD + "Even the governor said that the bridge, which opened in 1950, was "
                + "unsafe."));
        assertEquals("that the bridge, which opened in 1950, was unsafe", q.getCoveredText());
    }

    @Test
    void contentOfAParticipialCueBetweenSubjectAndVerbEndsWithTheClause() throws Exception {
        Quote q = cued("arguing", attributions(LEAD + "Mr. Hale, arguing that the tax would hurt families, voted against "
                + "the bill."));
        assertEquals("that the tax would hurt families", q.getCoveredText());
    }

    private static Quote cued(String cue, List<Quote> quotes) {
        return quotes.stream().filter(q -> q.getCue() != null && q.getCue().getCoveredText().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution cued by " + cue + " in " + quotes));
    }

    @Test
    void directQuoteKeepsTheRulesBoundaries() throws Exception {
        List<Quote> quotes = attributions(LEAD + "“We will rebuild the bridge before the winter, whatever it costs,” "
                + "Mayor Ana Ruiz said on Monday.");
        Quote q = only(quotes);
        assertEquals("DIRECT", q.getQuoteType());
        assertEquals("“We will rebuild the bridge before the winter, whatever it costs,”", q.getCoveredText());
    }
}
