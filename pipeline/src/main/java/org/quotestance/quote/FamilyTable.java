package org.quotestance.quote;

import java.util.Arrays;

/**
 * A model's weights with its family features filed by long key (a family and the numbers of its words,
 * {@link IndexedGisModel.Family}), in one array of longs: first the weights the model laid out itself (by feature
 * number, raw double bits), then an open-addressing table whose slot holds a key followed by its feature's weights. A
 * lookup returns the place of the weights it found (a handle), so scoring a family feature reads the one cache
 * line its probe ended on, not a second array indexed by feature number. At most half full.
 */
public final class FamilyTable {

    private static final long EMPTY = 0; // no key is 0: a key's top bits hold its family number + 1
    /** In {@link #findAll}: the key's home slot holds another key, so the probe goes on. */
    private static final int PROBE_ON = -2;

    private final long[] cells;
    private final int outcomes;
    private final int tableStart;
    private final int shift;
    private final int mask;

    /**
     * The weights {@code byFeature} (from 0, {@code outcomes} raw double bits per feature number, then anything the
     * model laid out) and the table of {@code keys[0, count)}, each filing feature {@code numbers[e]}; keys are
     * unique.
     */
    public FamilyTable(long[] byFeature, int outcomes, long[] keys, int[] numbers, int count) {
        int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, count) * 2L - 1));
        this.outcomes = outcomes;
        shift = 64 - bits;
        mask = (1 << bits) - 1;
        tableStart = byFeature.length;
        cells = Arrays.copyOf(byFeature, tableStart + (1 << bits) * (1 + outcomes));
        for (int e = 0; e < count; e++) {
            int slot = home(keys[e]);
            while (cells[keyAt(slot)] != EMPTY) {
                if (cells[keyAt(slot)] == keys[e]) {
                    throw new IllegalArgumentException("key filed twice: " + keys[e]);
                }
                slot = (slot + 1) & mask;
            }
            cells[keyAt(slot)] = keys[e];
            System.arraycopy(byFeature, numbers[e] * outcomes, cells, keyAt(slot) + 1, outcomes);
        }
    }

    /** The handle of the weights filed under {@code key}, or {@link IndexedGisModel#UNKNOWN}. */
    public int find(long key) {
        for (int slot = home(key);; slot = (slot + 1) & mask) {
            int at = keyAt(slot);
            long k = cells[at];
            if (k == key) {
                return at + 1;
            }
            if (k == EMPTY) {
                return IndexedGisModel.UNKNOWN;
            }
        }
    }

    /**
     * {@link #find} of each of {@code keys[0, n)} into {@code handles[0, n)}, a key of 0 (no feature) giving
     * {@link IndexedGisModel#UNKNOWN}: every key's home slot is read first, in a loop of independent reads whose cache
     * misses overlap, where finding one key after another waits for each miss in turn.
     */
    public void findAll(long[] keys, int n, int[] handles) {
        for (int i = 0; i < n; i++) {
            int at = keyAt(home(keys[i]));
            long k = cells[at];
            handles[i] = keys[i] == EMPTY || k == EMPTY ? IndexedGisModel.UNKNOWN : k == keys[i] ? at + 1 : PROBE_ON;
        }
        for (int i = 0; i < n; i++) {
            if (handles[i] == PROBE_ON) {
                handles[i] = find(keys[i]);
            }
        }
    }

    /** The cells: weight o of handle h at {@code h + o}, as {@link Double#doubleToRawLongBits} gave it. */
    public long[] cells() {
        return cells;
    }

    private int keyAt(int slot) {
        return tableStart + slot * (1 + outcomes);
    }

    /** Fibonacci hashing: the key's bits mixed into the slot number's. */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
