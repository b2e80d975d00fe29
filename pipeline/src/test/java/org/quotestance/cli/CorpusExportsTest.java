package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotestance.write.CroissantWriter;
import org.quotestance.write.CsvTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed corpus's training exports and dataset card read back as a user's tools would read them:
 * every JSONL offset gives its span's text, the CoNLL file has one line per {@code Token} of the XMI, the
 * Croissant file is JSON with the required keys and the right checksums, and the card's front matter is
 * YAML with its counts and figures taken from the run and from {@code eval-results/}.
 */
class CorpusExportsTest {

    private static Path root;
    private static Path corpus;

    @BeforeAll
    static void projectFolders() {
        String folder = System.getProperty("quotestance.projectRoot");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "corpus")),
                "quotestance.projectRoot not set to the project folder");
        root = Path.of(folder);
        corpus = root.resolve("corpus");
    }

    private static List<JsonNode> jsonlDocuments() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("jsonl/corpus.jsonl"), StandardCharsets.UTF_8)) {
            docs.add(mapper.readTree(line));
        }
        return docs;
    }

    private static void assertSpan(String text, JsonNode span, String expected, String where) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), where + ": offsets out of range " + span);
        assertEquals(expected, text.substring(start, end), where);
    }

    @Test
    void everyJsonlOffsetGivesItsSpanText() throws Exception {
        List<JsonNode> docs = jsonlDocuments();
        assertEquals(5, docs.size(), "one line per seed article");
        for (JsonNode doc : docs) {
            String id = doc.get("id").asText();
            String text = doc.get("text").asText();
            assertTrue(doc.get("meta").has("outlet") && doc.get("meta").has("url"), id);
            Set<String> quoteIds = new HashSet<>();
            for (JsonNode quote : doc.get("quotes")) {
                quoteIds.add(quote.get("id").asText());
                assertSpan(text, quote, quote.get("text").asText(), id + " quote");
                JsonNode mention = quote.get("speaker_mention");
                if (!mention.isNull()) {
                    assertSpan(text, mention, mention.get("text").asText(), id + " speaker_mention");
                }
                JsonNode cue = quote.get("cue");
                if (!cue.isNull()) {
                    assertSpan(text, cue, cue.get("text").asText(), id + " cue");
                }
            }
            Set<String> mentions = new HashSet<>();
            for (JsonNode mention : doc.get("speakers")) {
                assertSpan(text, mention, mention.get("text").asText(), id + " speaker");
                mentions.add(mention.get("start") + ":" + mention.get("end"));
            }
            for (JsonNode location : doc.get("locations")) {
                assertSpan(text, location, location.get("text").asText(), id + " location");
            }
            for (JsonNode stance : doc.get("stances")) {
                assertSpan(text, stance, stance.get("text").asText(), id + " stance");
                assertTrue(stance.get("quote_id").isNull() || quoteIds.contains(stance.get("quote_id").asText()));
            }
            for (JsonNode relation : doc.get("relations")) {
                assertEquals("speaker_of", relation.get("type").asText());
                assertTrue(quoteIds.contains(relation.get("head").asText()), id + " relation head " + relation);
                JsonNode tail = relation.get("tail");
                assertSpan(text, tail, tail.get("text").asText(), id + " relation tail");
                assertTrue(mentions.contains(tail.get("start") + ":" + tail.get("end")), id + " tail " + relation);
            }
        }
    }

    @Test
    void conllHasOneLinePerTokenAnnotationWithItsOffsets() throws Exception {
        Map<String, List<String[]>> conll = new LinkedHashMap<>();
        List<String[]> current = null;
        try (BufferedReader reader = Files.newBufferedReader(corpus.resolve("conll/corpus.conll"))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("-DOCSTART- ")) {
                    current = new ArrayList<>();
                    conll.put(line.substring("-DOCSTART- ".length()), current);
                } else if (!line.isEmpty()) {
                    String[] columns = line.split("\\s+");
                    assertEquals(6, columns.length, line);
                    current.add(columns);
                }
            }
        }
        TypeSystemDescription tsd = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(corpus.resolve("xmi/TypeSystem.xml").toFile()));
        assertEquals(5, conll.size());
        for (Map.Entry<String, List<String[]>> doc : conll.entrySet()) {
            CAS cas = CasCreationUtils.createCas(tsd, null, null);
            try (InputStream in = Files.newInputStream(corpus.resolve("xmi/" + doc.getKey() + ".xmi"))) {
                XmiCasDeserializer.deserialize(in, cas);
            }
            Type token = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token");
            assertEquals(cas.getAnnotationIndex(token).size(), doc.getValue().size(), doc.getKey());
            String text = cas.getDocumentText();
            for (String[] row : doc.getValue()) {
                String covered = text.substring(Integer.parseInt(row[1]), Integer.parseInt(row[2]));
                assertEquals(covered.replaceAll("[\\s\\p{Zs}]", "_"), row[0], doc.getKey());
                for (int c = 3; c < 6; c++) {
                    assertTrue(row[c].matches("O|[BI]-(QUOTE|SPEAKER|LOC)"), String.join(" ", row));
                }
            }
        }
    }

    @Test
    void croissantIsJsonLdWithTheRequiredKeysAndTheFilesChecksums() throws Exception {
        JsonNode croissant = new ObjectMapper().readTree(corpus.resolve("croissant.json").toFile());
        for (String key : List.of("@context", "@type", "name", "description", "license", "url", "conformsTo",
                "citeAs", "distribution", "recordSet")) {
            assertTrue(croissant.has(key), "croissant.json lacks " + key);
        }
        assertEquals("sc:Dataset", croissant.get("@type").asText());
        assertEquals("http://mlcommons.org/croissant/", croissant.get("@context").get("cr").asText());
        assertEquals("http://mlcommons.org/croissant/1.0", croissant.get("conformsTo").asText());
        List<String> files = new ArrayList<>();
        for (JsonNode file : croissant.get("distribution")) {
            assertEquals("cr:FileObject", file.get("@type").asText());
            String path = file.get("contentUrl").asText();
            files.add(path);
            byte[] bytes = Files.readAllBytes(corpus.resolve(path));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    file.get("sha256").asText(), path);
        }
        assertTrue(files.contains("jsonl/corpus.jsonl") && files.contains("csv/quotes.csv"), files.toString());
        assertEquals(CsvTable.values().length + 1, croissant.get("recordSet").size());
        for (JsonNode set : croissant.get("recordSet")) {
            if (set.get("name").asText().equals(CroissantWriter.JSONL_RECORD_SET)) {
                assertJsonlFieldsExtractFromTheFirstArticle(set);
                continue;
            }
            CsvTable table = CsvTable.valueOf(set.get("name").asText().toUpperCase(java.util.Locale.ROOT));
            List<String> columns = new ArrayList<>();
            for (JsonNode field : set.get("field")) {
                columns.add(field.get("name").asText());
                assertTrue(field.get("dataType").asText().startsWith("sc:"), field.toString());
                assertEquals("csv/" + table.fileName(), field.get("source").get("fileObject").get("@id").asText());
            }
            assertEquals(table.columns(), columns);
        }
    }

    private void assertJsonlFieldsExtractFromTheFirstArticle(JsonNode set) throws Exception {
        JsonNode article = new ObjectMapper().readTree(Files.readAllLines(corpus.resolve("jsonl/corpus.jsonl")).get(0));
        for (JsonNode field : set.get("field")) {
            assertEquals("jsonl/corpus.jsonl", field.get("source").get("fileObject").get("@id").asText());
            String jsonPath = field.get("source").get("extract").get("jsonPath").asText();
            assertTrue(jsonPath.startsWith("$."), jsonPath);
            JsonNode value = article.at("/" + jsonPath.substring(2).replace('.', '/'));
            assertFalse(value.isMissingNode(), jsonPath + " names nothing in " + article.fieldNames());
        }
    }

    @Test
    void datasheetHasYamlFrontMatterTheRunsCountsAndTheMeasuredFigures() throws Exception {
        String card = Files.readString(corpus.resolve("README.md"));
        assertTrue(card.startsWith("---\n"), "no front matter");
        int end = card.indexOf("\n---\n", 4);
        JsonNode yaml = new YAMLMapper().readTree(card.substring(0, end));
        for (String key : List.of("license", "language", "size_categories", "task_categories", "pretty_name")) {
            assertTrue(yaml.has(key), "front matter lacks " + key);
        }
        assertEquals("en", yaml.get("language").get(0).asText());
        JsonNode report = new ObjectMapper().readTree(corpus.resolve("run-report.json").toFile());
        assertTrue(card.contains("| documents | " + report.get("documentsAnnotated").asInt() + " |"), card);
        assertTrue(card.contains("| quotes | " + report.get("counts").get("quotes").asInt() + " |"), card);
        assertTrue(card.contains("| locations | " + report.get("counts").get("locations").asInt() + " |"), card);
        assertTrue(card.contains("| stances | " + report.get("counts").get("stances").asInt() + " |"), card);
        JsonNode quotes = new ObjectMapper().readTree(root.resolve("eval-results/quotes-polnear-dev.json").toFile());
        assertTrue(card.contains("`quotes-polnear-dev.json`"), card);
        assertTrue(card.contains("| all_overlap_f1 | " + quotes.get("all_overlap_f1").asText() + " |"), card);
        for (String attribution : List.of("GeoNames", "CC BY 4.0", "ODbL", "VADER", "Apache-2.0", "bibtex")) {
            assertTrue(card.contains(attribution), "card lacks " + attribution);
        }
        assertNotNull(yaml.get("size_categories").get(0));
    }
}
