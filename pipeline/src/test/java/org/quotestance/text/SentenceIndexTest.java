package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

class SentenceIndexTest {

    @Test
    @DisplayName("every span, sentence edges or mid-sentence, gets the sentences the CAS's coveredBy gives")
    void sameSentencesAsCoveredBy() throws Exception {
        JCas jcas = Segmented.text("Sen. Holm said it. \u201cWe won\u2019t back down,\u201d she said.\n\nMore later. Then less!");
        assertTrue(jcas.select(Sentence.class).count() >= 4, "sentences: " + jcas.select(Sentence.class).count());
        SentenceIndex index = SentenceIndex.of(jcas);
        int length = jcas.getDocumentText().length();
        int nonEmpty = 0;
        for (int begin = 0; begin <= length; begin++) {
            for (int end = begin; end <= length; end++) {
                Annotation span = new Annotation(jcas, begin, end);
                var expected = jcas.select(Sentence.class).coveredBy(span).asList();
                assertEquals(expected, index.coveredBy(span), "span " + begin + "-" + end);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 100, "spans holding sentences: " + nonEmpty);
    }
}
