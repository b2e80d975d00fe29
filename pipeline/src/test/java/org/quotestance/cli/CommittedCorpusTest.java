package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code corpus/} is what {@code ./quotestance annotate seeds --out corpus} writes now,
 * and its XMI files are usable by a tool that has nothing but {@code corpus/xmi/TypeSystem.xml}.
 * Needs the project folder ({@code quotestance.projectRoot}, set by surefire); skipped without it.
 */
class CommittedCorpusTest {

    private static final String REGENERATE = "The committed corpus is out of date: regenerate it with "
            + "'./quotestance annotate seeds --out corpus' and commit it.";

    private static Path corpus;
    private static Path seeds;

    @BeforeAll
    static void projectFolders() {
        String root = System.getProperty("quotestance.projectRoot");
        Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "seeds")),
                "quotestance.projectRoot not set to the project folder");
        seeds = Path.of(root, "seeds");
        corpus = Path.of(root, "corpus");
        assertTrue(Files.isDirectory(corpus.resolve("xmi")) && Files.isDirectory(corpus.resolve("csv")),
                "no corpus/xmi and corpus/csv. " + REGENERATE);
    }

    @Test
    void committedCorpusIsByteIdenticalToAFreshRunOnTheSeeds(@TempDir Path fresh) throws Exception {
        new CorpusAnnotator(org.quotestance.io.ArticleSource.DEFAULT_MAX_BYTES, 2).run(seeds, fresh, file -> { });
        List<String> freshFiles = CorpusFiles.list(fresh);
        List<String> committed = CorpusFiles.list(corpus).stream()
                .filter(f -> f.startsWith("xmi/") || f.startsWith("csv/") || f.startsWith("site/")
                        || f.equals("run-report.json")).toList();
        CorpusFiles.assertSameFileNames(freshFiles, committed, REGENERATE);
        CorpusFiles.assertIdentical(corpus, fresh, freshFiles, REGENERATE);
    }

    @Test
    void everyXmiLoadsWithOnlyTheCorpusTypeSystemAndMatchesTheQuoteTable() throws Exception {
        Path xmi = corpus.resolve("xmi");
        TypeSystemDescription tsd = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(xmi.resolve("TypeSystem.xml").toFile()));
        Map<String, Integer> quoteRows = quoteRowsPerDocument();
        List<String> documents = CorpusFiles.list(xmi).stream().filter(f -> f.endsWith(".xmi")).toList();
        assertEquals(5, documents.size(), "one XMI per seed article");
        for (String file : documents) {
            String docId = file.substring(0, file.length() - ".xmi".length());
            CAS cas = CasCreationUtils.createCas(tsd, null, null);
            try (InputStream in = Files.newInputStream(xmi.resolve(file))) {
                XmiCasDeserializer.deserialize(in, cas);
            }
            Type metaType = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData");
            assertNotNull(metaType);
            List<FeatureStructure> metas = new ArrayList<>();
            cas.getIndexRepository().getAllIndexedFS(metaType).forEachRemaining(metas::add);
            assertEquals(1, metas.size(), file);
            Feature documentId = metaType.getFeatureByBaseName("documentId");
            assertEquals(docId, metas.get(0).getStringValue(documentId), file);

            Type quoteType = cas.getTypeSystem().getType("org.quotestance.type.Quote");
            assertNotNull(quoteType);
            assertEquals(quoteRows.getOrDefault(docId, 0), cas.getAnnotationIndex(quoteType).size(), file);
            assertTrue(cas.getDocumentText().length() > 0, file);
        }
    }

    private static Map<String, Integer> quoteRowsPerDocument() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(corpus.resolve("csv/quotes.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
                counts.merge(row.get("doc_id"), 1, Integer::sum);
            }
        }
        return counts;
    }
}
