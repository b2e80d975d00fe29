package org.quotestance.cli;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleDecoder;
import org.quotestance.io.ArticleEntry;
import org.quotestance.io.ArticleInput;
import org.quotestance.io.InputFailure;
import org.quotestance.pipeline.EngineSpec;
import org.quotestance.pipeline.ExportFormat;
import org.quotestance.pipeline.ExportOptions;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.speaker.CorpusNames;
import org.quotestance.write.ConllCorpusWriter;
import org.quotestance.write.CroissantWriter;
import org.quotestance.write.DatasheetWriter;
import org.quotestance.write.JsonlCorpusWriter;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Runs the pipeline over an input ({@link ArticleInput}: a folder of articles, a JSONL or CSV collection)
 * into a corpus folder. An article that cannot be read or annotated is recorded with its reason and the
 * run goes on; the report lists it, and the files of the folder that were not read.
 */
public final class CorpusAnnotator {

    /** The default time budget of one document's annotation. */
    public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(60);

    private final long maxBytes;
    private final int threads;
    private Set<ExportFormat> formats = ExportFormat.all();
    private Path evalResults = Path.of("eval-results");
    private List<EngineSpec> extraEngines = List.of();
    private List<EngineSpec> annotators;
    private Duration docTimeout = DEFAULT_DOC_TIMEOUT;
    private boolean resume;
    private Path speakers;
    private boolean markOrganisationPlaces;

    public CorpusAnnotator(long maxBytes, int threads) {
        this.maxBytes = maxBytes;
        this.threads = threads;
    }

    /** The formats to write (default: all) and the folder of evaluation figures the dataset card quotes. */
    public CorpusAnnotator exports(Set<ExportFormat> formats, Path evalResults) {
        this.formats = Set.copyOf(formats);
        this.evalResults = evalResults;
        return this;
    }

    /**
     * Engines of the user's to run after ours and before our writers. They run as one instance each, on
     * the documents in file order (an extra writer may write one corpus-wide file), and what they add
     * reaches every export, XMI included.
     */
    public CorpusAnnotator extraEngines(List<EngineSpec> engines) {
        this.extraEngines = List.copyOf(engines);
        return this;
    }

    /** The annotators run on every document, in place of the default pipeline ({@code default-pipeline.txt}). */
    public CorpusAnnotator annotators(List<EngineSpec> engines) {
        this.annotators = List.copyOf(engines);
        return this;
    }

    /** How long one document's annotation may take before it is given up and reported (default 60 s). */
    public CorpusAnnotator docTimeout(Duration timeout) {
        this.docTimeout = timeout;
        return this;
    }

    /** The user's registry of speakers (CSV: id, name, aliases, optional external_id) that pins ids; null for none. */
    public CorpusAnnotator speakers(Path registry) {
        this.speakers = registry;
        return this;
    }

    /** Whether the location engine marks places inside organisation names (default: not, GeoWebNews' convention). */
    public CorpusAnnotator markOrganisationPlaces(boolean marked) {
        this.markOrganisationPlaces = marked;
        return this;
    }

    /**
     * Continue the unfinished run of an earlier, interrupted invocation into the same folder: documents
     * whose XMI file it wrote are read back instead of annotated again.
     */
    public CorpusAnnotator resume(boolean resume) {
        this.resume = resume;
        return this;
    }

    /** A pending article: its entry's name, and its annotation (done or under way), or why it could not be read. */
    private record Pending(String name, AnnotationWorkers.Task task) {
    }

    /**
     * Annotates {@code input} into {@code corpus}; {@code progress} is told the name of each entry as it is done.
     * Articles are annotated (and their XMI written) in parallel; the corpus tables take them one at a
     * time in file order, so the output is the same whatever the number of threads. Everything is
     * written into an unfinished folder beside {@code corpus} that replaces it at the end
     * ({@link OutputFolder}).
     */
    public RunReport run(Path input, Path corpus, Consumer<String> progress)
            throws IOException, UIMAException, InterruptedException {
        return run(ArticleInput.open(input, maxBytes), input, corpus, progress);
    }

    /** As {@link #run(Path, Path, Consumer)}, on {@code input} already opened as {@code source}. */
    public RunReport run(ArticleInput source, Path input, Path corpus, Consumer<String> progress)
            throws IOException, UIMAException, InterruptedException {
        OutputFolder folder = OutputFolder.claim(corpus, resume);
        Path work = folder.work();
        RunReport report = new RunReport();
        report.input = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        report.failures.addAll(source.problems());
        report.skipped.addAll(source.skipped());
        report.filesSkipped = source.skipped().size();

        ExportOptions options = new ExportOptions(work, formats, evalResults, Version.get());
        Path corpusNames = work.resolve(OutputFolder.NAMES);
        // the engines are built (models and indexes loaded) while this thread gathers the names; the speaker
        // linker checks at start-up that the file exists and reads it with its first document
        if (!Files.exists(corpusNames)) {
            Files.createFile(corpusNames);
        }
        CompletableFuture<Engines> engines = new CompletableFuture<>();
        // the first thread's engines are handed over as soon as they are built; the other threads' are built
        // while it annotates the first documents
        CompletableFuture<Void> otherThreadsEngines = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            Engines built;
            try {
                built = engines(options, corpusNames);
            } catch (Throwable e) {
                engines.completeExceptionally(e);
                otherThreadsEngines.completeExceptionally(e);
                return;
            }
            engines.complete(built);
            try {
                built.workers().buildRemainingEngines();
                otherThreadsEngines.complete(null);
            } catch (Throwable e) {
                otherThreadsEngines.completeExceptionally(e);
            }
        }, "engine-builder");
        builder.setDaemon(true);
        builder.start();
        // beside the names file, so that the move below is one rename: the engine builder may be checking for it
        Path gathered = Files.createTempFile(work, OutputFolder.NAMES, ".tmp");
        try {
            gatherNames(source).write(gathered);
            // a resumed run reuses finished documents only when the input still gives the same names, since
            // every document's speaker ids depend on them
            boolean sameNames = Files.isRegularFile(corpusNames) && Files.mismatch(gathered, corpusNames) == -1;
            Files.move(gathered, corpusNames, StandardCopyOption.ATOMIC_MOVE);
            annotate(source, await(engines), folder, folder.resumed() && sameNames, report, progress);
        } finally {
            Files.deleteIfExists(gathered);
            if (engines.isDone() && !engines.isCompletedExceptionally()) {
                engines.join().workers().stopBuilding();
            }
            builder.join();
            if (!engines.isCompletedExceptionally()) {
                engines.join().destroy();
            }
        }
        warnIfEnginesFailed(otherThreadsEngines);
        report.outputs.addAll(outputs(formats));
        report.outputs.add(OutputFolder.REPORT);
        report.write(work.resolve(OutputFolder.REPORT));
        folder.commit();
        return report;
    }

    /**
     * The first pass: the full names of every readable article (an article that cannot be read is reported by
     * the second pass). No document is annotated before it ends, so the articles, read in order on this
     * thread, are scanned for names on {@code threads} threads, and their names counted in file order;
     * at most {@link #SCANS_IN_FLIGHT} articles per thread are in memory at a time.
     */
    private CorpusNames gatherNames(ArticleInput source) throws IOException, UIMAException, InterruptedException {
        CorpusNames names = new CorpusNames();
        ExecutorService scanners = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "name-scanner");
            t.setDaemon(true);
            return t;
        });
        try (Stream<ArticleEntry> entries = source.entries()) {
            Deque<Future<CorpusNames.Scan>> scans = new ArrayDeque<>();
            for (Iterator<ArticleEntry> it = entries.iterator(); it.hasNext();) {
                Article article = readForNames(it.next());
                if (article != null) {
                    scans.add(scanners.submit(() -> names.scan(article.text(), article.metadata().date())));
                }
                if (scans.size() >= SCANS_IN_FLIGHT * threads) {
                    names.add(await(scans.poll()));
                }
            }
            while (!scans.isEmpty()) {
                names.add(await(scans.poll()));
            }
        } finally {
            scanners.shutdownNow();
        }
        return names.complete();
    }

    private static final int SCANS_IN_FLIGHT = 16;

    /** The article, or null when it cannot be read: the annotating pass reads it again and reports why. */
    private static Article readForNames(ArticleEntry entry) {
        try {
            return entry.read();
        } catch (IOException | ArticleDecoder.InvalidArticleException e) {
            return null;
        }
    }

    /** The engines of a run: the annotating workers and the stage of engines that take the documents in order. */
    private record Engines(AnnotationWorkers workers, Stage stage) {

        void destroy() {
            workers.close();
            stage.engines().forEach(AnalysisEngine::destroy);
        }
    }

    private Engines engines(ExportOptions options, Path corpusNames) throws UIMAException {
        List<AnalysisEngineDescription> perDocument = annotators == null
                ? PipelineFactory.organisationPlaces(PipelineFactory.annotators(corpusNames, speakers),
                        markOrganisationPlaces)
                : PipelineFactory.descriptions(annotators);
        List<AnalysisEngineDescription> inOrder = new ArrayList<>(PipelineFactory.descriptions(extraEngines));
        List<AnalysisEngineDescription> documentWriters = PipelineFactory.documentWriters(options);
        // with extra engines, XMI is written after them, in the ordered stage, so it holds their annotations
        if (!extraEngines.isEmpty()) {
            inOrder.addAll(documentWriters);
            documentWriters = List.of();
        }
        Stage stage = new Stage(engine(inOrder), engine(PipelineFactory.corpusWriters(options)));
        AnnotationWorkers workers = AnnotationWorkers.withFirstEngines(PipelineFactory.aggregate(perDocument),
                documentWriters.isEmpty() ? null : PipelineFactory.aggregate(documentWriters), threads, docTimeout);
        return new Engines(workers, stage);
    }

    /**
     * Every document is annotated, so a thread whose engines could not be built (say, out of memory loading the
     * models again) costs speed, not the run: the output is kept and the reason said.
     */
    private static void warnIfEnginesFailed(CompletableFuture<Void> otherThreadsEngines) {
        if (otherThreadsEngines.isCompletedExceptionally()) {
            try {
                otherThreadsEngines.join();
            } catch (CompletionException e) {
                System.err.println("quotestance: annotated on fewer threads than asked; building the other threads' "
                        + "engines failed: " + e.getCause());
            }
        }
    }

    /** The future's value; a failure inside it is thrown as it was thrown there. */
    private static <T> T await(Future<T> future) throws UIMAException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UIMAException u) {
                throw u;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void annotate(ArticleInput source, Engines engines, OutputFolder folder, boolean reuseFinished,
            RunReport report, Consumer<String> progress) throws IOException, UIMAException, InterruptedException {
        AnnotationWorkers workers = engines.workers();
        Stage stage = engines.stage();
        Set<String> written = new HashSet<>();
        try (Stream<ArticleEntry> entries = source.entries()) {
            Deque<Pending> inFlight = new ArrayDeque<>();
            for (Iterator<ArticleEntry> it = entries.iterator(); it.hasNext();) {
                ArticleEntry entry = it.next();
                report.filesFound++;
                inFlight.add(new Pending(entry.name(), submit(entry, workers, folder, reuseFinished)));
                if (inFlight.size() >= workers.capacity()) {
                    write(inFlight.poll(), stage, workers, report, written, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), stage, workers, report, written, progress);
            }
            for (AnalysisEngine engine : stage.engines()) {
                engine.collectionProcessComplete();
            }
        }
        removeXmiOfOtherDocuments(folder.work(), written);
    }

    /**
     * The engines that take the documents in file order: the user's and the XMI writer after them (null
     * without extra engines), then the corpus writers (null when no corpus-wide format is chosen).
     */
    private record Stage(AnalysisEngine ordered, AnalysisEngine corpusWriters) {

        List<AnalysisEngine> engines() {
            return java.util.stream.Stream.of(ordered, corpusWriters).filter(java.util.Objects::nonNull).toList();
        }
    }

    private static AnalysisEngine engine(List<AnalysisEngineDescription> steps) throws UIMAException {
        return steps.isEmpty() ? null : UntracedEngines.create(PipelineFactory.aggregate(steps));
    }

    /**
     * A resumed run may find XMI files of documents this run did not annotate (their input is gone, or
     * failed this time): the corpus lists exactly the documents of this run.
     */
    private void removeXmiOfOtherDocuments(Path work, Set<String> written) throws IOException {
        Path xmi = work.resolve("xmi");
        if (!formats.contains(ExportFormat.XMI) || !Files.isDirectory(xmi)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(xmi, "*.xmi")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!written.contains(name.substring(0, name.length() - ".xmi".length()))) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The files and folders {@code formats} write, as the run report lists them. */
    static List<String> outputs(Set<ExportFormat> formats) {
        List<String> outputs = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (formats.contains(format)) {
                outputs.addAll(switch (format) {
                    case XMI -> List.of("xmi/");
                    case CSV -> List.of("csv/");
                    case JSONL -> List.of(JsonlCorpusWriter.FILE);
                    case CONLL -> List.of(ConllCorpusWriter.FILE);
                    case SITE -> List.of("site/");
                    case GRAPH -> List.of("graph/");
                    case DATASHEET -> List.of(DatasheetWriter.FILE, CroissantWriter.FILE);
                });
            }
        }
        return outputs;
    }

    private AnnotationWorkers.Task submit(ArticleEntry entry, AnnotationWorkers workers, OutputFolder folder,
            boolean reuseFinished)
            throws InterruptedException {
        try {
            Article article = entry.read();
            Path xmi = folder.work().resolve("xmi").resolve(article.docId() + ".xmi");
            if (reuseFinished && extraEngines.isEmpty() && Files.isRegularFile(xmi)) {
                return workers.reload(xmi);
            }
            return workers.submit(article);
        } catch (IOException | ArticleDecoder.InvalidArticleException e) {
            return AnnotationWorkers.Task.of(AnnotationWorkers.Outcome.failed(e.getMessage()));
        }
    }

    private static void write(Pending pending, Stage stage, AnnotationWorkers workers, RunReport report,
            Set<String> written, Consumer<String> progress) throws InterruptedException {
        String name = pending.name();
        AnnotationWorkers.Outcome outcome = workers.await(pending.task());
        JCas jcas = outcome.jcas();
        try {
            if (outcome.failure() != null) {
                report.failures.add(new InputFailure(name, outcome.failure()));
            } else {
                if (!outcome.reloaded() && stage.ordered() != null) {
                    stage.ordered().process(jcas);
                }
                if (stage.corpusWriters() != null) {
                    stage.corpusWriters().process(jcas);
                }
                written.add(DocumentMetaData.get(jcas).getDocumentId());
                count(jcas, report);
            }
        } catch (AnalysisEngineProcessException | RuntimeException e) {
            report.failures.add(new InputFailure(name, "writing failed: " + rootCause(e)));
        } finally {
            if (jcas != null) {
                workers.release(jcas);
            }
        }
        progress.accept(name);
    }

    private static void count(JCas jcas, RunReport report) {
        report.documentsAnnotated++;
        RunReport.layerCounts(jcas).forEach(report::count);
    }

    /** The innermost cause of {@code e}: its class and message, as the run report gives it. */
    public static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
