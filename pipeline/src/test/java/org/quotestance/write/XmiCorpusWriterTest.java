package org.quotestance.write;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleMetadata;

class XmiCorpusWriterTest {

    @TempDir
    Path out;

    private CAS writeAndReload(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        ArticleCasInitializer.initialize(jcas, new Article("doc", "doc.txt", text, ArticleMetadata.empty()));
        SimplePipeline.runPipeline(jcas, createEngineDescription(XmiCorpusWriter.class,
                XmiCorpusWriter.PARAM_TARGET_LOCATION, out.toString()));
        assertTrue(Files.isRegularFile(out.resolve(XmiCorpusWriter.TYPE_SYSTEM_FILE)));
        CAS cas = CasCreationUtils.createCas(UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(out.resolve(XmiCorpusWriter.TYPE_SYSTEM_FILE).toFile())), null, null);
        try (InputStream in = Files.newInputStream(out.resolve("doc.xmi"))) {
            XmiCasDeserializer.deserialize(in, cas);
        }
        return cas;
    }

    @Test
    void nonAsciiAndSurrogatePairsSurviveTheXmiRoundTrip() throws Exception {
        String text = "Xankəndi — “curly” 😀 <tag> & \"straight\"\r\nnext line";
        assertEquals(text, writeAndReload(text).getDocumentText());
    }

    @Test
    void controlCharactersFromCrawledPagesSurviveTheXmiRoundTrip() throws Exception {
        String text = "Form feed\f, vertical tab\u000B, escape\u001B and DEL\u007F in a crawled page.";
        assertEquals(text, writeAndReload(text).getDocumentText());
    }

    @Test
    void c1ControlsFromMisdecodedWindows1252SurviveTheXmiRoundTrip() throws Exception {
        String text = "It\u0092s a \u0093quote\u0094 \u0080 from a mis-decoded page.";
        assertEquals(text, writeAndReload(text).getDocumentText());
    }

    @Test
    void unicodeLineSeparatorsAreNotTurnedIntoLineFeeds() throws Exception {
        String text = "Next line\u0085 and line separator\u2028 and paragraph separator\u2029 end.";
        assertEquals(text, writeAndReload(text).getDocumentText());
    }
}
