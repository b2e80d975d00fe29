package org.quotestance.text;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Answers "does any of these spans cover (or overlap) {@code [begin, end)}?" in logarithmic time: the spans sorted
 * by begin, with the largest end among each prefix. A scan over every span per question is quadratic
 * on a long document with many quotes or boilerplate lines.
 */
public final class SpanCover {

    private final int[] begins;
    private final int[] maxEnds;

    private SpanCover(int[] begins, int[] maxEnds) {
        this.begins = begins;
        this.maxEnds = maxEnds;
    }

    /** The spans of {@code items}, in any order. */
    public static <T> SpanCover of(List<T> items, ToIntFunction<T> begin, ToIntFunction<T> end) {
        int[][] spans = items.stream().map(t -> new int[] { begin.applyAsInt(t), end.applyAsInt(t) })
                .sorted(Comparator.comparingInt(s -> s[0])).toArray(int[][]::new);
        int[] begins = new int[spans.length];
        int[] maxEnds = new int[spans.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < spans.length; i++) {
            begins[i] = spans[i][0];
            max = Math.max(max, spans[i][1]);
            maxEnds[i] = max;
        }
        return new SpanCover(begins, maxEnds);
    }

    /** Whether some span begins at or before {@code begin} and ends at or after {@code end}. */
    public boolean covers(int begin, int end) {
        int last = lastBeginAtOrBefore(begin);
        return last >= 0 && maxEnds[last] >= end;
    }

    /** Whether some span shares a character with {@code [begin, end)}. */
    public boolean overlaps(int begin, int end) {
        int last = lastBeginAtOrBefore(end - 1);
        return last >= 0 && maxEnds[last] > begin;
    }

    /** Whether some span begins before {@code offset} and ends after it. */
    public boolean straddles(int offset) {
        int last = lastBeginAtOrBefore(offset - 1);
        return last >= 0 && maxEnds[last] > offset;
    }

    /** Index of the last span whose begin is at or before {@code offset}, or -1. */
    private int lastBeginAtOrBefore(int offset) {
        int low = 0;
        int high = begins.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (begins[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
