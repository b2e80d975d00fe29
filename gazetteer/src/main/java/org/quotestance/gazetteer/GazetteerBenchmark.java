package org.quotestance.gazetteer;

import java.io.IOException;
import java.io.InputStream;

/**
 * Rerunnable measurement of the bundled index: load time and retained heap, then lookup speed.
 * Run: {@code java -cp gazetteer/target/classes org.quotestance.gazetteer.GazetteerBenchmark}.
 */
public final class GazetteerBenchmark {

    private GazetteerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeap(runtime);
        long start = System.nanoTime();
        Gazetteer gazetteer;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            gazetteer = Gazetteer.readCompact(in, Gazetteer.RESOURCE);
        }
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long heapMb = (usedHeap(runtime) - heapBefore) / (1024 * 1024);

        String[] probes = {"paris", "georgia", "nagorno karabakh", "xankandi", "the", "new york", "fuzuli"};
        int lookups = 1_000_000;
        long found = 0;
        start = System.nanoTime();
        for (int i = 0; i < lookups; i++) {
            found += gazetteer.lookup(probes[i % probes.length]).size();
        }
        double nanosPerLookup = (System.nanoTime() - start) / (double) lookups;
        System.out.printf("places=%d names=%d load_ms=%d heap_mb=%d lookup_ns=%.0f (checksum %d)%n",
                gazetteer.placeCount(), gazetteer.nameCount(), loadMillis, heapMb, nanosPerLookup, found);
    }

    private static long usedHeap(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
