package org.quotestance.text;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;

/** English text cut into sentences and tokens by DKPro's segmenter, as the index tests read it. */
final class Segmented {

    private Segmented() {
    }

    static JCas text(String text) throws Exception {
        return into(JCasFactory.createJCas(), text);
    }

    /** {@code jcas}, reset or new, holding {@code text} segmented. */
    static JCas into(JCas jcas, String text) throws Exception {
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        AnalysisEngineFactory.createEngine(BreakIteratorSegmenter.class).process(jcas);
        return jcas;
    }
}
