package org.quotestance.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;

/**
 * Annotates articles on several threads: one engine instance per thread and a fixed pool of CASes,
 * so memory does not grow with the corpus. The caller takes results back in the order it submitted
 * them and must {@link #release} each CAS when it has written it.
 */
final class AnnotationWorkers implements AutoCloseable {

    /** A CAS holding an annotated article, or the reason the article could not be annotated. */
    record Outcome(JCas jcas, String failure) {
    }

    /**
     * CASes per thread. Results are taken back in order, so one slow article holds up the writer; with
     * a few CASes per thread the other threads keep annotating meanwhile instead of waiting for a free CAS.
     */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final ExecutorService threads;
    private final BlockingQueue<AnalysisEngine> engines;
    private final BlockingQueue<JCas> cases;
    private final int capacity;

    AnnotationWorkers(AnalysisEngineDescription annotators, int threadCount) throws UIMAException {
        this.capacity = IN_FLIGHT_PER_THREAD * threadCount;
        this.threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "annotator");
            t.setDaemon(true);
            return t;
        });
        this.engines = new ArrayBlockingQueue<>(threadCount);
        for (int i = 0; i < threadCount; i++) {
            engines.add(AnalysisEngineFactory.createEngine(annotators));
        }
        this.cases = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < capacity; i++) {
            cases.add(JCasFactory.createJCas());
        }
    }

    /** How many articles may be in flight: submit no more before taking results back. */
    int capacity() {
        return capacity;
    }

    CompletableFuture<Outcome> submit(Article article) throws InterruptedException {
        JCas jcas = cases.take();
        return CompletableFuture.supplyAsync(() -> annotate(article, jcas), threads);
    }

    private Outcome annotate(Article article, JCas jcas) {
        AnalysisEngine engine = null;
        try {
            engine = engines.take();
            jcas.reset();
            ArticleCasInitializer.initialize(jcas, article);
            engine.process(jcas);
            return new Outcome(jcas, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(jcas, "interrupted");
        } catch (Exception | StackOverflowError e) {
            return new Outcome(jcas, "annotation failed: " + CorpusAnnotator.rootCause(e));
        } finally {
            if (engine != null) {
                engines.add(engine);
            }
        }
    }

    void release(JCas jcas) {
        cases.add(jcas);
    }

    @Override
    public void close() {
        threads.shutdownNow();
        engines.forEach(AnalysisEngine::destroy);
    }
}
