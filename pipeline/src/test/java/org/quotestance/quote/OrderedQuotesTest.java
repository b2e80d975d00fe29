package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;

class OrderedQuotesTest {

    @Test
    @DisplayName("the last speaker in every span is the one the CAS index gives backwards, quotes added on the "
            + "same span, nested and without a speaker included")
    void sameSpeakerAsTheCasSelectionBackwards() throws Exception {
        JCas jcas = JCasFactory.createText("Ada said the plan works. \u201cIt does,\u201d Bo said, \u201cand it will.\u201d");
        OrderedQuotes ordered = new OrderedQuotes(jcas.select(Quote.class).asList());
        int[][] spans = { { 9, 24 }, { 26, 34 }, { 26, 34 }, { 26, 56 }, { 44, 56 }, { 9, 24 }, { 0, 3 },
                { 26, 34 }, { 47, 55 } };
        for (int k = 0; k < spans.length; k++) {
            Quote quote = new Quote(jcas, spans[k][0], spans[k][1]);
            if (k % 3 != 2) {
                SpeakerMention speaker = new SpeakerMention(jcas, 0, 3);
                speaker.addToIndexes();
                quote.setSpeaker(speaker);
            }
            quote.addToIndexes();
            ordered.add(quote);
            int length = jcas.getDocumentText().length();
            for (int begin = 0; begin <= length; begin++) {
                for (int end = begin; end <= length; end++) {
                    assertSame(selectedBackwards(jcas, begin, end), ordered.lastSpeakerIn(begin, end),
                            "after " + (k + 1) + " quotes, span " + begin + "-" + end);
                }
            }
        }
    }

    private static SpeakerMention selectedBackwards(JCas jcas, int begin, int end) {
        for (Quote quote : jcas.select(Quote.class).coveredBy(begin, end).backwards()) {
            if (quote.getSpeaker() != null) {
                return quote.getSpeaker();
            }
        }
        return null;
    }
}
