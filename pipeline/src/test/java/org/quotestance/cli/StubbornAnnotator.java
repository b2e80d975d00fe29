package org.quotestance.cli;

import java.util.concurrent.CountDownLatch;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

/**
 * Stands for an annotator that overruns the time budget and does not stop when interrupted: on a text
 * containing "LATE" it takes two seconds whatever happens, then finishes normally.
 */
public class StubbornAnnotator extends JCasAnnotator_ImplBase {

    /** Counted down when a late document's annotation has finished (a test sets a fresh latch before its run). */
    static volatile CountDownLatch finished = new CountDownLatch(1);

    @Override
    public void process(JCas jcas) {
        if (!jcas.getDocumentText().contains("LATE")) {
            return;
        }
        long end = System.nanoTime() + 2_000_000_000L;
        for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
            try {
                Thread.sleep(left / 1_000_000 + 1);
            } catch (InterruptedException e) {
                // ignored on purpose: this annotator finishes its document regardless
            }
        }
        finished.countDown();
    }
}
