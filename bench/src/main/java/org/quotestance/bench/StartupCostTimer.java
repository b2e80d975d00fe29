package org.quotestance.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.quotestance.quote.AttributionCueModel;
import org.quotestance.quote.ContentBoundaryModel;
import org.quotestance.quote.SourceModel;
import org.quotestance.speaker.CorpusNames;

/**
 * CPU time (of this thread) of the pieces of work a user's run does before its first document is annotated:
 * reading the shipped content-boundary, attribution-cue and attribution-source models, and the speakers' first pass over a folder's {@code .txt}
 * articles ({@link CorpusNames#scan}), cold and then twice warm. Run it in a fresh JVM with the launcher's
 * options ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}) and interleave runs of two builds to compare them;
 * thread CPU time is disturbed less than wall time by a loaded machine. Prints CSV: piece, documents, cpu_ms,
 * retained_kib (for a model: the heap in use after a full collection with the model held, less that before it
 * was read, which is what the collector copies out of the young generation at start-up).
 *
 * <pre>StartupCostTimer INPUT_DIR</pre>
 */
public final class StartupCostTimer {

    private StartupCostTimer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: StartupCostTimer INPUT_DIR");
            System.exit(2);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("piece,documents,cpu_ms,retained_kib");
        readModel(threads, "content-boundary model read", ContentBoundaryModel::loadDefault);
        readModel(threads, "attribution-cue model read", AttributionCueModel::loadDefault);
        readModel(threads, "attribution-source model read", SourceModel::loadDefault);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                if (file.getFileName().toString().endsWith(".txt")) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        long start;
        for (String round : List.of("names pass, cold", "names pass, warm", "names pass, warm again")) {
            start = threads.getCurrentThreadCpuTime();
            for (String text : texts) {
                // a new string per scan, as every article is read anew: no scan is handed one it has seen
                CorpusNames.scan(new String(text), "");
            }
            print(round, texts.size(), threads.getCurrentThreadCpuTime() - start, "");
        }
    }

    private static void readModel(ThreadMXBean threads, String piece, Supplier<?> read) {
        long heapBefore = heapAfterCollection();
        long start = threads.getCurrentThreadCpuTime();
        Object model = read.get();
        long nanos = threads.getCurrentThreadCpuTime() - start;
        long retained = heapAfterCollection() - heapBefore;
        print(piece, 0, nanos, String.valueOf(retained / 1024));
        Reference.reachabilityFence(model);
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

    private static void print(String piece, int documents, long nanos, String retainedKib) {
        System.out.printf(Locale.ROOT, "%s,%d,%.0f,%s%n", piece, documents, nanos / 1e6, retainedKib);
    }
}
