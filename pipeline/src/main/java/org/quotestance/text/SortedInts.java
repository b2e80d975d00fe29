package org.quotestance.text;

/** Searches in an ascending array of ints, repeats allowed (offsets of spans in text order). */
public final class SortedInts {

    private SortedInts() {
    }

    /** The first place whose value is at least {@code value} (the array's length if none is): a lower bound. */
    public static int firstAtLeast(int[] ascending, int value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
