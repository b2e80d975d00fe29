package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SortedIntsTest {

    @Test
    void offsetBetweenSpansFindsTheNextSpan() {
        assertEquals(2, SortedInts.firstAtLeast(new int[] {0, 5, 12, 20}, 6));
    }

    @Test
    void twoSpansBeginningAtTheSameOffsetFindTheFirst() {
        assertEquals(1, SortedInts.firstAtLeast(new int[] {0, 7, 7, 7, 9}, 7));
    }

    @Test
    void offsetPastTheLastSpanFindsTheLength() {
        assertEquals(3, SortedInts.firstAtLeast(new int[] {1, 2, 3}, 4));
        assertEquals(0, SortedInts.firstAtLeast(new int[0], 4));
    }
}
