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

    @Test
    @DisplayName("a span's token numbers give the offsets of the tokens UIMA's coveredBy gives")
    void tokenNumbersCoveredByGiveTheCoveredTokensOffsets() throws Exception {
        JCas jcas = Segmented.text("Sen. Ada Holm said, \u201cWe won\u2019t back down.\u201d  Then she left.\n\nMore later.");
        TokenIndex index = TokenIndex.of(jcas);
        int length = jcas.getDocumentText().length();
        for (int begin = 0; begin <= length; begin++) {
            for (int end = begin; end <= length; end++) {
                var expected = jcas.select(Token.class).coveredBy(begin, end).asList();
                TokenIndex.Range range = index.rangeCoveredBy(begin, end);
                assertEquals(expected.size(), range.to() - range.from(), "span " + begin + "-" + end);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).getBegin(), index.begin(range.from() + i));
                    assertEquals(expected.get(i).getEnd(), index.end(range.from() + i));
                }
            }
        }
    }
}
