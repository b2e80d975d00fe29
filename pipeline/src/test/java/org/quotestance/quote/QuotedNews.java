package org.quotestance.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.speaker.SpeakerLinker;
import org.quotestance.structure.StructureAnnotator;
import org.quotestance.type.Quote;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** Runs the quote and speaker layers over a short invented article, for the quote tests. */
final class QuotedNews {

    /** A headline paragraph, so that the text after it is body text. */
    static final String LEAD = "Floods hit the valley\n\n";

    private QuotedNews() {
    }

    static List<Quote> quotes(String text) throws Exception {
        return run(text,
                createEngineDescription(IndirectQuoteAnnotator.class),
                createEngineDescription(DirectQuoteAnnotator.class));
    }

    /** Every attribution the default pipeline's quote layer finds: the rules, transcripts, the learned cue model, following reports and the content boundary model. */
    static List<Quote> attributions(String text) throws Exception {
        return run(text,
                createEngineDescription(IndirectQuoteAnnotator.class),
                createEngineDescription(DirectQuoteAnnotator.class),
                createEngineDescription(TranscriptAnnotator.class),
                createEngineDescription(LearnedAttributionAnnotator.class),
                createEngineDescription(FollowingReportAnnotator.class),
                createEngineDescription(ContentBoundaryAnnotator.class));
    }

    /** The attributions of the rules and the learned cue model as it draws them, before the content boundary model redraws them. */
    static List<Quote> learnedAttributions(String text) throws Exception {
        return run(text,
                createEngineDescription(IndirectQuoteAnnotator.class),
                createEngineDescription(DirectQuoteAnnotator.class),
                createEngineDescription(LearnedAttributionAnnotator.class));
    }

    /** Structure, segmentation, then {@code quoteLayer}, then the speaker linker. */
    private static List<Quote> run(String text, AnalysisEngineDescription... quoteLayer) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData.create(jcas).setDocumentId("test");
        List<AnalysisEngineDescription> engines = new ArrayList<>();
        engines.add(createEngineDescription(StructureAnnotator.class));
        engines.add(PipelineFactory.segmenter());
        engines.addAll(List.of(quoteLayer));
        engines.add(createEngineDescription(SpeakerLinker.class));
        SimplePipeline.runPipeline(jcas, engines.toArray(AnalysisEngineDescription[]::new));
        return List.copyOf(JCasUtil.select(jcas, Quote.class));
    }

    static Quote only(List<Quote> quotes) {
        assertEquals(1, quotes.size(), () -> "quotes: " + quotes.stream().map(Quote::getCoveredText).toList());
        return quotes.get(0);
    }

    /** The speaker mention's text as written ("he", "the minister"). */
    static String mention(Quote q) {
        assertNotNull(q.getSpeaker(), () -> "no speaker for " + q.getCoveredText());
        return q.getSpeaker().getCoveredText();
    }

    /** The canonical name of the speaker the mention resolves to. */
    static String speaker(Quote q) {
        assertNotNull(q.getSpeaker(), () -> "no speaker for " + q.getCoveredText());
        assertNotNull(q.getSpeaker().getEntity(), () -> "unresolved speaker " + q.getSpeaker().getCoveredText());
        return q.getSpeaker().getEntity().getCanonicalName();
    }
}
