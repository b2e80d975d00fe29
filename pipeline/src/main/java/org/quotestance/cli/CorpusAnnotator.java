package org.quotestance.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleDecoder;
import org.quotestance.io.ArticleSource;
import org.quotestance.io.InputFailure;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;

/**
 * Runs the pipeline over a folder of articles into a corpus folder. A file that cannot be read or
 * annotated is recorded with its reason and the run goes on; the report lists it.
 */
public final class CorpusAnnotator {

    private final long maxBytes;

    public CorpusAnnotator(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Annotates {@code input} into {@code corpus}; {@code progress} is told of each file as it is done. */
    public RunReport run(Path input, Path corpus, Consumer<Path> progress) throws IOException, UIMAException {
        ArticleSource source = ArticleSource.open(input, maxBytes);
        createFolder(corpus);
        if (!Files.isWritable(corpus)) {
            throw new IOException("output folder is not writable: " + corpus);
        }
        RunReport report = new RunReport();
        report.input = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        report.filesFound = source.files().size();
        report.failures.addAll(source.metadataFailures());

        List<AnalysisEngineDescription> steps = new ArrayList<>(PipelineFactory.annotators());
        steps.addAll(PipelineFactory.writers(corpus));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
        JCas jcas = JCasFactory.createJCas();
        try {
            for (Path file : source.files()) {
                annotate(source, file, engine, jcas, report);
                progress.accept(file);
            }
            engine.collectionProcessComplete();
        } finally {
            engine.destroy();
        }
        report.outputs.addAll(List.of("xmi/", "csv/", "run-report.json"));
        report.write(corpus.resolve("run-report.json"));
        return report;
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

    private static void annotate(ArticleSource source, Path file, AnalysisEngine engine, JCas jcas,
            RunReport report) {
        String name = file.getFileName().toString();
        Article article;
        try {
            article = source.read(file);
        } catch (IOException | ArticleDecoder.InvalidArticleException e) {
            report.failures.add(new InputFailure(name, e.getMessage()));
            return;
        }
        jcas.reset();
        ArticleCasInitializer.initialize(jcas, article);
        try {
            engine.process(jcas);
        } catch (AnalysisEngineProcessException | RuntimeException e) {
            report.failures.add(new InputFailure(name, "annotation failed: " + rootCause(e)));
            return;
        }
        report.documentsAnnotated++;
        report.count("quotes", JCasUtil.select(jcas, Quote.class).size());
        for (Quote q : jcas.select(Quote.class)) {
            report.count("quotes_" + q.getQuoteType().toLowerCase(java.util.Locale.ROOT), 1);
        }
        report.count("speaker_mentions", JCasUtil.select(jcas, SpeakerMention.class).size());
        report.count("locations", JCasUtil.select(jcas, Location.class).size());
        report.count("stances", JCasUtil.select(jcas, Stance.class).size());
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
