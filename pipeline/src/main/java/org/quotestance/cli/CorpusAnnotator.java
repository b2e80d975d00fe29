package org.quotestance.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleDecoder;
import org.quotestance.io.ArticleSource;
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

/**
 * Runs the pipeline over a folder of articles into a corpus folder. A file that cannot be read or
 * annotated is recorded with its reason and the run goes on; the report lists it.
 */
public final class CorpusAnnotator {

    private final long maxBytes;
    private final int threads;
    private Set<ExportFormat> formats = ExportFormat.all();
    private Path evalResults = Path.of("eval-results");
    private List<EngineSpec> extraEngines = List.of();
    private Path speakers;

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

    /** The user's registry of speakers (CSV: id, name, aliases, optional external_id) that pins ids; null for none. */
    public CorpusAnnotator speakers(Path registry) {
        this.speakers = registry;
        return this;
    }

    /** A pending article: its file, and its annotation (done or under way), or why it could not be read. */
    private record Pending(Path file, CompletableFuture<AnnotationWorkers.Outcome> outcome) {
    }

    /**
     * Annotates {@code input} into {@code corpus}; {@code progress} is told of each file as it is done.
     * Articles are annotated (and their XMI written) in parallel; the corpus tables take them one at a
     * time in file order, so the output is the same whatever the number of threads.
     */
    public RunReport run(Path input, Path corpus, Consumer<Path> progress)
            throws IOException, UIMAException, InterruptedException {
        ArticleSource source = ArticleSource.open(input, maxBytes);
        createFolder(corpus);
        if (!Files.isWritable(corpus)) {
            throw new IOException("output folder is not writable: " + corpus);
        }
        RunReport report = new RunReport();
        report.input = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        report.filesFound = source.files().size();
        report.failures.addAll(source.metadataFailures());

        ExportOptions options = new ExportOptions(corpus, formats, evalResults, Version.get());
        Path corpusNames = Files.createTempFile(corpus, ".corpus-names", ".tmp");
        try {
            gatherNames(source).write(corpusNames);
            annotate(source, corpus, options, corpusNames, report, progress);
        } finally {
            Files.deleteIfExists(corpusNames);
        }
        report.outputs.addAll(outputs());
        report.write(corpus.resolve("run-report.json"));
        return report;
    }

    /**
     * The first pass: the full names of every readable article (a file that cannot be read is reported by the
     * second pass), one article in memory at a time.
     */
    private static CorpusNames gatherNames(ArticleSource source) {
        CorpusNames names = new CorpusNames();
        for (Path file : source.files()) {
            try {
                Article article = source.read(file);
                names.addDocument(article.text(), article.metadata().date());
            } catch (IOException | ArticleDecoder.InvalidArticleException e) {
                // the annotating pass reads it again and reports why it failed
            }
        }
        return names.complete();
    }

    private void annotate(ArticleSource source, Path corpus, ExportOptions options, Path corpusNames,
            RunReport report, Consumer<Path> progress) throws UIMAException, InterruptedException {
        List<AnalysisEngineDescription> perDocument = new ArrayList<>(PipelineFactory.annotators(corpusNames, speakers));
        List<AnalysisEngineDescription> inOrder = new ArrayList<>(PipelineFactory.descriptions(extraEngines));
        // with extra engines, XMI is written after them, in the ordered stage, so it holds their annotations
        (extraEngines.isEmpty() ? perDocument : inOrder).addAll(PipelineFactory.documentWriters(options));
        inOrder.addAll(PipelineFactory.corpusWriters(options));
        AnalysisEngine writers = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(inOrder));
        try (AnnotationWorkers workers = new AnnotationWorkers(PipelineFactory.aggregate(perDocument), threads)) {
            Deque<Pending> inFlight = new ArrayDeque<>();
            for (Path file : source.files()) {
                inFlight.add(new Pending(file, submit(source, file, workers)));
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

    private static CompletableFuture<AnnotationWorkers.Outcome> submit(ArticleSource source, Path file,
            AnnotationWorkers workers) throws InterruptedException {
        try {
            return workers.submit(source.read(file));
        } catch (IOException | ArticleDecoder.InvalidArticleException e) {
            return CompletableFuture.completedFuture(new AnnotationWorkers.Outcome(null, e.getMessage()));
        }
    }

    private static void write(Pending pending, AnalysisEngine writers, AnnotationWorkers workers, RunReport report,
            Consumer<Path> progress) throws InterruptedException {
        String name = pending.file().getFileName().toString();
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
        progress.accept(pending.file());
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
