package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class ReusedCasesTest {

    @Test
    void aReusedCasHoldsTheProjectsAndDkprosTypesAndForgetsThemOnReset() throws Exception {
        JCas jcas = ReusedCases.create();
        for (String text : new String[] { "\"We won,\" she said.", "Nothing was said." }) {
            jcas.reset();
            jcas.setDocumentText(text);
            new Token(jcas, 0, 1).addToIndexes();
            new Quote(jcas, 0, text.length()).addToIndexes();
            assertEquals(1, JCasUtil.select(jcas, Token.class).size());
            assertEquals(1, JCasUtil.select(jcas, Quote.class).size());
            assertEquals(text, jcas.getDocumentText());
        }
    }
}
