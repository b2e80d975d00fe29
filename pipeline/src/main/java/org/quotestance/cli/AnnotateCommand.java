package org.quotestance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.quotestance.io.ArticleInput;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.io.ArticleSource;
import org.quotestance.io.InputFailure;
import org.quotestance.pipeline.EngineSpec;
import org.quotestance.pipeline.ExportFormat;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {
            "Annotates news articles (a folder of UTF-8 .txt files and .html pages, read recursively, with an "
                    + "optional metadata.csv; or one .jsonl or .csv file of articles) with quotes, "
                    + "speakers, locations and stance, and writes the corpus: XMI, CSV tables, JSONL and CoNLL "
                    + "training exports, a dataset card (README.md, croissant.json) and a run report.",
            "",
            "Exit code: 0 when every file was annotated, 1 when some files failed (they are listed in "
                    + "run-report.json and on stderr), 2 when the run could not start." })
final class AnnotateCommand implements Callable<Integer> {

    private static final int SKIPPED_SHOWN = 20;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Folder of .txt/.html articles (subfolders "
            + "included), or a .jsonl or .csv file with an article per line/row, e.g. seeds")
    private Path input;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "corpus",
            description = "Corpus folder to write (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleSource.DEFAULT_MAX_BYTES,
            description = "Skip (and report) files larger than this (default: ${DEFAULT-VALUE})")
    private long maxBytes;

    @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr")
    private boolean noProgress;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotate on N threads (default: the number of cores, here ${DEFAULT-VALUE}); "
                    + "the output is the same for any N")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--formats", paramLabel = "LIST", defaultValue = "xmi,csv,jsonl,conll,site,graph,datasheet",
            description = "Formats to write, a comma list of xmi, csv, jsonl, conll, site, graph (GraphML), datasheet "
                    + "(README.md + croissant.json) (default: ${DEFAULT-VALUE})")
    private String formats;

    @Option(names = "--eval-results", paramLabel = "DIR", defaultValue = "eval-results",
            description = "Folder of the eval command's JSON figures that the dataset card quotes; "
                    + "when it is absent the card says so (default: ${DEFAULT-VALUE})")
    private Path evalResults;

    @Option(names = "--extra-engine", paramLabel = "CLASS[,k=v...]",
            description = "An analysis engine of yours to run after ours and before the writers (repeatable), "
                    + "e.g. org.example.ClaimAnnotator; its types are found through "
                    + "META-INF/org.apache.uima.fit/types.txt on the class path")
    private List<String> extraEngines = new ArrayList<>();

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up a document whose annotation takes longer than this, report it and go on "
                    + "(default: ${DEFAULT-VALUE})")
    private double docTimeout;

    @Option(names = "--resume", description = "Continue the run an interruption left unfinished in --out's "
            + "hidden sibling .NAME.unfinished: documents with an XMI file there are read back, not annotated again")
    private boolean resume;

    @Option(names = "--speakers", paramLabel = "FILE",
            description = "Your registry of speakers, a CSV with the header id,name,aliases[,external_id] "
                    + "(aliases |-separated): a person named so gets your id, name and external id (e.g. a Wikidata QID)")
    private Path speakers;

    @Option(names = OrganisationPlaces.OPTION, paramLabel = "CONVENTION", defaultValue = "unmarked",
            description = OrganisationPlaces.HELP)
    private OrganisationPlaces organisationPlaces;

    @Override
    public Integer call() throws Exception {
        if (!(docTimeout > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--doc-timeout must be positive");
        }
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (speakers != null && !java.nio.file.Files.isRegularFile(speakers)) {
            // said before the first pass reads the whole input, not when the engines start
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--speakers: no such file: " + speakers);
        }
        Set<ExportFormat> selected = ExportFormat.parse(formats);
        loadPlaceIndexAside();
        List<EngineSpec> extras = extraEngines.stream().map(EngineSpec::parse).toList();
        long start = System.nanoTime();
        ArticleInput source = ArticleInput.open(input, maxBytes);
        int total = source.size();
        RunReport report;
        try (ProgressBar bar = progressBar(total)) {
            report = new CorpusAnnotator(maxBytes, threads).exports(selected, evalResults)
                    .extraEngines(extras).speakers(speakers)
                    .markOrganisationPlaces(organisationPlaces.isMarked()).docTimeout(Duration.ofMillis(Math.round(docTimeout * 1000)))
                    .resume(resume).run(source, input, out, file -> {
                if (bar != null) {
                    bar.step();
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The command line's error writer (System.err unless a caller such as a test redirects it).
        PrintWriter err = spec.commandLine().getErr();
        for (InputFailure failure : report.failures) {
            err.println("failed: " + failure.file() + ": " + failure.reason());
        }
        printSkipped(report, err);
        err.printf("annotated %d of %d articles in %.1f s into %s: %s%n", report.documentsAnnotated,
                report.filesFound, seconds, out, report.counts);
        return report.failures.isEmpty() ? 0 : 1;
    }

    /** Names the first skipped files; the run report lists them all. */
    private static void printSkipped(RunReport report, PrintWriter err) {
        report.skipped.stream().limit(SKIPPED_SHOWN)
                .forEach(s -> err.println("skipped: " + s.file() + ": " + s.reason()));
        if (report.filesSkipped > SKIPPED_SHOWN) {
            err.println("skipped: " + (report.filesSkipped - SKIPPED_SHOWN) + " more (run-report.json lists all "
                    + report.filesSkipped + ")");
        }
    }

    /**
     * The place index takes about a second of CPU to load, most of a cold start: a second thread loads it
     * while this one builds the pipeline, whose location engine then finds it loaded (or waits for it).
     */
    private static void loadPlaceIndexAside() {
        Thread loader = new Thread(Gazetteer::shared, "place-index-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private ProgressBar progressBar(int total) {
        if (noProgress || System.console() == null && total < 50) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("annotate").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).build();
    }
}
