package org.quotestance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.text.SentenceIndex;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * The gold attributions the pipeline misses (no found quote overlaps them), by gold type and cue kind: each
 * is written as a CSV row (its cue, content and sentence) for reading, and counted as "type.CUE_CLASS".
 * The rows quote the gold texts, so they belong in a scratch folder, not in the repository.
 */
public final class MissedAttributions {

    private MissedAttributions() {
    }

    public static Map<String, Integer> write(Path gold, Path csv) throws IOException, UIMAException {
        Map<String, Integer> counts = new TreeMap<>();
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(PipelineFactory.annotators()));
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                        .setHeader("doc_id", "type", "cue_class", "gold_cue", "content", "sentence").build())) {
            QuoteEvaluator.evaluate(gold, engine, null, (docId, jcas, span, type, cue, cueClass) -> {
                counts.merge(type + "." + cueClass, 1, Integer::sum);
                List<Sentence> sentences = SentenceIndex.of(jcas).covering(span.begin(), span.begin() + 1);
                String text = jcas.getDocumentText();
                try {
                    out.printRecord(docId, type, cueClass, cue, oneLine(text.substring(span.begin(), span.end())),
                            sentences.isEmpty() ? "" : oneLine(sentences.get(0).getCoveredText()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            engine.destroy();
        }
        return counts;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
