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

    private static final LastBuilt<TokenIndex> LAST_BUILT = new LastBuilt<>(Token.class, TokenIndex::new);

    private final List<Token> tokens;
    private final OrderedSpans spans;

    /**
     * The index of the document in {@code jcas}, made once per document and thread: the location and stance
     * annotators read the same tokens ({@link LastBuilt}).
     */
    public static TokenIndex of(JCas jcas) {
        return LAST_BUILT.of(jcas);
    }

    private TokenIndex(JCas jcas) {
        this.tokens = jcas.select(Token.class).asList();
        this.spans = OrderedSpans.of(tokens);
    }

    /** The tokens wholly inside {@code [begin, end)}, in order (a read-only view). */
    public List<Token> coveredBy(int begin, int end) {
        return Collections.unmodifiableList(spans.coveredBy(tokens, begin, end));
    }

    /**
     * The numbers of the tokens wholly inside {@code [begin, end)} (those of {@link #coveredBy}), from the first up
     * to, not including, the second: their offsets are read by number ({@link #begin}, {@link #end}) without
     * touching the tokens.
     */
    public Range rangeCoveredBy(int begin, int end) {
        int from = spans.firstFrom(begin);
        return new Range(from, spans.endOfCovered(from, end));
    }

    /** Token numbers {@code [from, to)}. */
    public record Range(int from, int to) {
    }

    /** Where token number {@code token} begins. */
    public int begin(int token) {
        return spans.begin(token);
    }

    /** Where token number {@code token} ends. */
    public int end(int token) {
        return spans.end(token);
    }
}
