package org.quotestance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.quotestance.io.InputFailure;
import org.quotestance.pipeline.ExportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Writes the corpus exports (CSV tables, JSONL, CoNLL, corpus browser, dataset card, Croissant) "
                    + "from a folder of XMI files, ours or curated in INCEpTION (UIMA CAS XMI) or with "
                    + "DKPro Cassis, without annotating again. Type systems in the folder (TypeSystem.xml) "
                    + "are merged with ours; annotations of unknown types are skipped.",
            "",
            "Exit code: 0 when every file was exported, 1 when some failed (listed in run-report.json and on "
                    + "stderr), 2 when the run could not start." })
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "XMI_DIR", description = "Folder of .xmi files (searched recursively)")
    private Path input;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", required = true, description = "Corpus folder to write")
    private Path out;

    @Option(names = "--formats", paramLabel = "LIST", defaultValue = "csv,jsonl,conll,site,graph,datasheet",
            description = "Formats to write, a comma list of csv, jsonl, conll, site, graph, datasheet "
                    + "(README.md + croissant.json) (default: ${DEFAULT-VALUE})")
    private String formats;

    @Option(names = "--eval-results", paramLabel = "DIR", defaultValue = "eval-results",
            description = "Folder of the eval command's JSON figures that the dataset card quotes "
                    + "(default: ${DEFAULT-VALUE})")
    private Path evalResults;

    @Override
    public Integer call() throws Exception {
        RunReport report = new CorpusExporter(ExportFormat.parse(formats), evalResults).run(input, out);
        PrintWriter err = spec.commandLine().getErr();
        for (InputFailure failure : report.failures) {
            err.println("failed: " + failure.file() + ": " + failure.reason());
        }
        err.printf("exported %d of %d XMI files into %s: %s%n", report.documentsAnnotated, report.filesFound, out,
                report.counts);
        return report.failures.isEmpty() ? 0 : 1;
    }
}
