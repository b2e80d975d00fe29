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
}
