package org.quotestance.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.eval.GoldDocuments;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.structure.StructureAnnotator;

import com.fasterxml.jackson.databind.JsonNode;

/** The documents of a gold quotes file, segmented as the pipeline segments them, for the trainers of the quote models. */
final class GoldArticles {

    private GoldArticles() {
    }

    /**
     * Hands each document of {@code goldJsonl} whose line index {@code useDocument} accepts to {@code action},
     * with its view (paragraphs, sentences, words, quotations), in file order.
     */
    static void forEach(Path goldJsonl, IntPredicate useDocument, BiConsumer<ArticleView, JsonNode> action)
            throws IOException, UIMAException {
        AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(List.of(
                AnalysisEngineFactory.createEngineDescription(StructureAnnotator.class),
                PipelineFactory.segmenter())));
        JCas jcas = JCasFactory.createJCas();
        int[] index = { -1 };
        List<Exception> failures = new ArrayList<>();
        try {
            GoldDocuments.forEach(goldJsonl, doc -> {
                index[0]++;
                if (!useDocument.test(index[0])) {
                    return;
                }
                try {
                    GoldDocuments.annotate(segmenter, jcas, doc.get("id").asText(), doc.get("text").asText());
                    action.accept(ArticleView.of(jcas), doc);
                } catch (AnalysisEngineProcessException e) {
                    failures.add(e);
                }
            });
        } finally {
            segmenter.destroy();
        }
        if (!failures.isEmpty()) {
            throw new IOException(failures.size() + " training documents failed to segment", failures.get(0));
        }
    }
}
