package org.quotestance.text;

import java.util.Collections;
import java.util.List;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The tokens of a document in order, those inside a span found by a binary search: the same tokens, in the same
 * order, as {@code jcas.select(Token.class).coveredBy(begin, end)}, which positions an index iterator on every
 * call. Tokens do not overlap (the segmenter makes them so), which this index relies on.
 */
public final class TokenIndex {

    private final List<Token> tokens;
    private final int[] begins;
    private final int[] ends;

    public TokenIndex(JCas jcas) {
        this.tokens = jcas.select(Token.class).asList();
        this.begins = new int[tokens.size()];
        this.ends = new int[tokens.size()];
        for (int i = 0; i < begins.length; i++) {
            begins[i] = tokens.get(i).getBegin();
            ends[i] = tokens.get(i).getEnd();
        }
    }

    /** The tokens wholly inside {@code [begin, end)}, in order (a read-only view). */
    public List<Token> coveredBy(int begin, int end) {
        int from = firstBeginningAtOrAfter(begin);
        int to = from;
        while (to < ends.length && ends[to] <= end) {
            to++;
        }
        return Collections.unmodifiableList(tokens.subList(from, to));
    }

    private int firstBeginningAtOrAfter(int offset) {
        int low = 0;
        int high = begins.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (begins[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
