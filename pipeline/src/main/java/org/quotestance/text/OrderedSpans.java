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
        int from = SortedInts.firstAtLeast(begins, begin);
        int to = from;
        while (to < ends.length && ends[to] <= end) {
            to++;
        }
        return items.subList(from, to);
    }
}
