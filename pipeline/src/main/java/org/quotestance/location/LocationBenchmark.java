package org.quotestance.location;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.type.Location;

/**
 * Rerunnable speed and memory measurement of the location layer: gazetteer load time and heap,
 * then BreakIteratorSegmenter + LocationAnnotator over every .txt file under a folder (one warm-up
 * pass, one measured pass, one thread). Argument: the folder (default: the BBC benchmark corpus
 * in ../shared/data/corpus/bbc). Run:
 * {@code java -Xmx1g -cp "pipeline/target/classes:pipeline/target/lib/*" org.quotestance.location.LocationBenchmark [FOLDER [--rules-only]]}
 * ({@code --rules-only}: without the learned models, to compare the two side by side)
 */
public final class LocationBenchmark {

    private LocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/corpus/bbc");
        List<String> texts = readTexts(folder);
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeap(runtime);
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.shared();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        long gazetteerHeapMb = (usedHeap(runtime) - heapBefore) >> 20;

        AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(BreakIteratorSegmenter.class);
        boolean rulesOnly = args.length > 1 && args[1].equals("--rules-only");
        AnalysisEngine annotator = rulesOnly
                ? AnalysisEngineFactory.createEngine(LocationAnnotator.class, LocationAnnotator.PARAM_TOPONYM_MODEL, "none",
                        LocationAnnotator.PARAM_RESOLUTION_MODEL, "none", LocationAnnotator.PARAM_USAGE_MODEL, "none")
                : AnalysisEngineFactory.createEngine(LocationAnnotator.class);
        JCas jcas = JCasFactory.createJCas();
        run(texts, jcas, segmenter, annotator);
        start = System.nanoTime();
        long locations = run(texts, jcas, segmenter, annotator);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("gazetteer: %d places, %d names, load %d ms, heap %d MB%n",
                gazetteer.placeCount(), gazetteer.nameCount(), loadMillis, gazetteerHeapMb);
        System.out.printf("%d documents in %.2f s: %.0f docs/s (segmenter + locations%s, 1 thread), "
                + "%.1f locations/doc, heap in use %d MB of max %d MB%n", texts.size(), seconds,
                texts.size() / seconds, rulesOnly ? " without models" : "", (double) locations / texts.size(), usedHeap(runtime) >> 20,
                runtime.maxMemory() >> 20);
    }

    private static long run(List<String> texts, JCas jcas, AnalysisEngine... engines) throws Exception {
        long locations = 0;
        for (String text : texts) {
            jcas.reset();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("en");
            for (AnalysisEngine engine : engines) {
                engine.process(jcas);
            }
            locations += JCasUtil.select(jcas, Location.class).size();
        }
        return locations;
    }

    private static List<String> readTexts(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static long usedHeap(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
