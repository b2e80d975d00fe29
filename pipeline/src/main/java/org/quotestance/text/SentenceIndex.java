package org.quotestance.text;

import java.util.Collections;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * The sentences of a document in order, found by offset with a binary search. uimaFIT's
 * {@code selectCovering} and {@code selectOverlapping} read the index from its start on every call,
 * which makes a loop over the quotes of a long document quadratic. Sentences do not overlap (the
 * segmenter and {@link AbbreviationSentenceJoiner} make them so), which this index relies on.
 */
public final class SentenceIndex {

    private static final LastBuilt<SentenceIndex> LAST_BUILT = new LastBuilt<>(Sentence.class, SentenceIndex::new);

    private final List<Sentence> sentences;
    private final OrderedSpans spans;

    /**
     * The index of the document in {@code jcas}, made once per document and thread: the quote annotators' view, the
     * speaker linker and the stance annotator read the same sentences ({@link LastBuilt}).
     */
    public static SentenceIndex of(JCas jcas) {
        return LAST_BUILT.of(jcas);
    }

    private SentenceIndex(JCas jcas) {
        this.sentences = Collections.unmodifiableList(jcas.select(Sentence.class).asList());
        this.spans = OrderedSpans.of(sentences);
    }

    /**
     * The sentences wholly inside {@code span}, in order: those {@code jcas.select(Sentence.class).coveredBy(span)}
     * gives, without positioning an index iterator, for sentences that are not empty and do not overlap (as the
     * segmenters make them; {@link OrderedSpans} relies on it).
     */
    public List<Sentence> coveredBy(Annotation span) {
        return spans.coveredBy(sentences, span.getBegin(), span.getEnd());
    }

    /** The sentences that share at least one character with {@code [begin, end)}, in order. */
    public List<Sentence> overlapping(int begin, int end) {
        int from = firstEndingAfter(begin);
        int to = from;
        while (to < sentences.size() && sentences.get(to).getBegin() < end) {
            to++;
        }
        return sentences.subList(from, to);
    }

    /** The sentence that spans all of {@code [begin, end)} (not empty), or an empty list. */
    public List<Sentence> covering(int begin, int end) {
        int i = firstEndingAfter(begin);
        if (i < sentences.size() && sentences.get(i).getBegin() <= begin && sentences.get(i).getEnd() >= end) {
            return sentences.subList(i, i + 1);
        }
        return List.of();
    }

    /** Index of the first sentence that ends after {@code offset}. */
    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).getEnd() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
