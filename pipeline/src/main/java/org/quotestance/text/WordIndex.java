package org.quotestance.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.uima.cas.text.AnnotationIndex;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The words of a document's tokens, blank tokens left out, made once: those inside a span are found by a binary
 * search, the same words in the same order as selecting the span's tokens from the CAS would give (WordIndexTest),
 * without making them again on every call. Tokens do not overlap (the segmenter makes them so), which this index
 * relies on, as {@link TokenIndex} does.
 */
public final class WordIndex {

    private static final LastBuilt<WordIndex> LAST_BUILT = new LastBuilt<>(Token.class, WordIndex::new);

    private final List<Word> words;
    private final OrderedSpans spans;

    /**
     * The index of the document in {@code jcas}, made once per document and thread: the quote annotators' view and
     * the speaker linker read the same words ({@link LastBuilt}).
     */
    public static WordIndex of(JCas jcas) {
        return LAST_BUILT.of(jcas);
    }

    private WordIndex(JCas jcas) {
        AnnotationIndex<Token> tokens = jcas.getAnnotationIndex(Token.class);
        List<Word> all = new ArrayList<>(tokens.size());
        int[] begins = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        String text = jcas.getDocumentText(); // once, not per token as getCoveredText asks the CAS for it
        for (Token t : tokens) {
            int begin = t.getBegin();
            int end = t.getEnd();
            Word w = new Word(begin, end, text.substring(begin, end));
            if (!w.isBlank()) {
                begins[all.size()] = begin;
                ends[all.size()] = end;
                all.add(w);
            }
        }
        this.words = Collections.unmodifiableList(all);
        this.spans = OrderedSpans.of(begins, ends, all.size());
    }

    /** The words wholly inside {@code span}, in order (a read-only view). */
    public List<Word> in(Annotation span) {
        return in(span.getBegin(), span.getEnd());
    }

    /** The words wholly inside {@code [begin, end)}, in order (a read-only view). */
    public List<Word> in(int begin, int end) {
        return spans.coveredBy(words, begin, end);
    }
}
