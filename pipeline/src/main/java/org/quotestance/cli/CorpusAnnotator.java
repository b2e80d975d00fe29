package org.quotestance.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.ArticleDecoder;
import org.quotestance.io.ArticleEntry;
import org.quotestance.io.ArticleInput;
import org.quotestance.io.InputFailure;
import org.quotestance.pipeline.EngineSpec;
import org.quotestance.pipeline.ExportFormat;
import org.quotestance.pipeline.ExportOptions;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.write.ConllCorpusWriter;
import org.quotestance.write.CroissantWriter;
import org.quotestance.write.DatasheetWriter;
import org.quotestance.write.JsonlCorpusWriter;

/**
 * Runs the pipeline over an input ({@link ArticleInput}: a folder of articles, a JSONL or CSV collection)
 * into a corpus folder. An article that cannot be read or annotated is recorded with its reason and the
 * run goes on; the report lists it, and the files of the folder that were not read.
 */
public final class CorpusAnnotator {

    private final long maxBytes;
    private final int threads;
    private Set<ExportFormat> formats = ExportFormat.all();
    private Path evalResults = Path.of("eval-results");
    private List<EngineSpec> extraEngines = List.of();

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

    /** A pending article: its entry's name, and its annotation (done or under way), or why it could not be read. */
    private record Pending(String name, CompletableFuture<AnnotationWorkers.Outcome> outcome) {
    }

    /**
     * Annotates {@code input} into {@code corpus}; {@code progress} is told the name of each entry as it is done.
     * Articles are annotated (and their XMI written) in parallel; the corpus tables take them one at a
     * time in file order, so the output is the same whatever the number of threads.
     */
    public RunReport run(Path input, Path corpus, Consumer<String> progress)
            throws IOException, UIMAException, InterruptedException {
        ArticleInput source = ArticleInput.open(input, maxBytes);
        createFolder(corpus);
        if (!Files.isWritable(corpus)) {
            throw new IOException("output folder is not writable: " + corpus);
        }
        RunReport report = new RunReport();
        report.input = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        report.failures.addAll(source.problems());
        report.skipped.addAll(source.skipped());
        report.filesSkipped = source.skipped().size();

        ExportOptions options = new ExportOptions(corpus, formats, evalResults, Version.get());
        List<AnalysisEngineDescription> perDocument = new ArrayList<>(PipelineFactory.annotators());
        List<AnalysisEngineDescription> inOrder = new ArrayList<>(PipelineFactory.descriptions(extraEngines));
        // with extra engines, XMI is written after them, in the ordered stage, so it holds their annotations
        (extraEngines.isEmpty() ? perDocument : inOrder).addAll(PipelineFactory.documentWriters(options));
        inOrder.addAll(PipelineFactory.corpusWriters(options));
        AnalysisEngine writers = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(inOrder));
        try (AnnotationWorkers workers = new AnnotationWorkers(PipelineFactory.aggregate(perDocument), threads);
                Stream<ArticleEntry> entries = source.entries()) {
            Deque<Pending> inFlight = new ArrayDeque<>();
            for (Iterator<ArticleEntry> it = entries.iterator(); it.hasNext();) {
                ArticleEntry entry = it.next();
                report.filesFound++;
                inFlight.add(new Pending(entry.name(), submit(entry, workers)));
                if (inFlight.size() >= workers.capacity()) {
                    write(inFlight.poll(), writers, workers, report, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), writers, workers, report, progress);
            }
            writers.collectionProcessComplete();
        } finally {
            writers.destroy();
        }
        report.outputs.addAll(outputs());
        report.write(corpus.resolve("run-report.json"));
        return report;
    }

    private List<String> outputs() {
        List<String> outputs = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (formats.contains(format)) {
                outputs.addAll(switch (format) {
                    case XMI -> List.of("xmi/");
                    case CSV -> List.of("csv/");
                    case JSONL -> List.of(JsonlCorpusWriter.FILE);
                    case CONLL -> List.of(ConllCorpusWriter.FILE);
                    case SITE -> List.of("site/");
                    case DATASHEET -> List.of(DatasheetWriter.FILE, CroissantWriter.FILE);
                });
            }
        }
        outputs.add("run-report.json");
        return outputs;
    }

    private static CompletableFuture<AnnotationWorkers.Outcome> submit(ArticleEntry entry, AnnotationWorkers workers)
            throws InterruptedException {
        try {
            return workers.submit(entry.read());
        } catch (IOException | ArticleDecoder.InvalidArticleException e) {
            return CompletableFuture.completedFuture(new AnnotationWorkers.Outcome(null, e.getMessage()));
        }
    }

    private static void write(Pending pending, AnalysisEngine writers, AnnotationWorkers workers, RunReport report,
            Consumer<String> progress) throws InterruptedException {
        String name = pending.name();
        AnnotationWorkers.Outcome outcome;
        try {
            outcome = pending.outcome().get();
        } catch (ExecutionException e) {
            outcome = new AnnotationWorkers.Outcome(null, "annotation failed: " + rootCause(e));
        }
        JCas jcas = outcome.jcas();
        try {
            if (outcome.failure() != null) {
                report.failures.add(new InputFailure(name, outcome.failure()));
            } else {
                writers.process(jcas);
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

    /** Like {@link Files#createDirectories}, with a message that says why (the JDK's message is only the path). */
    private static void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot create output folder " + folder + ": permission denied on " + e.getFile(), e);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create output folder " + folder + ": " + e.getFile()
                    + " exists and is not a folder", e);
        } catch (IOException e) {
            throw new IOException("cannot create output folder " + folder + ": " + e, e);
        }
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
