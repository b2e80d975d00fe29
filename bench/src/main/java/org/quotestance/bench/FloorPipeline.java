package org.quotestance.bench;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;

import org.apache.uima.fit.pipeline.SimplePipeline;
import org.dkpro.core.io.text.TextReader;
import org.dkpro.core.io.xmi.XmiWriter;
import org.dkpro.core.tokit.BreakIteratorSegmenter;

/**
 * The floor: the least a UIMA corpus tool does, built from DKPro Core's own parts and nothing of ours —
 * {@code TextReader} → {@code BreakIteratorSegmenter} → {@code XmiWriter} (XML 1.1, like our XMI), run by
 * uimaFIT's {@code SimplePipeline}, one thread, default settings otherwise.
 *
 * <pre>FloorPipeline INPUT_DIR OUTPUT_DIR</pre>
 */
public final class FloorPipeline {

    private FloorPipeline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FloorPipeline INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        SimplePipeline.runPipeline(
                createReaderDescription(TextReader.class, TextReader.PARAM_SOURCE_LOCATION, args[0],
                        TextReader.PARAM_PATTERNS, "*.txt", TextReader.PARAM_LANGUAGE, "en"),
                createEngineDescription(BreakIteratorSegmenter.class),
                createEngineDescription(XmiWriter.class, XmiWriter.PARAM_TARGET_LOCATION, args[1],
                        XmiWriter.PARAM_VERSION, "1.1", XmiWriter.PARAM_STRIP_EXTENSION, true));
        System.err.printf("floor: %s -> %s in %.1f s%n", args[0], args[1], (System.nanoTime() - start) / 1e9);
    }
}
