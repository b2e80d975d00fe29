package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class DashTokenSplitterTest {

    private static List<String> tokens(String text) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");
        AnalysisEngineFactory.createEngine(BreakIteratorSegmenter.class).process(jcas);
        AnalysisEngineFactory.createEngine(DashTokenSplitter.class).process(jcas);
        return JCasUtil.select(jcas, Token.class).stream().map(Token::getCoveredText).toList();
    }

    @Test
    @DisplayName("an em dash without spaces splits the token: 'Paris—a' and a dateline's 'WASHINGTON—President'")
    void emDashWithoutSpacesSplits() throws Exception {
        assertEquals(List.of("He", "was", "in", "Paris", "—", "a", "city", "he", "loved", "—", "then", "."),
                tokens("He was in Paris—a city he loved—then."));
        assertEquals(List.of("WASHINGTON", "—", "President", "Trump", "left", "."),
                tokens("WASHINGTON—President Trump left."));
    }

    @Test
    @DisplayName("hyphens and en dashes keep one name whole: 'Winston-Salem', 'Huntsville–Walker'")
    void hyphenAndEnDashStayWhole() throws Exception {
        assertEquals(List.of("Winston-Salem", "and", "Huntsville–Walker", "."), tokens("Winston-Salem and Huntsville–Walker."));
    }
}
