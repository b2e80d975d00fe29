package org.quotestance.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.eval.AttributionRows;
import org.quotestance.eval.QuoteEvaluator;
import org.quotestance.eval.SpeakerErrors;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.quote.AttributionCueTrainer;
import org.quotestance.quote.ContentBoundaryModel;
import org.quotestance.quote.ContentBoundaryTrainer;
import org.quotestance.quote.SourceTrainer;
import org.quotestance.write.AtomicFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = { "Trains the attribution cue, source and content boundary models (OpenNLP maxent) from gold",
            "attributions (--train); the pipeline with the new models is then scored on --dev, and on the held-out",
            "part of --train when --hold-out-every is given (every Nth training document is then left out of the fit).",
            "The same data and options give the same model bytes." })
final class TrainQuotesCommand implements Callable<Integer> {

    @Option(names = "--train", paramLabel = "FILE", defaultValue = "../shared/data/quotes/polnear-train.jsonl",
            description = "Gold attributions to fit on (default: ${DEFAULT-VALUE})")
    private Path train;

    @Option(names = "--dev", paramLabel = "FILE", description = "Gold attributions to score the new model on (never fitted)")
    private Path dev;

    @Option(names = { "-o", "--out" }, paramLabel = "FILE", required = true, description = "Cue model file to write")
    private Path out;

    @Option(names = "--source-out", paramLabel = "FILE", required = true,
            description = "Attribution source model file to write (which mention is the source)")
    private Path sourceOut;

    @Option(names = "--boundary-out", paramLabel = "FILE", required = true,
            description = "Content boundary model file to write")
    private Path boundaryOut;

    @Option(names = "--hold-out-every", paramLabel = "N", defaultValue = "0",
            description = "Leave every Nth training document out of the fit and score on those (0: fit on all)")
    private int holdOutEvery;

    @Option(names = "--figures", paramLabel = "FILE", description = "Also write the dev and held-out figures as JSON here")
    private Path figuresFile;

    @Option(names = "--min-cue-count", paramLabel = "N",
            description = "A candidate cue word was a cue at least N times in the training data (default: ${DEFAULT-VALUE})")
    private int minCueCount = AttributionCueTrainer.Settings.DEFAULT.minCueCount();

    @Option(names = "--min-cue-rate", paramLabel = "R",
            description = "A candidate cue word was a cue in at least this share of its training occurrences (default: ${DEFAULT-VALUE})")
    private double minCueRate = AttributionCueTrainer.Settings.DEFAULT.minCueRate();

    @Option(names = "--cue-cutoff", paramLabel = "N",
            description = "The cue model keeps features seen at least N times (default: ${DEFAULT-VALUE})")
    private int cueCutoff = AttributionCueTrainer.Settings.DEFAULT.cutoff();

    @Option(names = "--cue-iterations", paramLabel = "N",
            description = "GIS iterations of the cue model (default: ${DEFAULT-VALUE})")
    private int cueIterations = AttributionCueTrainer.Settings.DEFAULT.iterations();

    @Option(names = "--speaker-errors", paramLabel = "FILE",
            description = "Also write every scored speaker of the held-out part as CSV here, by kind (as eval quotes"
                + " --speaker-errors does; it quotes the gold text: keep it out of the repository)")
    private Path speakerErrors;

    @Option(names = "--rows", paramLabel = "FILE",
            description = "Also write every found and gold attribution of the held-out part as CSV here, with the annotator"
                + " that made each found one (as eval quotes --rows does; for scripts/attribution-gap.py)")
    private Path rows;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also write the held-out figures as a Markdown table here (used for the README)")
    private Path markdown;

    @Override
    public Integer call() throws Exception {
        AttributionCueTrainer trainer = new AttributionCueTrainer(new AttributionCueTrainer.Settings(
                minCueCount, minCueRate, cueIterations, cueCutoff));
        byte[] model = trainer.trainBytes(train, this::isFitted);
        AtomicFile.write(out, model);
        System.out.printf("wrote %s (%,d bytes)%n", out, model.length);
        byte[] sources = new SourceTrainer(SourceTrainer.Settings.DEFAULT).trainBytes(train, this::isFitted);
        AtomicFile.write(sourceOut, sources);
        System.out.printf("wrote %s (%,d bytes)%n", sourceOut, sources.length);
        byte[] boundaryBytes = new ContentBoundaryTrainer(ContentBoundaryTrainer.Settings.DEFAULT)
                .trainBytes(train, this::isFitted);
        ContentBoundaryModel boundaries = ContentBoundaryModel.read(new ByteArrayInputStream(boundaryBytes));
        AtomicFile.write(boundaryOut, boundaryBytes);
        System.out.printf("wrote %s (%,d bytes)%n", boundaryOut, boundaryBytes.length);
        Map<String, Object> figures = new LinkedHashMap<>();
        if (dev != null) {
            Map<String, Object> devFigures = score(dev);
            devFigures.putAll(ContentBoundaryTrainer.accuracy(boundaries, dev, d -> true));
            figures.put("dev", devFigures);
        }
        if (holdOutEvery > 0) {
            Path heldOut = Files.createTempFile("quotestance-held-out", ".jsonl");
            try {
                writeHeldOut(heldOut);
                Map<String, Object> heldOutFigures = score(heldOut);
                if (speakerErrors != null) {
                    SpeakerErrors.write(heldOut, speakerErrors, withTrainedModels())
                            .forEach((k, v) -> System.out.printf("%-16s %-40s %d%n", "held_out_errors", k, v));
                }
                if (rows != null) {
                    AttributionRows.write(heldOut, rows, withTrainedModels());
                }
                heldOutFigures.putAll(ContentBoundaryTrainer.accuracy(boundaries, heldOut, d -> true));
                figures.put("held_out_train", heldOutFigures);
                if (markdown != null) {
                    String table = FigureTable.markdown("quotes", train.getFileName() + ", every " + holdOutEvery
                            + "th article, held out of the fit", heldOutFigures);
                    AtomicFile.write(markdown, table.getBytes(StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(heldOut);
            }
        }
        figures.forEach((set, values) -> ((Map<?, ?>) values)
                .forEach((k, v) -> System.out.printf("%-16s %-40s %s%n", set, k, v)));
        if (figuresFile != null) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            AtomicFile.write(figuresFile, (json.writeValueAsString(figures) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    private boolean isFitted(int document) {
        return holdOutEvery <= 0 || document % holdOutEvery != holdOutEvery - 1;
    }

    private Map<String, Object> score(Path gold) throws Exception {
        return QuoteEvaluator.evaluate(gold, PipelineFactory.aggregate(withTrainedModels()));
    }

    /** The pipeline's annotators, with the models just written in place of the shipped ones. */
    private List<AnalysisEngineDescription> withTrainedModels() throws ResourceInitializationException {
        return QuoteModels.annotators(out, sourceOut, boundaryOut);
    }

    private void writeHeldOut(Path heldOut) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(train, StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(heldOut, StandardCharsets.UTF_8)) {
            int document = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                document++;
                if (!isFitted(document)) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
    }
}
