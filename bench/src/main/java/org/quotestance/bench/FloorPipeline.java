package org.quotestance.bench;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;

import org.apache.uima.fit.pipeline.SimplePipeline;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.quotestance.io.ArticleReader;
import org.quotestance.write.XmiCorpusWriter;

/**
 * The floor: the least a UIMA corpus tool does — read the articles, split sentences and tokens, write
 * XMI. Our {@code ArticleReader} and {@code XmiCorpusWriter} with DKPro Core's
 * {@code BreakIteratorSegmenter} (default settings), one thread.
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
                createReaderDescription(ArticleReader.class, ArticleReader.PARAM_SOURCE_LOCATION, args[0]),
                createEngineDescription(BreakIteratorSegmenter.class),
                createEngineDescription(XmiCorpusWriter.class, XmiCorpusWriter.PARAM_TARGET_LOCATION, args[1]));
        System.err.printf("floor: %s -> %s in %.1f s%n", args[0], args[1], (System.nanoTime() - start) / 1e9);
    }
}
