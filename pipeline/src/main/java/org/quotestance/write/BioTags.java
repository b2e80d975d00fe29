package org.quotestance.write;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.uima.jcas.tcas.Annotation;
import org.quotestance.text.Offsets;

/**
 * BIO tags of one layer over a document's tokens: a token that overlaps a span of the layer is
 * {@code B-<LABEL>} when it is the first token of that span, {@code I-<LABEL>} after it, {@code O} outside.
 * Where spans of a layer overlap, a token takes the first span that starts before or at it.
 */
final class BioTags {

    private final int[] begins;
    private final int[] ends;
    /** The largest end of the tokens up to each: no token before the first one past an offset reaches past it. */
    private final int[] endsSoFar;

    /** The document's tokens, in index order (by begin), read once for every layer tagged over them. */
    BioTags(List<? extends Annotation> tokens) {
        int n = tokens.size();
        begins = new int[n];
        ends = new int[n];
        endsSoFar = new int[n];
        for (int i = 0; i < n; i++) {
            Annotation token = tokens.get(i);
            begins[i] = Offsets.begin(token);
            ends[i] = Offsets.end(token);
            endsSoFar[i] = Math.max(ends[i], i > 0 ? endsSoFar[i - 1] : Integer.MIN_VALUE);
        }
    }

    /** Where token number {@code token} begins. */
    int begin(int token) {
        return begins[token];
    }

    /** Where token number {@code token} ends. */
    int end(int token) {
        return ends[token];
    }

    /** The tags of one layer; each span looks only at the tokens that can overlap it. */
    String[] tag(Collection<? extends Annotation> spans, String label) {
        int n = begins.length;
        String[] tags = new String[n];
        Arrays.fill(tags, "O");
        Annotation[] owner = new Annotation[n];
        for (Annotation span : spans) {
            int spanBegin = span.getBegin();
            int spanEnd = span.getEnd();
            for (int i = firstEndingAfter(endsSoFar, spanBegin); i < n && begins[i] < spanEnd; i++) {
                if (owner[i] == null && ends[i] > spanBegin) {
                    owner[i] = span;
                }
            }
        }
        String first = "B-" + label;
        String inside = "I-" + label;
        for (int i = 0; i < n; i++) {
            if (owner[i] != null) {
                tags[i] = i > 0 && owner[i - 1] == owner[i] ? inside : first;
            }
        }
        return tags;
    }

    /** The first index whose running maximum end is after {@code offset}: no token before it reaches past it. */
    private static int firstEndingAfter(int[] endsSoFar, int offset) {
        int low = 0;
        int high = endsSoFar.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (endsSoFar[mid] > offset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
