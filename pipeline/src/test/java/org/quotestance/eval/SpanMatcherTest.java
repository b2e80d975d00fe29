package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** One to one pairing of found quotes with gold attributions, by which type and speaker are scored. */
class SpanMatcherTest {

    // "Trump said that [Pence claimed [the debate was rigged]]": the outer attribution holds a nested one
    private static final TextSpan OUTER = new TextSpan(10, 60);
    private static final TextSpan NESTED = new TextSpan(30, 60);

    @Test
    void foundQuoteHoldingANestedGoldAttributionStandsForTheOuterOneOnly() {
        TextSpan found = new TextSpan(10, 60);
        List<TextSpan> pairs = SpanMatcher.oneToOne(List.of(OUTER, NESTED), List.of(found), Function.identity());
        assertEquals(2, pairs.size());
        assertSame(found, pairs.get(0));
        assertNull(pairs.get(1), "the nested attribution is not scored against the outer quote's speaker");
    }

    @Test
    void nestedFoundQuoteIsPairedWithTheNestedGoldAttribution() {
        // both found quotes cover the nested gold span fully: the outer one is taken by the outer gold first
        TextSpan outer = new TextSpan(10, 60);
        TextSpan nested = new TextSpan(30, 60);
        List<TextSpan> pairs = SpanMatcher.oneToOne(List.of(OUTER, NESTED), List.of(outer, nested),
                Function.identity());
        assertEquals(2, pairs.size());
        assertSame(outer, pairs.get(0));
        assertSame(nested, pairs.get(1));
    }

    @Test
    void onATieTheTighterFoundQuoteIsPaired() {
        // a gold attribution inside two found quotes that share all of its characters
        TextSpan wide = new TextSpan(0, 80);
        TextSpan tight = new TextSpan(28, 62);
        List<TextSpan> pairs = SpanMatcher.oneToOne(List.of(NESTED), List.of(wide, tight), Function.identity());
        assertEquals(1, pairs.size());
        assertSame(tight, pairs.get(0));
    }

    @Test
    void goldSpanNoFoundQuoteOverlapsHasNoPair() {
        List<TextSpan> pairs = SpanMatcher.oneToOne(List.of(new TextSpan(100, 120)), List.of(OUTER),
                Function.identity());
        assertEquals(1, pairs.size());
        assertNull(pairs.get(0));
    }
}
