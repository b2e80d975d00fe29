package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;

import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;

/**
 * A document's quotes in the order of the CAS's annotation index (by begin, the longer first, then in the order
 * they were made), kept so as an annotator adds its own: the speaker of the last quote inside a span is found by a
 * binary search, where selecting the quotes a span covers positions an index iterator anew for every paragraph and
 * quotation.
 */
final class OrderedQuotes {

    private final List<Quote> quotes;

    /** {@code existing}: the quotes in the index's order, as {@code jcas.select(Quote.class)} gives them. */
    OrderedQuotes(List<Quote> existing) {
        this.quotes = new ArrayList<>(existing);
    }

    /** A quote just added to the CAS; it follows the quotes of the same span made before it. */
    void add(Quote quote) {
        quotes.add(firstAfter(quote.getBegin(), quote.getEnd()), quote);
    }

    /**
     * The speaker of the last quote (in the index's order) inside {@code [begin, end)} that has one, or null: the
     * first such quote of {@code select(Quote.class).coveredBy(begin, end).backwards()}.
     */
    SpeakerMention lastSpeakerIn(int begin, int end) {
        for (int i = firstAfter(end, Integer.MIN_VALUE) - 1; i >= 0 && quotes.get(i).getBegin() >= begin; i--) {
            Quote quote = quotes.get(i);
            if (quote.getEnd() <= end && quote.getSpeaker() != null) {
                return quote.getSpeaker();
            }
        }
        return null;
    }

    /** Index of the first quote that the index orders after a span {@code [begin, end)} and the quotes on it. */
    private int firstAfter(int begin, int end) {
        int low = 0;
        int high = quotes.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Quote q = quotes.get(mid);
            if (q.getBegin() < begin || q.getBegin() == begin && q.getEnd() >= end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
