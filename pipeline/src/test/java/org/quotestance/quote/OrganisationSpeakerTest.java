package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotestance.quote.QuotedNews.LEAD;
import static org.quotestance.quote.QuotedNews.mention;
import static org.quotestance.quote.QuotedNews.only;
import static org.quotestance.quote.QuotedNews.quotes;
import static org.quotestance.quote.QuotedNews.speaker;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

/** Companies and news agencies named without an organisation word, and the person who shares such a name. */
class OrganisationSpeakerTest {

    @Test
    void companyNamedAloneIsAnOrganisationSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "Microsoft said that it would appeal the ruling."));
        assertEquals("Microsoft", mention(q));
        assertEquals("ORGANIZATION", q.getSpeaker().getEntity().getKind());
    }

    @Test
    void newsAgencyIsNotThePersonOfTheSameName() throws Exception {
        Quote q = only(quotes(LEAD + "Bloomberg reported that the bank would cut 500 jobs."));
        assertEquals("ORGANIZATION", q.getSpeaker().getEntity().getKind());
        assertEquals("Bloomberg", speaker(q));
    }

    @Test
    void surnameOfAPersonNamedBeforeIsThatPerson() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Michael Bloomberg said that he would spend his own money. "
                + "Bloomberg said that the campaign would last until June.");
        assertEquals(2, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("PERSON", quotes.get(1).getSpeaker().getEntity().getKind());
        assertEquals("Michael Bloomberg", speaker(quotes.get(1)));
    }

    @Test
    void titledPersonOfTheCompanyIsThePerson() throws Exception {
        Quote q = only(quotes(LEAD + "Microsoft President Brad Smith said that the company would appeal."));
        assertEquals("PERSON", q.getSpeaker().getEntity().getKind());
        assertEquals("Brad Smith", speaker(q));
    }
}
