package org.quotestance.text;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.structure.StructureAnnotator;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class LongSentenceSplitterTest {

    private static List<Sentence> sentences(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        SimplePipeline.runPipeline(jcas, createEngineDescription(StructureAnnotator.class), PipelineFactory.segmenter());
        return jcas.select(Sentence.class).asList();
    }

    @Test
    @DisplayName("a page scraped without full stops is cut after a comma into sentences of at most 250 tokens")
    void runOnTextIsCutAtCommas() throws Exception {
        String clause = "Washington said that Paris, London, Berlin and Moscow agreed, "; // 11 tokens
        List<Sentence> sentences = sentences(clause.repeat(60) + "officials said.");
        assertTrue(sentences.size() >= 3, "660 tokens give at least three sentences, got " + sentences.size());
        for (Sentence s : sentences) {
            int tokens = s.getJCas().select(Token.class).coveredBy(s).asList().size();
            assertTrue(tokens <= 250, "a sentence of " + tokens + " tokens");
        }
        for (Sentence s : sentences.subList(0, sentences.size() - 1)) {
            assertTrue(s.getCoveredText().endsWith(","), "cut after a comma: ..." + s.getCoveredText()
                    .substring(s.getCoveredText().length() - 20));
        }
        assertEquals(0, sentences.get(0).getBegin());
        assertEquals("officials said.", sentences.get(sentences.size() - 1).getCoveredText()
                .substring(sentences.get(sentences.size() - 1).getCoveredText().length() - 15));
    }

    @Test
    @DisplayName("a long news sentence (60 tokens) is left whole")
    void newsSentenceIsLeftWhole() throws Exception {
        String sentence = "The minister, who spoke to reporters in Paris on Monday after a meeting with his "
                + "counterparts from London, Berlin and Moscow that lasted more than six hours, said that the "
                + "talks, which had stalled since the spring, would resume next week in Vienna, and that all "
                + "four governments had agreed to send their deputies.";
        List<Sentence> sentences = sentences(sentence);
        assertEquals(1, sentences.size());
        assertEquals(sentence, sentences.get(0).getCoveredText());
    }
}
