package org.quotestance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.curation.CuratedAnnotationCompleter;
import org.quotestance.curation.LostEntityLinker;
import org.quotestance.curation.XmiFolder;
import org.quotestance.io.InputFailure;
import org.quotestance.pipeline.ExportFormat;
import org.quotestance.pipeline.ExportOptions;
import org.quotestance.pipeline.PipelineFactory;
import org.xml.sax.SAXException;

/**
 * Writes the corpus-wide exports (CSV, JSONL, CoNLL, site, dataset card, Croissant) of a folder of XMI
 * files, annotated by us and possibly curated since, without annotating again. The documents are taken
 * in path order, which for {@code annotate}'s {@code xmi/} folder is the order {@code annotate} wrote
 * them in, so unchanged XMI gives the same files. A file that does not load is reported and skipped.
 */
public final class CorpusExporter {

    private final Set<ExportFormat> formats;
    private final Path evalResults;

    /** {@code formats} must not contain XMI: the XMI files are the input. */
    public CorpusExporter(Set<ExportFormat> formats, Path evalResults) {
        if (formats.contains(ExportFormat.XMI)) {
            throw new IllegalArgumentException("export reads XMI and writes the other formats: leave xmi out of --formats");
        }
        this.formats = Set.copyOf(formats);
        this.evalResults = evalResults;
    }

    public RunReport run(Path xmiFolder, Path corpus) throws IOException, UIMAException {
        XmiFolder input = XmiFolder.open(xmiFolder);
        OutputFolder.createFolder(corpus);
        RunReport report = new RunReport();
        report.input = xmiFolder.getFileName() == null ? xmiFolder.toString() : xmiFolder.getFileName().toString();
        report.filesFound = input.files().size();

        List<AnalysisEngineDescription> steps = new ArrayList<>();
        steps.add(AnalysisEngineFactory.createEngineDescription(LostEntityLinker.class));
        steps.add(AnalysisEngineFactory.createEngineDescription(CuratedAnnotationCompleter.class));
        steps.addAll(PipelineFactory.corpusWriters(new ExportOptions(corpus, describedFormats(xmiFolder, corpus),
                evalResults, Version.get())));
        AnalysisEngine writers = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
        JCas jcas = input.newJCas();
        try {
            for (Path file : input.files()) {
                export(input, file, jcas, writers, report);
            }
            writers.collectionProcessComplete();
        } finally {
            writers.destroy();
        }
        report.outputs.addAll(CorpusAnnotator.outputs(formats));
        report.outputs.add("run-report.json");
        report.write(corpus.resolve("run-report.json"));
        return report;
    }

    /** The formats the dataset card lists: those written, and XMI when the input is the corpus's own xmi/. */
    private Set<ExportFormat> describedFormats(Path xmiFolder, Path corpus) throws IOException {
        Set<ExportFormat> described = EnumSet.noneOf(ExportFormat.class);
        described.addAll(formats);
        Path ownXmi = corpus.resolve("xmi");
        if (Files.isDirectory(ownXmi) && Files.isSameFile(ownXmi, xmiFolder)) {
            described.add(ExportFormat.XMI);
        }
        return described;
    }

    private static void export(XmiFolder input, Path file, JCas jcas, AnalysisEngine writers, RunReport report) {
        String name = input.relativeName(file);
        try {
            input.load(file, jcas);
        } catch (IOException | SAXException | RuntimeException e) {
            report.failures.add(new InputFailure(name, "not readable as XMI: " + CorpusAnnotator.rootCause(e)));
            return;
        }
        try {
            writers.process(jcas);
            report.documentsAnnotated++;
            RunReport.layerCounts(jcas).forEach(report::count);
        } catch (AnalysisEngineProcessException | RuntimeException e) {
            report.failures.add(new InputFailure(name, "writing failed: " + CorpusAnnotator.rootCause(e)));
        }
    }
}
