package org.quotestance.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;

/**
 * Annotates articles on several threads: one engine instance per thread and a fixed pool of CASes,
 * so memory does not grow with the corpus. The caller takes results back in the order it submitted
 * them ({@link #await}) and must {@link #release} each CAS when it has written it. A document that
 * takes longer than the time budget is given up: its thread is interrupted and left to finish on its
 * own, its engines and CAS are thrown away and fresh ones take their place, so the run goes on. The
 * writers of one file per document (XMI) run on the same thread after the annotators, and only for a
 * document not given up: whichever of the thread and the budget's watch claims the document first
 * decides, so a document reported as over the budget never writes its file late.
 */
final class AnnotationWorkers implements AutoCloseable {

    /** A CAS holding an annotated (or reloaded) article, or the reason the article could not be annotated. */
    record Outcome(JCas jcas, String failure, boolean reloaded) {

        static Outcome failed(String failure) {
            return new Outcome(null, failure, false);
        }
    }

    /** An article being annotated. */
    static final class Task {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;
        /** Annotated within the budget; its files are being written (no longer watched for the budget). */
        private static final int WRITING = 4;

        private final AtomicInteger state = new AtomicInteger(WAITING);
        private final JCas jcas;
        private volatile CompletableFuture<Outcome> outcome;
        private volatile long startNanos;
        private volatile Thread thread;
        /** Set, under the task's lock, when its thread is done with it: a late interrupt must not reach the next task. */
        private boolean threadReleased;

        private Task(JCas jcas) {
            this.jcas = jcas;
        }

        static Task of(Outcome outcome) {
            Task task = new Task(null);
            task.outcome = CompletableFuture.completedFuture(outcome);
            task.state.set(DONE);
            return task;
        }
    }

    /**
     * CASes per thread. Results are taken back in order, so one slow article holds up the writer; with
     * a few CASes per thread the other threads keep annotating meanwhile instead of waiting for a free CAS.
     */
    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** How often a waiting caller looks for tasks over the budget. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** One thread's engines: the annotators, and the writers of one file per document (null for none). */
    private record Engines(AnalysisEngine annotators, AnalysisEngine writers) {

        void destroy() {
            annotators.destroy();
            if (writers != null) {
                writers.destroy();
            }
        }
    }

    private final AnalysisEngineDescription annotators;
    private final AnalysisEngineDescription writers;
    private final ExecutorService threads;
    private final BlockingQueue<Engines> engines;
    private final BlockingQueue<JCas> cases;
    private final int capacity;
    private final int threadCount;
    /** Engine sets built for the threads (not counting those that replace a set given up on). */
    private int enginesBuilt;
    private volatile boolean stopBuilding;
    private final Duration budget;
    /**
     * Tasks submitted and not yet taken back. Every one of them is watched for the budget, not only the one
     * awaited: threads take engines in no set order, so a stuck document may hold the only engine while the
     * awaited one waits for it.
     */
    private final Set<Task> inFlight = ConcurrentHashMap.newKeySet();

    AnnotationWorkers(AnalysisEngineDescription annotators, int threadCount, Duration budget) throws UIMAException {
        this(annotators, null, threadCount, budget);
    }

    /** {@code writers}: the engines that write one file per document, run after the annotators (null for none). */
    AnnotationWorkers(AnalysisEngineDescription annotators, AnalysisEngineDescription writers, int threadCount,
            Duration budget) throws UIMAException {
        this(annotators, writers, threadCount, budget, threadCount);
    }

    /**
     * Workers with the first thread's engines built, so that documents can be submitted at once; the other
     * threads' engines (models loaded again for each) are built by {@link #buildRemainingEngines()}, which the
     * caller runs on another thread while the first documents are annotated.
     */
    static AnnotationWorkers withFirstEngines(AnalysisEngineDescription annotators, AnalysisEngineDescription writers,
            int threadCount, Duration budget) throws UIMAException {
        return new AnnotationWorkers(annotators, writers, threadCount, budget, 1);
    }

    private AnnotationWorkers(AnalysisEngineDescription annotators, AnalysisEngineDescription writers,
            int threadCount, Duration budget, int enginesNow) throws UIMAException {
        this.annotators = annotators;
        this.writers = writers;
        this.budget = budget;
        this.threadCount = threadCount;
        this.capacity = IN_FLIGHT_PER_THREAD * threadCount;
        // not a fixed pool: a thread given up on keeps running until its document is done
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "annotator");
            t.setDaemon(true);
            return t;
        });
        this.engines = new ArrayBlockingQueue<>(threadCount);
        for (int i = 0; i < enginesNow; i++) {
            engines.add(newEngines());
        }
        this.enginesBuilt = enginesNow;
        this.cases = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < capacity; i++) {
            cases.add(ReusedCases.create());
        }
    }

    /** Builds the engines of the threads that have none yet, handing each set to the pool as soon as it is ready. */
    void buildRemainingEngines() throws UIMAException {
        while (enginesBuilt < threadCount && !stopBuilding) {
            engines.add(newEngines());
            enginesBuilt++;
        }
    }

    /** No more engines are needed (every document is annotated): the builder stops after the set it is building. */
    void stopBuilding() {
        stopBuilding = true;
    }

    /** How many articles may be in flight: submit no more before taking results back. */
    int capacity() {
        return capacity;
    }

    Task submit(Article article) throws InterruptedException {
        Task task = new Task(cases.take());
        inFlight.add(task);
        task.outcome = CompletableFuture.supplyAsync(() -> annotate(article, task), threads);
        return task;
    }

    /** Reads back the XMI file an earlier, interrupted run wrote for an article, instead of annotating it. */
    Task reload(Path xmi) throws InterruptedException {
        Task task = new Task(cases.take());
        task.outcome = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(xmi)) {
                task.jcas.reset();
                CasIOUtils.load(in, task.jcas.getCas());
                return new Outcome(task.jcas, null, true);
            } catch (Exception e) {
                return new Outcome(task.jcas, "reading " + xmi.getFileName() + " back failed: "
                        + CorpusAnnotator.rootCause(e), false);
            } finally {
                task.state.set(Task.DONE);
            }
        }, threads);
        return task;
    }

    /** Synchronized: the remaining threads' engines may still be being built when one given up on is replaced. */
    private synchronized Engines newEngines() throws UIMAException {
        return new Engines(UntracedEngines.create(annotators),
                writers == null ? null : UntracedEngines.create(writers));
    }

    private Outcome annotate(Article article, Task task) {
        Engines engine = null;
        try {
            engine = engines.take();
            task.thread = Thread.currentThread();
            task.startNanos = System.nanoTime();
            task.state.set(Task.RUNNING);
            task.jcas.reset();
            ArticleCasInitializer.initialize(task.jcas, article);
            engine.annotators().process(task.jcas);
            if (!task.state.compareAndSet(Task.RUNNING, Task.WRITING)) {
                return Outcome.failed("given up");  // over the budget: reported as such, nothing written
            }
            if (engine.writers() != null) {
                engine.writers().process(task.jcas);
            }
            return new Outcome(task.jcas, null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(task.jcas, "interrupted", false);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(task.jcas, "annotation failed: " + CorpusAnnotator.rootCause(e), false);
        } finally {
            boolean givenUp = !task.state.compareAndSet(Task.RUNNING, Task.DONE)
                    && !task.state.compareAndSet(Task.WRITING, Task.DONE) && task.state.get() == Task.ABANDONED;
            if (givenUp) {
                synchronized (task) {
                    task.threadReleased = true;
                    Thread.interrupted(); // the budget's interrupt, if it came, was meant for this document only
                }
            }
            if (engine != null) {
                if (givenUp) {
                    engine.destroy();
                } else {
                    engines.add(engine);
                }
            }
        }
    }

    /**
     * The task's outcome once it is done, or a failure when its annotation runs over the time budget
     * (counted from when a thread took it up, not from when it was submitted).
     */
    Outcome await(Task task) throws InterruptedException {
        try {
            while (true) {
                if (task.state.get() == Task.ABANDONED) {
                    return Outcome.failed("time budget exceeded after " + seconds(budget) + " s");
                }
                try {
                    return task.outcome.get(POLL_NANOS, TimeUnit.NANOSECONDS);
                } catch (ExecutionException e) {
                    return Outcome.failed("annotation failed: " + CorpusAnnotator.rootCause(e));
                } catch (TimeoutException e) {
                    giveUpOverBudget();
                }
            }
        } finally {
            inFlight.remove(task);
        }
    }

    /** Gives up every running task over the budget, the awaited one or any other. */
    private void giveUpOverBudget() {
        long now = System.nanoTime();
        for (Task t : inFlight) {
            if (t.state.get() == Task.RUNNING && now - t.startNanos >= budget.toNanos()
                    && t.state.compareAndSet(Task.RUNNING, Task.ABANDONED)) {
                giveUp(t);
            }
        }
    }

    /** The task's thread keeps its engines and CAS; the pool gets new ones. */
    private void giveUp(Task task) {
        synchronized (task) {
            if (!task.threadReleased) {
                task.thread.interrupt();
            }
        }
        try {
            engines.add(newEngines());
            cases.add(ReusedCases.create());
        } catch (UIMAException e) {
            throw new IllegalStateException("cannot replace a worker given up on: " + e.getMessage(), e);
        }
    }

    static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    void release(JCas jcas) {
        cases.add(jcas);
    }

    @Override
    public void close() {
        threads.shutdownNow();
        engines.forEach(Engines::destroy);
    }
}
