package org.quotestance.quote;

/**
 * Feature numbers by long key (a family and the numbers of its words, {@link IndexedGisModel.Family}): open
 * addressing in one array, a key and its number side by side, so a lookup usually reads one cache line and
 * compares no string. At most half full.
 */
final class FamilyTable {

    private static final long EMPTY = 0; // no key is 0: a key's top bits hold its family number + 1

    private final long[] slots;
    private final int shift;

    /** The table of {@code keys[0, count)} and their {@code numbers}; keys are unique. */
    FamilyTable(long[] keys, int[] numbers, int count) {
        int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, count) * 2L - 1));
        shift = 64 - bits;
        slots = new long[2 << bits];
        int mask = (1 << bits) - 1;
        for (int e = 0; e < count; e++) {
            int slot = home(keys[e]);
            while (slots[2 * slot] != EMPTY) {
                if (slots[2 * slot] == keys[e]) {
                    throw new IllegalArgumentException("key filed twice: " + keys[e]);
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = keys[e];
            slots[2 * slot + 1] = numbers[e];
        }
    }

    /** The number filed under {@code key}, or {@link IndexedGisModel#UNKNOWN}. */
    int find(long key) {
        int mask = slots.length / 2 - 1;
        for (int slot = home(key);; slot = (slot + 1) & mask) {
            long k = slots[2 * slot];
            if (k == key) {
                return (int) slots[2 * slot + 1];
            }
            if (k == EMPTY) {
                return IndexedGisModel.UNKNOWN;
            }
        }
    }

    /** Fibonacci hashing: the key's bits mixed into the slot number's. */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
