package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quotestance.quote.QuotedNews.LEAD;
import static org.quotestance.quote.QuotedNews.attributions;
import static org.quotestance.quote.QuotedNews.mention;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

/**
 * Reported content stops before a report of its own that follows it in the sentence, and that report is an
 * attribution of its own, as PolNeAR draws them.
 */
class FollowingReportTest {

    @Test
    void followingReportWithItsOwnSubjectBecomesItsOwnQuote() throws Exception {
        List<Quote> quotes = attributions(LEAD + "The president emphasized that the reforms were not complete, and "
                + "human rights groups warned that the government was giving up its leverage over the army.");
        assertEquals(2, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        assertEquals("that the reforms were not complete", quotes.get(0).getCoveredText());
        assertEquals("The president", mention(quotes.get(0)));
        assertEquals("that the government was giving up its leverage over the army", quotes.get(1).getCoveredText());
        assertEquals("human rights groups", mention(quotes.get(1)));
        assertEquals("warned", quotes.get(1).getCue().getCoveredText());
    }

    @Test
    void reportInASubordinateClauseIsItsOwnQuote() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Donald Trump made the remark on Monday as he discussed his plan "
                + "to expand mental health care for veterans.");
        assertEquals(2, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        assertEquals("discussed", quotes.get(1).getCue().getCoveredText());
        assertEquals("he", mention(quotes.get(1)));
        assertFalse(quotes.get(0).getCoveredText().contains("discussed"), quotes.get(0).getCoveredText());
    }

    @Test
    void participleAfterACommaIsAReportOfTheSameSpeaker() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Senator Ann Lowry criticized the decision to close the plant, "
                + "calling it a betrayal of the workers.");
        assertEquals(2, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        assertEquals("the decision to close the plant", quotes.get(0).getCoveredText());
        assertEquals("calling", quotes.get(1).getCue().getCoveredText());
        assertEquals("it a betrayal of the workers", quotes.get(1).getCoveredText());
        for (Quote q : quotes) {
            assertEquals("Senator Ann Lowry", mention(q));
        }
    }

    @Test
    void secondVerbAfterButIsAReportOfTheSameSpeaker() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Senator Ann Lowry argued that the plant should stay open, but "
                + "suggested the owners had waited too long.");
        assertEquals(2, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        assertEquals("that the plant should stay open", quotes.get(0).getCoveredText());
        assertEquals("suggested", quotes.get(1).getCue().getCoveredText());
        assertEquals("the owners had waited too long", quotes.get(1).getCoveredText());
        for (Quote q : quotes) {
            assertEquals("Senator Ann Lowry", mention(q));
        }
    }

    @Test
    void followingReportThatIsAnAttributionAlreadyIsNotDoubled() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Only 52 percent of registered voters agreed that Clinton is in good "
                + "health, while 73 percent said the same of Trump.");
        assertEquals(2, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        assertEquals("that Clinton is in good health", quotes.get(0).getCoveredText());
        assertEquals("the same of Trump", quotes.get(1).getCoveredText());
    }

    @Test
    void coordinatedContentWithoutAReportStaysWhole() throws Exception {
        List<Quote> quotes = attributions(LEAD + "Governor Tom Hale said taxes would fall and wages would rise "
                + "in the spring.");
        assertEquals(1, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        assertEquals("taxes would fall and wages would rise in the spring", quotes.get(0).getCoveredText());
    }
}
