package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleSource;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.testdata.SharedData;

/**
 * The direct walk against UIMA's serializer on the PolNeAR training articles annotated by the whole pipeline, byte
 * for byte: every 20th article by default, all 840 with {@code -Dxmi.check.all=true}. Skipped when the shared data
 * is absent.
 */
class CasXmiWriterCorpusTest {

    @Test
    void annotatedNewsArticlesAreWrittenAsUimaWritesThem() throws Exception {
        Path corpus = SharedData.folder().resolve("corpus/polnear-train");
        assumeTrue(Files.isDirectory(corpus), "shared gold data not present: " + corpus);
        ArticleSource source = ArticleSource.open(corpus, ArticleSource.DEFAULT_MAX_BYTES);
        List<Path> files = source.files();
        int step = Boolean.getBoolean("xmi.check.all") ? 1 : 20;
        AnalysisEngine annotators = AnalysisEngineFactory.createEngine(
                PipelineFactory.aggregate(PipelineFactory.annotators()));
        CasXmiWriter direct = new CasXmiWriter();
        XmiBytes bytes = new XmiBytes();
        JCas jcas = JCasFactory.createJCas();
        List<String> leftToUima = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < files.size(); i += step) {
            jcas.reset();
            ArticleCasInitializer.initialize(jcas, source.read(files.get(i)));
            annotators.process(jcas);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            XmiCorpusWriter.writeXmiThroughJdkSerializer(jcas.getCas(), expected);
            try {
                direct.write(jcas.getCas(), bytes);
                assertEquals(expected.toString(StandardCharsets.UTF_8),
                        new String(bytes.toByteArray(), StandardCharsets.UTF_8), files.get(i).toString());
            } catch (XmiBytes.Unhandled e) {
                leftToUima.add(files.get(i).getFileName() + ": " + e.getMessage());
            }
            compared++;
        }
        System.out.printf("CasXmiWriterCorpusTest: %d of %d articles written directly, the same bytes as UIMA's;"
                + " left to UIMA: %s%n", compared - leftToUima.size(), compared, leftToUima);
        // text only (characters XML cannot hold, such as lone surrogates): the annotated structure is always walked
        for (String left : leftToUima) {
            assertTrue(left.contains(": character U+") || left.endsWith(": text of white space alone"),
                    "left to UIMA for a reason other than its text: " + left);
        }
    }
}
