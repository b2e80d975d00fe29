package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

/** The committed polarity model on classic phenomena of target sentiment in news (invented sentences). */
class PolarityModelTest {
    private static final PolarityFeatures FEATURES = PolarityFeatures.loadDefault();

    private static Polarity classify(String sentence, String target) throws Exception {
        JCas jcas = JCasFactory.createText(sentence, "en");
        SimplePipeline.runPipeline(jcas, createEngineDescription(BreakIteratorSegmenter.class));
        List<Word> words = Word.of(JCasUtil.select(jcas, Token.class));
        int begin = sentence.indexOf(target);
        return PolarityModel.bundled().classify(FEATURES.of(words, begin, begin + target.length(), false));
    }

    @Test
    @DisplayName("negated support is AGAINST")
    void negatedSupportIsAgainst() throws Exception {
        assertEquals(Polarity.AGAINST, classify("The union has never supported the ferry toll.", "ferry toll"));
    }

    @Test
    @DisplayName("welcomed X is FAVOR")
    void welcomedIsFavor() throws Exception {
        assertEquals(Polarity.FAVOR, classify("Fishermen welcomed the harbour agreement on Monday.", "harbour agreement"));
    }

    @Test
    @DisplayName("criticism reported about X is AGAINST X")
    void reportedCriticismIsAgainst() throws Exception {
        assertEquals(Polarity.AGAINST,
                classify("Critics have sharply criticized Governor Lena Varga over the failed flood defences.", "Lena Varga"));
    }

    @Test
    @DisplayName("a target mentioned in passing is NEUTRAL")
    void mentionInPassingIsNeutral() throws Exception {
        assertEquals(Polarity.NEUTRAL, classify("The delegates met in Lisbon on Tuesday to discuss fishing quotas.", "Lisbon"));
    }
}
