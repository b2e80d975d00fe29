package org.quotestance.gazetteer;

import java.util.function.IntUnaryOperator;

/**
 * Keys numbered 0 to n - 1 found by hash through an open-addressing table of ints: two ints a slot, a key's
 * hash and its number + 1 (0 when the slot is empty). The stored hash lets a probe skip other keys without
 * comparing them; a table at most half full makes a lookup probe one or two slots. A few large arrays where a
 * map would hold a node and a boxed number per key for the whole run. The owner keeps the keys; a lookup
 * passes the probe's hash and a {@link KeyMatch} (made once, not per lookup) that compares key k with it.
 */
public final class IntHashIndex {

    /** Whether key {@code k} is the one looked up, given as {@code a} and {@code b} (their meaning the owner's). */
    @FunctionalInterface
    public interface KeyMatch<A, B> {
        boolean matches(int k, A a, B b);
    }

    public static final int ABSENT = -1;
    /** In {@link #findAll}: the home slot holds another key, so the probe goes on. */
    private static final int PROBE_ON = -2;

    private final int[] slots;

    /** The index of keys {@code 0, keyCount)}, {@code hashOfKey} giving each key's hash (as {@link String#hashCode}'s). */
    public IntHashIndex(int keyCount, IntUnaryOperator hashOfKey) {
        int slotCount = Integer.highestOneBit(Math.max(1, keyCount) * 2) * 2;
        slots = new int[2 * slotCount];
        for (int k = 0; k < keyCount; k++) {
            int hash = spread(hashOfKey.applyAsInt(k));
            int slot = hash & (slotCount - 1);
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & (slotCount - 1);
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = k + 1;
        }
    }

    /** The number of the key of hash {@code hash} that {@code match} accepts with {@code a} and {@code b}, or {@link #ABSENT}. */
    public <A, B> int find(int hash, A a, B b, KeyMatch<A, B> match) {
        int spread = spread(hash);
        int mask = slots.length / 2 - 1;
        for (int slot = spread & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int k = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == spread && match.matches(k, a, b)) {
                return k;
            }
        }
        return ABSENT;
    }

    /**
     * The number of {@code key} among {@code keys}, the strings this index numbers (hashed by {@link String#hashCode}),
     * or {@link #ABSENT}: {@link #find(int, Object, Object, KeyMatch)} comparing the strings itself, for a hot lookup
     * that would otherwise make two calls through a {@link KeyMatch} to reach {@link String#equals}.
     */
    public int find(String key, String[] keys) {
        int spread = spread(key.hashCode());
        int mask = slots.length / 2 - 1;
        for (int slot = spread & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int k = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == spread && keys[k].equals(key)) {
                return k;
            }
        }
        return ABSENT;
    }

    /**
     * {@link #find(String, String[])} of each of {@code queries[0, n)} into {@code numbers[0, n)}, in three loops of
     * reads independent of one another, so that their cache misses overlap instead of coming one after another:
     * every query's home slot, then the length of the key it holds, then the key's characters.
     */
    public void findAll(String[] queries, int n, String[] keys, int[] numbers) {
        int mask = slots.length / 2 - 1;
        for (int i = 0; i < n; i++) {
            int spread = spread(queries[i].hashCode());
            int slot = spread & mask;
            int k = slots[2 * slot + 1] - 1;
            numbers[i] = k < 0 ? ABSENT : slots[2 * slot] == spread ? k : PROBE_ON;
        }
        for (int i = 0; i < n; i++) {
            if (numbers[i] >= 0 && keys[numbers[i]].length() != queries[i].length()) {
                numbers[i] = PROBE_ON;
            }
        }
        for (int i = 0; i < n; i++) {
            int k = numbers[i];
            if (k == PROBE_ON || k >= 0 && !keys[k].equals(queries[i])) {
                numbers[i] = find(queries[i], keys);
            }
        }
    }

    /** The hash's high bits folded into the low ones the table uses. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
