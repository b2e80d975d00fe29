package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class TokenIndexTest {

    @Test
    @DisplayName("every span, token edges or mid-word, gets the tokens UIMA's coveredBy gives")
    void sameTokensAsUimaCoveredBy() throws Exception {
        JCas jcas = Segmented.text("Sen. Ada Holm said, \u201cWe won\u2019t back down.\u201d  Then she left.\n\nMore later.");
        TokenIndex index = TokenIndex.of(jcas);
        int length = jcas.getDocumentText().length();
        int nonEmpty = 0;
        for (int begin = 0; begin <= length; begin++) {
            for (int end = begin; end <= length; end++) {
                var expected = jcas.select(Token.class).coveredBy(begin, end).asList();
                assertEquals(expected, index.coveredBy(begin, end), "span " + begin + "-" + end);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 1000, "spans holding tokens: " + nonEmpty);
    }
}
