package org.quotestance.cli;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

/** Stands for an annotator stuck on one document: it sleeps (until interrupted) on a text containing "SLOW". */
public class SleepingAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (jcas.getDocumentText().contains("SLOW")) {
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                throw new AnalysisEngineProcessException(e);
            }
        }
    }
}
