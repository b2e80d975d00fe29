package org.quotestance.text;

import java.util.Arrays;
import java.util.List;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The offsets of spans that follow one another without overlapping (tokens, words), in order: those wholly inside
 * a range are found by a binary search for the first that begins in it, then a step forward while they end in it.
 */
final class OrderedSpans {

    private final int[] begins;
    private final int[] ends;

    private OrderedSpans(int[] begins, int[] ends) {
        this.begins = begins;
        this.ends = ends;
    }

    /** The spans of {@code annotations}, which are in order and do not overlap. */
    static OrderedSpans of(List<? extends Annotation> annotations) {
        int[] begins = new int[annotations.size()];
        int[] ends = new int[annotations.size()];
        for (int i = 0; i < begins.length; i++) {
            Annotation annotation = annotations.get(i);
            begins[i] = Offsets.begin(annotation);
            ends[i] = Offsets.end(annotation);
        }
        return new OrderedSpans(begins, ends);
    }

    /** The spans {@code [begins[i], ends[i])} of the first {@code count} items, in order and not overlapping. */
    static OrderedSpans of(int[] begins, int[] ends, int count) {
        return new OrderedSpans(Arrays.copyOf(begins, count), Arrays.copyOf(ends, count));
    }

    /** The items (the list these spans were made from) wholly inside {@code [begin, end)}, as a view of it. */
    <T> List<T> coveredBy(List<T> items, int begin, int end) {
        int from = firstFrom(begin);
        return items.subList(from, endOfCovered(from, end));
    }

    /** The number of the first span that begins at or after {@code begin}. */
    int firstFrom(int begin) {
        return SortedInts.firstAtLeast(begins, begin);
    }

    /** The number after the last of the spans from number {@code first} on that end by {@code end}. */
    int endOfCovered(int first, int end) {
        int to = first;
        while (to < ends.length && ends[to] <= end) {
            to++;
        }
        return to;
    }

    int begin(int span) {
        return begins[span];
    }

    int end(int span) {
        return ends[span];
    }
}
