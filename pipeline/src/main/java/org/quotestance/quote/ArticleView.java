package org.quotestance.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.quotestance.text.Word;
import org.quotestance.type.Boilerplate;
import org.quotestance.type.Headline;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The content of an article as the quote annotators read it: its paragraphs (boilerplate and the
 * headline left out), each with its words, and the quotations of the whole article. Read-only, and
 * built once per document: {@link #of} hands the indirect and the direct quote annotator the same view.
 */
final class ArticleView {

    /** A paragraph's words, and its sentences as {@code [from, to)} ranges of word indices. */
    record Para(int begin, int end, List<Word> words, List<int[]> sentences) {
    }

    /** The annotations a view is built from; the quote annotators add none of them. */
    private static final List<Class<? extends Annotation>> SOURCES = List.of(Paragraph.class, Sentence.class,
            Token.class, Boilerplate.class, Headline.class);

    /** The view each annotating thread built last. */
    private static final ThreadLocal<ArticleView> LAST_BUILT = new ThreadLocal<>();

    private final JCas jcas;
    private final String text;
    private final int[] sourceCounts;
    private final List<Para> paragraphs = new ArrayList<>();
    private final List<Quotation> quotations;

    /**
     * The view of the document in {@code jcas}: the one this thread built last when it is of the same
     * CAS, the same document text and the same source annotations, else a new one.
     */
    static ArticleView of(JCas jcas) {
        ArticleView last = LAST_BUILT.get();
        if (last != null && last.isOf(jcas)) {
            return last;
        }
        ArticleView view = new ArticleView(jcas);
        LAST_BUILT.set(view);
        return view;
    }

    private boolean isOf(JCas other) {
        return other == jcas && other.getDocumentText() == text && Arrays.equals(sourceCounts, sourceCounts(other));
    }

    private static int[] sourceCounts(JCas jcas) {
        return SOURCES.stream().mapToInt(type -> jcas.getAnnotationIndex(type).size()).toArray();
    }

    private ArticleView(JCas jcas) {
        this.jcas = jcas;
        this.text = jcas.getDocumentText();
        this.sourceCounts = sourceCounts(jcas);
        List<QuotationScanner.Span> spans = new ArrayList<>();
        List<Annotation> skipped = new ArrayList<>(jcas.select(Boilerplate.class).asList());
        skipped.addAll(jcas.select(Headline.class).asList());
        for (Paragraph p : jcas.select(Paragraph.class)) {
            List<Word> words = new ArrayList<>();
            for (Word w : Word.in(jcas, p)) {
                if (!isInside(skipped, w)) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                Para para = new Para(words.get(0).begin(), words.get(words.size() - 1).end(), List.copyOf(words),
                        List.copyOf(sentences(jcas, p, words)));
                paragraphs.add(para);
                spans.add(new QuotationScanner.Span(para.begin(), para.end()));
            }
        }
        quotations = new QuotationScanner().scan(jcas.getDocumentText(), spans);
    }

    private static boolean isInside(List<Annotation> spans, Word w) {
        for (Annotation a : spans) {
            if (a.getBegin() <= w.begin() && w.end() <= a.getEnd()) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> sentences(JCas jcas, Paragraph p, List<Word> words) {
        List<int[]> ranges = new ArrayList<>();
        for (Sentence s : jcas.select(Sentence.class).coveredBy(p)) {
            int from = wordAt(words, s.getBegin());
            int to = wordAt(words, s.getEnd());
            if (from < to) {
                ranges.add(new int[] { from, to });
            }
        }
        return ranges;
    }

    List<Para> paragraphs() {
        return Collections.unmodifiableList(paragraphs);
    }

    List<Quotation> quotations() {
        return Collections.unmodifiableList(quotations);
    }

    boolean insideQuotation(Word w) {
        for (Quotation q : quotations) {
            if (w.begin() >= q.begin() && w.end() <= q.end()) {
                return true;
            }
            if (q.begin() > w.end()) {
                return false;
            }
        }
        return false;
    }

    /** Index of the first word of {@code words} that begins at or after {@code offset}. */
    static int wordAt(List<Word> words, int offset) {
        int i = 0;
        while (i < words.size() && words.get(i).begin() < offset) {
            i++;
        }
        return i;
    }
}
