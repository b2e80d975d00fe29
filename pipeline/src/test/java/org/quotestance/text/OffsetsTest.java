package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

class OffsetsTest {

    @Test
    @DisplayName("begin and end read from the slots are the getters' values on the project's own, DKPro's and UIMA's types")
    void sameAsGetters() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("\"We will see,\" Lena Varga said.");
        Annotation[] annotations = {new Token(jcas, 1, 3), new Quote(jcas, 0, 14), new Annotation(jcas, 15, 25),
            (Annotation) jcas.getDocumentAnnotationFs()};
        for (Annotation annotation : annotations) {
            assertEquals(annotation.getBegin(), Offsets.begin(annotation), annotation.getType().getName());
            assertEquals(annotation.getEnd(), Offsets.end(annotation), annotation.getType().getName());
        }
    }
}
