package org.quotestance.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.quotestance.text.SentenceIndex;
import org.quotestance.text.SpanCover;
import org.quotestance.text.Word;
import org.quotestance.text.WordIndex;
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

        /** The first word of the last sentence that starts at or before word {@code index}, or 0. */
        int sentenceStartingAtOrBefore(int index) {
            int low = firstFrom(sentences, sentence -> sentence[0], index + 1);
            return low == 0 ? 0 : sentences.get(low - 1)[0];
        }

        /** The sentence ({@code [from, to)}) that holds word {@code index}, or null. */
        int[] sentenceAt(int index) {
            int low = firstFrom(sentences, sentence -> sentence[0], index + 1);
            int[] sentence = low == 0 ? null : sentences.get(low - 1);
            return sentence != null && index < sentence[1] ? sentence : null;
        }
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
    private final SpanCover quoted;

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
        int[] counts = new int[SOURCES.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = jcas.getAnnotationIndex(SOURCES.get(i)).size();
        }
        return counts;
    }

    private ArticleView(JCas jcas) {
        this.jcas = jcas;
        this.text = jcas.getDocumentText();
        this.sourceCounts = sourceCounts(jcas);
        List<QuotationScanner.Span> spans = new ArrayList<>();
        List<Annotation> skippedSpans = new ArrayList<>(jcas.select(Boilerplate.class).asList());
        skippedSpans.addAll(jcas.select(Headline.class).asList());
        SpanCover skipped = SpanCover.of(skippedSpans, Annotation::getBegin, Annotation::getEnd);
        WordIndex allWords = WordIndex.of(jcas);
        SentenceIndex allSentences = SentenceIndex.of(jcas);
        for (Paragraph p : jcas.select(Paragraph.class)) {
            List<Word> words = new ArrayList<>();
            for (Word w : allWords.in(p)) {
                if (!skipped.covers(w.begin(), w.end())) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                Para para = new Para(words.get(0).begin(), words.get(words.size() - 1).end(), List.copyOf(words),
                        List.copyOf(sentences(allSentences.coveredBy(p), words)));
                paragraphs.add(para);
                spans.add(new QuotationScanner.Span(para.begin(), para.end()));
            }
        }
        List<Quotation> scanned = new ArrayList<>(new QuotationScanner().scan(jcas.getDocumentText(), spans));
        // the scanner closes a double quotation inside an open single one first; readers want document order
        scanned.sort(Comparator.comparingInt(Quotation::begin));
        quotations = List.copyOf(scanned);
        quoted = SpanCover.of(quotations, Quotation::begin, Quotation::end);
    }

    private static List<int[]> sentences(List<Sentence> inParagraph, List<Word> words) {
        List<int[]> ranges = new ArrayList<>();
        for (Sentence s : inParagraph) {
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

    /** The paragraph that holds offset {@code offset}, or null. */
    Para paragraphAt(int offset) {
        int low = firstFrom(paragraphs, Para::begin, offset + 1);
        Para para = low == 0 ? null : paragraphs.get(low - 1);
        return para != null && offset < para.end() ? para : null;
    }

    /** The quotations of the article, in document order (by opening mark). */
    List<Quotation> quotations() {
        return quotations;
    }

    /** Index of the first quotation that opens at or after {@code offset}. */
    int firstQuotationFrom(int offset) {
        return firstFrom(quotations, Quotation::begin, offset);
    }

    /** The quotations that open in {@code [begin, end)}. */
    List<Quotation> quotationsOpeningIn(int begin, int end) {
        return quotations.subList(firstQuotationFrom(begin), firstQuotationFrom(end));
    }

    /** Whether some quotation opens before {@code offset} and closes after it. */
    boolean quotationStraddles(int offset) {
        return quoted.straddles(offset);
    }

    /** Whether some quotation stands around {@code [begin, end)}. */
    boolean isQuoted(int begin, int end) {
        return quoted.covers(begin, end);
    }

    /** Whether some quotation stands around {@code w}. */
    boolean insideQuotation(Word w) {
        return quoted.covers(w.begin(), w.end());
    }

    /** Index of the first word of {@code words} (in document order) that begins at or after {@code offset}. */
    static int wordAt(List<Word> words, int offset) {
        return firstFrom(words, Word::begin, offset);
    }

    /** Index of the first of {@code items}, sorted by {@code start}, whose start is at or after {@code offset}. */
    private static <T> int firstFrom(List<T> items, ToIntFunction<T> start, int offset) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
