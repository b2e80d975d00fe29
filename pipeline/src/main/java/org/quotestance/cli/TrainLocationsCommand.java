package org.quotestance.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.quotestance.eval.LocationCrossValidation;
import org.quotestance.write.AtomicFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "locations", mixinStandardHelpOptions = true,
        description = { "Trains the location layer's models from gold data and writes their cross-validated figures:",
            "the toponym classifier, resolution ranker and usage classifier, k-fold cross-validated on",
            "the geoparsing dev sets",
            "(folds by document), then trained on all their documents." })
final class TrainLocationsCommand implements Callable<Integer> {

    static final List<String> GEO_SETS = List.of("geowebnews-dev.jsonl", "trnews-dev.jsonl", "lgl-dev.jsonl");

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}); its geo/ sets are read")
    private Path data;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE})")
    private int folds;

    @Option(names = "--models", paramLabel = "DIR",
            defaultValue = "pipeline/src/main/resources/org/quotestance/location",
            description = "Where to write toponym-, resolution- and usage-model.bin.gz, trained on all documents "
                    + "(default: ${DEFAULT-VALUE})")
    private Path models;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "eval-results/locations-cv.json",
            description = "Where to write the cross-validated figures (default: ${DEFAULT-VALUE})")
    private Path report;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also write the cross-validated figures as a Markdown table here (used for the README)")
    private Path markdown;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write the cross-validated recognition errors by kind, with examples, here (JSON)")
    private Path errors;

    @Option(names = "--resolution-errors", paramLabel = "FILE",
            description = { "Also write the cross-validated resolution errors (recognised gold toponyms more than",
                "161 km from ours), one CSV row each with its kind, here; their counts go to standard error" })
    private Path resolutionErrors;

    @Override
    public Integer call() throws Exception {
        List<Path> sets = GEO_SETS.stream().map(name -> data.resolve("geo").resolve(name)).toList();
        LocationCrossValidation.Result result = LocationCrossValidation.run(sets, folds);
        AtomicFile.write(models.resolve("toponym-model.bin.gz"), result.toponymModel());
        AtomicFile.write(models.resolve("resolution-model.bin.gz"), result.resolutionModel());
        AtomicFile.write(models.resolve("usage-model.bin.gz"), result.usageModel());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String figures = json.writeValueAsString(FigureTable.crossValidatedHeadline(result.figures())) + "\n";
        AtomicFile.write(report, figures.getBytes(StandardCharsets.UTF_8));
        System.out.print(figures);
        if (errors != null) {
            AtomicFile.write(errors, (json.writeValueAsString(result.errors()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (resolutionErrors != null) {
            AtomicFile.write(resolutionErrors, result.resolutionErrors().csv().getBytes(StandardCharsets.UTF_8));
            result.resolutionErrors().counts().forEach((kind, n) -> System.err.println(kind + "\t" + n));
        }
        if (markdown != null) {
            String table = FigureTable.crossValidatedMarkdown(result.figures(), folds);
            AtomicFile.write(markdown, table.getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }
}
