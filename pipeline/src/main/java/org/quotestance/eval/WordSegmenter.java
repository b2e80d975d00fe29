package org.quotestance.eval;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.UIMAException;
import org.quotestance.stance.Word;

/** Splits a gold sentence into words with the pipeline's own segmenter (DKPro BreakIteratorSegmenter). */
final class WordSegmenter {
    private final AnalysisEngine segmenter;
    private final JCas jcas;

    WordSegmenter() {
        try {
            segmenter = AnalysisEngineFactory.createEngine(BreakIteratorSegmenter.class);
            jcas = JCasFactory.createJCas();
        } catch (UIMAException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Word> words(String text) {
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        try {
            segmenter.process(jcas);
        } catch (UIMAException e) {
            throw new IllegalStateException(e);
        }
        return Word.of(JCasUtil.select(jcas, Token.class));
    }
}
