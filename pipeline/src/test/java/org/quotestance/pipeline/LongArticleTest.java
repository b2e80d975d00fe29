package org.quotestance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * A 2 MB article on one line goes through every annotator (the benchmark times it; the rules that
 * paired every quote with every token or quote made it take minutes) and is annotated like a short one.
 */
class LongArticleTest {

    private static final int CHARS = 2_000_000;

    @Test
    @DisplayName("a 2 MB one-line article full of quotes and places is annotated throughout")
    void twoMegabyteLineIsAnnotated() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(LongArticle.text(CHARS));
        jcas.setDocumentLanguage("en");
        DocumentMetaData.create(jcas).setDocumentId("long");
        AnalysisEngine pipeline = AnalysisEngineFactory.createEngine(
                PipelineFactory.aggregate(PipelineFactory.annotators()));
        pipeline.process(jcas);

        int reports = LongArticle.reports(CHARS);
        List<Quote> quotes = jcas.select(Quote.class).asList();
        long direct = quotes.stream().filter(q -> q.getQuoteType().equals("DIRECT")).count();
        assertEquals(reports, direct, "one direct quote per \"We agree,\" she said.");
        long herQuotes = quotes.stream().filter(q -> q.getQuoteType().equals("DIRECT") && q.getSpeaker() != null
                && q.getSpeaker().getCoveredText().equals("she")).count();
        assertEquals(reports, herQuotes, "each direct quote is hers");
        long washington = quotes.stream().filter(q -> q.getQuoteType().equals("INDIRECT") && q.getSpeaker() != null
                && q.getSpeaker().getCoveredText().equals("Washington")).count();
        assertTrue(washington >= reports, "at least one report by Washington per sentence, got " + washington);

        List<Location> places = jcas.select(Location.class).asList();
        for (String capital : List.of("Paris", "London", "Berlin", "Moscow")) {
            long mentions = places.stream().filter(p -> p.getCoveredText().equals(capital)).count();
            assertTrue(mentions >= reports, capital + " is a place in every sentence, got " + mentions);
        }

        int longest = jcas.select(Sentence.class).asList().stream()
                .mapToInt(s -> jcas.select(de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class)
                        .coveredBy(s).asList().size())
                .max().orElse(0);
        assertTrue(longest <= 250, "the run-on stretch is cut into sentences of at most 250 tokens, got " + longest);
    }
}
