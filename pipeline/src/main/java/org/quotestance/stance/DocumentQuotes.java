package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import org.quotestance.text.SortedInts;
import org.quotestance.type.Quote;

/**
 * The quotes of one document in index order (by begin), those inside a span found by a binary search: the
 * quotes {@code jcas.select(Quote.class).coveredBy(span)} gives, without positioning an index iterator for
 * every attributing sentence.
 */
final class DocumentQuotes {

    private final List<Quote> quotes;
    private final int[] begins;

    /** {@code quotes} as the CAS index gives them, sorted by begin. */
    DocumentQuotes(List<Quote> quotes) {
        this.quotes = quotes;
        begins = new int[quotes.size()];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = quotes.get(i).getBegin();
        }
    }

    /** The quotes wholly inside {@code [begin, end)}, in order. */
    List<Quote> coveredBy(int begin, int end) {
        List<Quote> covered = new ArrayList<>();
        for (int i = SortedInts.firstAtLeast(begins, begin); i < begins.length && begins[i] <= end; i++) {
            if (quotes.get(i).getEnd() <= end) {
                covered.add(quotes.get(i));
            }
        }
        return covered;
    }
}
