package org.quotestance.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.text.Word;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;

/**
 * Redraws the content of reported speech that follows its cue with a learned boundary model
 * ({@link ContentBoundaryModel}, trained on PolNeAR): the rules and the learned cue model let content run
 * from the cue to the sentence end, where PolNeAR's content often stops at a clause edge ("questioning
 * the integrity of the voting system | , encouraging his supporters …") or starts after an object
 * ("warning voters | that …"); a clause set off from the main clause ends it first ({@link SetOffClause}: "While
 * Clinton claimed [that the videos exist], experts …"). Runs after the quote annotators; direct quotes, content
 * before its cue and content past the cue's sentence (a quotation running on) keep the rules' boundaries.
 */
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "org.quotestance.type.Boilerplate", "org.quotestance.type.Headline", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeechCue" },
        outputs = { "org.quotestance.type.Quote" })
public class ContentBoundaryAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MODEL = "model";
    @ConfigurationParameter(name = PARAM_MODEL, mandatory = false, defaultValue = "",
            description = "Content boundary model file made by 'quotestance train quotes'; empty: the shipped model")
    private String modelFile;

    public static final String PARAM_QUOTE_TYPES = "quoteTypes";
    @ConfigurationParameter(name = PARAM_QUOTE_TYPES, mandatory = false, defaultValue = { "INDIRECT", "MIXED" },
            description = "Types of the quotes whose content boundaries are redrawn")
    private String[] quoteTypes;

    public static final String PARAM_START_MARGIN = "startMargin";
    @ConfigurationParameter(name = PARAM_START_MARGIN, mandatory = false, defaultValue = "0.1",
            description = "The model moves a start only to a candidate likelier than the rules' start by this much")
    private float startMargin;

    public static final String PARAM_END_MARGIN = "endMargin";
    @ConfigurationParameter(name = PARAM_END_MARGIN, mandatory = false, defaultValue = "0.1",
            description = "The model moves an end only to a candidate likelier than the rules' end by this much")
    private float endMargin;

    /** Content left after a leading connective is dropped has at least this many words. */
    private static final int MIN_CONTENT_WORDS = 2;

    private ContentBoundaryModel model;
    private Set<String> redrawn;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        model = modelFile.isEmpty() ? ContentBoundaryModel.loadDefault() : ContentBoundaryModel.load(Path.of(modelFile));
        redrawn = Set.of(quoteTypes);
    }

    @Override
    public void process(JCas jcas) {
        ArticleView view = ArticleView.of(jcas);
        List<Quote> quotes = new ArrayList<>();
        List<Quote> contentFirst = new ArrayList<>();
        for (Quote q : jcas.select(Quote.class)) {
            SpeechCue cue = q.getCue();
            if (redrawn.contains(q.getQuoteType()) && cue != null) {
                if (cue.getEnd() <= q.getBegin()) {
                    quotes.add(q);
                } else if (cue.getBegin() >= q.getEnd()) {
                    contentFirst.add(q);
                }
            }
        }
        for (Quote q : quotes) {
            redraw(view, q);
        }
        for (Quote q : contentFirst) {
            dropLeadingConnective(view, q);
        }
    }

    /** "And [the party now holds …], according to …": the connective opening the sentence is no content. */
    private static void dropLeadingConnective(ArticleView view, Quote q) {
        ArticleView.Para para = view.paragraphAt(q.getBegin());
        if (para == null) {
            return;
        }
        List<Word> words = para.words();
        int start = ArticleView.wordAt(words, q.getBegin());
        int end = ArticleView.wordAt(words, q.getEnd());
        if (start >= words.size() || words.get(start).begin() != q.getBegin() || end <= start) {
            return;
        }
        int after = LeadingConnective.skip(words, start, end, MIN_CONTENT_WORDS);
        if (after != start) {
            move(q, words.get(after).begin(), q.getEnd(), q.getQuoteType());
        }
    }

    private void redraw(ArticleView view, Quote q) {
        ContentSite site = ContentSite.find(view, q.getCue().getBegin(), q.getBegin());
        if (site == null || site.start() - site.cue() - 1 > ContentBoundaryModel.MAX_START_GAP
                || isBetween(q.getSpeaker(), q.getCue().getEnd(), q.getBegin())) {
            return; // "according to X, …", "said Peter Morgan, a lawyer, that …": the speaker stands before the content
        }
        List<Word> words = site.words();
        int end = q.getEnd();
        int last = ArticleView.wordAt(words, end);
        int start = model.start(words, site.cue(), site.to(), site.start(), startMargin);
        if (start >= last) {
            start = site.start(); // the rules cut the content short ("… rose and added that …") before the model's start
        }
        int begin = words.get(start).begin();
        if (begin >= end || view.quotationStraddles(begin)) {
            return; // content cut inside a quotation: known before the end model scores its candidates
        }
        int clauseEnd = SetOffClause.contentEnd(words, site.sentenceStart(), site.cue(), start, site.to());
        if (clauseEnd > start && clauseEnd < last && last <= site.to()) {
            last = clauseEnd;
            end = words.get(last - 1).end();
        }
        if (last <= site.to() && last > start && words.get(last - 1).end() == end) {
            end = words.get(model.end(words, site.cue(), start, site.to(), last, endMargin) - 1).end();
        }
        if (view.isQuoted(begin, end)) {
            return; // a direct quote's business
        }
        QuoteType type = QuoteType.INDIRECT;
        for (Quotation quotation : view.quotationsOpeningIn(begin, end)) {
            type = QuoteType.MIXED;
            end = Math.max(end, quotation.end());
        }
        if (begin == q.getBegin() && end == q.getEnd()) {
            return;
        }
        move(q, begin, end, type.name());
    }

    private static void move(Quote q, int begin, int end, String type) {
        q.removeFromIndexes();
        q.setBegin(begin);
        q.setEnd(end);
        q.setQuoteType(type);
        q.addToIndexes();
    }

    private static boolean isBetween(SpeakerMention speaker, int begin, int end) {
        return speaker != null && speaker.getBegin() >= begin && speaker.getEnd() <= end;
    }
}
