package org.quotestance.eval;

/** A half-open span of a document's text, in UTF-16 offsets. */
public record TextSpan(int begin, int end) {

    public boolean sameAs(TextSpan other) {
        return begin == other.begin && end == other.end;
    }

    /** The number of characters the two spans share. */
    public int overlap(TextSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    public boolean overlaps(TextSpan other) {
        return begin < other.end && other.begin < end;
    }
}
