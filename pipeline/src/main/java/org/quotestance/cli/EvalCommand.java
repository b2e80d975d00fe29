package org.quotestance.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.quotestance.eval.AttributionRows;
import org.quotestance.eval.FigureJson;
import org.quotestance.eval.GeoEvaluator;
import org.quotestance.eval.MissedAttributions;
import org.quotestance.eval.QuoteEvaluator;
import org.quotestance.eval.SpeakerErrors;
import org.quotestance.eval.SpeakerLinkingEvaluator;
import org.quotestance.eval.StanceEvaluator;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.write.AtomicFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = { "Scores the pipeline against a gold JSON Lines file and prints the figures.",
            "TASK is quotes (span P/R/F1, type and speaker accuracy), locations (toponym P/R/F1,",
            "Acc@161 km, mean error, usage accuracy) or stance (polarity accuracy and macro-F1 toward",
            "gold targets, beside the majority-class and lexicon-only baselines), or speakers: corpus-level",
            "speaker linking measured on an annotated corpus folder given in place of GOLD (surname-only quotes",
            "left while the corpus names one person with that key; a sample of merged and unresolved cases",
            "written to --sample, whose verdict column gives the precision)." })
final class EvalCommand implements Callable<Integer> {

    enum Task { quotes, locations, stance, speakers }

    @Parameters(index = "0", paramLabel = "TASK", description = "One of: ${COMPLETION-CANDIDATES}")
    private Task task;

    @Parameters(index = "1", paramLabel = "GOLD", description = "Gold file (.jsonl), e.g. ../shared/data/quotes/polnear-dev.jsonl")
    private Path gold;

    @Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Also write the figures as JSON here")
    private Path out;

    @Option(names = "--sample", paramLabel = "FILE", defaultValue = "eval-results/speaker-linking-sample.csv",
            description = "speakers: the sample of linking decisions to judge (verdicts in it are kept) "
                    + "(default: ${DEFAULT-VALUE})")
    private Path sample;

    @Option(names = "--sample-corpus", paramLabel = "DIR",
            description = "speakers: another annotated corpus whose cases fill the sample up to 120 of each kind "
                    + "when the measured corpus has fewer (repeatable; its quotes are not counted)")
    private List<Path> sampleCorpora = new ArrayList<>();

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also write the headline figures as a Markdown table here (used for the README)")
    private Path markdown;

    @Option(names = "--speaker-errors", paramLabel = "FILE",
            description = "quotes: instead of the figures, write every scored speaker as CSV here and print the "
                    + "speaker errors by source (DIRECT, RULES, LEARNED) and kind")
    private Path speakerErrors;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "quotes: instead of the figures, write every missed gold attribution as CSV here (it quotes "
                    + "the gold text: keep it out of the repository) and print the misses by type and cue class")
    private Path misses;

    @Option(names = "--rows", paramLabel = "FILE",
            description = "quotes: instead of the figures, write every found and gold attribution as CSV here, with the "
                    + "annotator that made each found one and whether it overlaps (for scripts/attribution-gap.py)")
    private Path rows;

    @Option(names = "--cue-model", paramLabel = "FILE",
            description = "quotes: score with this attribution cue model (train quotes --out) instead of the shipped one")
    private Path cueModel;

    @Option(names = "--source-model", paramLabel = "FILE",
            description = "quotes: score with this attribution source model (train quotes --source-out)")
    private Path sourceModel;

    @Option(names = "--boundary-model", paramLabel = "FILE",
            description = "quotes: score with this content boundary model (train quotes --boundary-out)")
    private Path boundaryModel;

    @Option(names = "--min-cue-probability", paramLabel = "P",
            description = "quotes: the learned attribution annotator's cue threshold (minProbability) instead of its default")
    private Float minCueProbability;

    @Option(names = OrganisationPlaces.OPTION, paramLabel = "CONVENTION", defaultValue = "unmarked",
            description = "locations: " + OrganisationPlaces.HELP)
    private OrganisationPlaces organisationPlaces;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        if (task == Task.quotes && rows != null) {
            AttributionRows.write(gold, rows, QuoteModels.annotators(cueModel, sourceModel, boundaryModel, minCueProbability));
            return 0;
        }
        if (task == Task.quotes && misses != null) {
            MissedAttributions.write(gold, misses).forEach((k, v) -> System.out.printf("%-40s %d%n", k, v));
            return 0;
        }
        if (task == Task.quotes && speakerErrors != null) {
            SpeakerErrors.write(gold, speakerErrors).forEach((k, v) -> System.out.printf("%-40s %d%n", k, v));
            return 0;
        }
        Map<String, Object> figures = switch (task) {
            case quotes -> QuoteEvaluator.evaluate(gold,
                    PipelineFactory.aggregate(QuoteModels.annotators(cueModel, sourceModel, boundaryModel, minCueProbability)));
            case locations -> GeoEvaluator.evaluate(gold, PipelineFactory.aggregate(
                    PipelineFactory.organisationPlaces(PipelineFactory.annotators(), organisationPlaces.isMarked())));
            case stance -> StanceEvaluator.evaluate(gold);
            case speakers -> SpeakerLinkingEvaluator.evaluate(gold, sampleCorpora, sample);
        };
        figures.forEach((k, v) -> System.out.printf("%-40s %s%n", k, v));
        if (out != null) {
            AtomicFile.write(out, FigureJson.format(figures).getBytes(StandardCharsets.UTF_8));
        }
        if (markdown != null) {
            String table = FigureTable.markdown(task.name(), gold.getFileName().toString(), figures);
            AtomicFile.write(markdown, table.getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    /** Options that would otherwise be ignored without a word are refused, naming them. */
    private void checkOptions() {
        int listings = (rows != null ? 1 : 0) + (misses != null ? 1 : 0) + (speakerErrors != null ? 1 : 0);
        if (listings > 1) {
            throw new ParameterException(spec.commandLine(), "--rows, --misses and --speaker-errors: give one of them");
        }
        boolean models = cueModel != null || sourceModel != null || boundaryModel != null || minCueProbability != null;
        if (models && (task != Task.quotes || misses != null || speakerErrors != null)) {
            throw new ParameterException(spec.commandLine(), "--cue-model, --source-model, --boundary-model and "
                    + "--min-cue-probability apply to the figures and --rows of eval quotes only");
        }
        if (organisationPlaces.isMarked() && task != Task.locations) {
            throw new ParameterException(spec.commandLine(), OrganisationPlaces.OPTION + " applies to eval locations only");
        }
        if (listings > 0 && task != Task.quotes) {
            throw new ParameterException(spec.commandLine(), "--rows, --misses and --speaker-errors apply to eval quotes only");
        }
    }
}
