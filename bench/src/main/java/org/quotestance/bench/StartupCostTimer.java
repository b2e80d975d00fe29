package org.quotestance.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quotestance.quote.AttributionCueModel;
import org.quotestance.quote.ContentBoundaryModel;
import org.quotestance.quote.SourceModel;
import org.quotestance.speaker.CorpusNames;

/**
 * CPU time (of this thread) of the pieces of work a user's run does before its first document is annotated:
 * reading the shipped content-boundary, attribution-cue and attribution-source models, and the speakers' first
 * pass over a folder's {@code .txt} articles ({@link CorpusNames#scan}), cold and then twice warm. Run it in a
 * fresh JVM per round with the launcher's options ({@code bench/startup-cost.sh} does); thread CPU time is
 * disturbed less than wall time by a loaded machine. Appends one CSV row per piece to CSV_FILE (the header first
 * when the file is new or empty): round, piece, documents, cpu_ms, retained_kib (for a model: the heap in use
 * after full collections with the model held, less that before it was read, which is what the collector copies
 * out of the young generation at start-up).
 *
 * <pre>StartupCostTimer INPUT_DIR CSV_FILE ROUND</pre>
 */
public final class StartupCostTimer {

    private static final String[] HEADER = {"round", "piece", "documents", "cpu_ms", "retained_kib"};

    private StartupCostTimer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: StartupCostTimer INPUT_DIR CSV_FILE ROUND");
            System.exit(2);
        }
        Path csv = Path.of(args[1]);
        String round = args[2];
        boolean fresh = !Files.exists(csv) || Files.size(csv) == 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            if (fresh) {
                printer.printRecord((Object[]) HEADER);
            }
            time(Path.of(args[0]), round, printer);
        }
    }

    private static void time(Path inputDir, String round, CSVPrinter printer) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        readModel(threads, round, printer, "content-boundary model read", ContentBoundaryModel::loadDefault);
        readModel(threads, round, printer, "attribution-cue model read", AttributionCueModel::loadDefault);
        readModel(threads, round, printer, "attribution-source model read", SourceModel::loadDefault);
        List<String> texts = readTexts(inputDir);
        for (String pass : List.of("names pass, cold", "names pass, warm", "names pass, warm again")) {
            CorpusNames names = new CorpusNames();
            long start = threads.getCurrentThreadCpuTime();
            for (String text : texts) {
                // a new string per scan, as every article is read anew: no scan is handed one it has seen
                names.scan(new String(text), "");
            }
            printer.printRecord(round, pass, texts.size(), millis(threads.getCurrentThreadCpuTime() - start), "");
        }
    }

    private static void readModel(ThreadMXBean threads, String round, CSVPrinter printer, String piece,
            Supplier<?> read) throws IOException {
        long heapBefore = heapAfterCollection();
        long start = threads.getCurrentThreadCpuTime();
        Object model = read.get();
        long nanos = threads.getCurrentThreadCpuTime() - start;
        long retained = heapAfterCollection() - heapBefore;
        printer.printRecord(round, piece, 0, millis(nanos), retained / 1024);
        Reference.reachabilityFence(model);
    }

    private static List<String> readTexts(Path inputDir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(inputDir)) {
            for (Path file : files.sorted().toList()) {
                if (file.getFileName().toString().endsWith(".txt")) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    /**
     * The heap in use after full collections, repeated until it stops shrinking: what one collection leaves
     * (objects a finaliser or cleaner still held) would otherwise be charged to the next model read.
     */
    private static long heapAfterCollection() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
