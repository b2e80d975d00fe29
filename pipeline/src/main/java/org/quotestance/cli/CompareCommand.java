package org.quotestance.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.quotestance.eval.CorpusAnnotations;
import org.quotestance.eval.CorpusComparison;
import org.quotestance.eval.FigureJson;
import org.quotestance.io.InputFailure;
import org.quotestance.write.AtomicFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {
            "Scores one annotated corpus against another: a curated gold against the tool, or two annotators. "
                    + "Each folder is a corpus (xmi/ or csv/ inside), a folder of XMI files or a folder of "
                    + "the CSV tables; XMI is read when present.",
            "Per layer (quotes, locations, stances): precision, recall and F1, exact and overlapping; on "
                    + "matched spans: quote type, place usage and stance polarity agreement with Cohen's kappa, "
                    + "speaker accuracy, GeoNames id agreement, Acc@161 and mean error.",
            "",
            "Exit code: 0, or 1 when some files or rows could not be read (they are listed), 2 when the "
                    + "comparison could not start." })
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The reference corpus folder")
    private Path gold;

    @Parameters(index = "1", paramLabel = "PRED", description = "The corpus folder to score")
    private Path predicted;

    @Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "Also write the figures as JSON here")
    private Path out;

    @Override
    public Integer call() throws Exception {
        CorpusAnnotations goldAnnotations = CorpusAnnotations.read(gold);
        CorpusAnnotations predictedAnnotations = CorpusAnnotations.read(predicted);
        Map<String, Object> figures = CorpusComparison.compare(goldAnnotations, predictedAnnotations);
        PrintWriter err = spec.commandLine().getErr();
        int failures = report(err, gold, goldAnnotations) + report(err, predicted, predictedAnnotations);
        spec.commandLine().getOut().print(ComparisonTable.markdown(figures));
        spec.commandLine().getOut().flush();
        if (out != null) {
            AtomicFile.write(out, FigureJson.format(figures).getBytes(StandardCharsets.UTF_8));
        }
        return failures == 0 ? 0 : 1;
    }

    private static int report(PrintWriter err, Path folder, CorpusAnnotations annotations) {
        err.printf("%s: %d documents read from %s%n", folder, annotations.documents().size(), annotations.source());
        annotations.notes().forEach(note -> err.println("note: " + note));
        List<InputFailure> failures = annotations.failures();
        failures.forEach(f -> err.println("failed: " + folder.resolve(f.file()) + ": " + f.reason()));
        return failures.size();
    }
}
