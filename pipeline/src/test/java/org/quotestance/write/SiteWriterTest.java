package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/** The corpus browser's per-document script and index line, as streamed JSON. */
class SiteWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path site;

    private JsonNode writtenDocument() throws Exception {
        String script = Files.readString(site.resolve(SiteWriter.DOCS + "doc.js"), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("QS_DOC(") && script.endsWith(");\n"), script);
        return JSON.readTree(script.substring("QS_DOC(".length(), script.length() - ");\n".length()));
    }

    private static JCas quotedPlace() throws Exception {
        String text = "Jane Roe said \"Paris is lovely\".\nShe praised Paris again.";
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId("doc");
        meta.setDocumentTitle("Roe on \"Paris\"");
        new Sentence(jcas, 0, 32).addToIndexes();
        new Sentence(jcas, 33, text.length()).addToIndexes();
        SpeakerEntity roe = new SpeakerEntity(jcas);
        roe.setEntityId("jane-roe");
        roe.setCanonicalName("Jane Roe");
        SpeakerMention mention = new SpeakerMention(jcas, 0, 8);
        mention.setEntity(roe);
        mention.setMentionType("name");
        mention.addToIndexes();
        SpeechCue cue = new SpeechCue(jcas, 9, 13);
        cue.setLemma("say");
        cue.addToIndexes();
        Quote quote = new Quote(jcas, 15, 30);
        quote.setQuoteId("doc-q1");
        quote.setQuoteType("direct");
        quote.setSpeaker(mention);
        quote.setCue(cue);
        quote.addToIndexes();
        for (int begin : new int[] { 15, text.lastIndexOf("Paris") }) {
            Location paris = new Location(jcas, begin, begin + 5);
            paris.setGeonamesId(2988507);
            paris.setName("Paris");
            paris.setCountryCode("FR");
            paris.setUsage("topic");
            paris.addToIndexes();
        }
        Stance stance = new Stance(jcas, 15, 30);
        stance.setHolder(mention);
        stance.setTarget("Paris");
        stance.setPolarity("positive");
        stance.setEvidence("lovely");
        stance.setQuote(quote);
        stance.addToIndexes();
        return jcas;
    }

    private void write(JCas jcas) throws Exception {
        AnalysisEngine writer = AnalysisEngineFactory.createEngine(SiteWriter.class,
                SiteWriter.PARAM_TARGET_LOCATION, site.toString());
        writer.process(jcas);
        writer.collectionProcessComplete();
        writer.destroy();
    }

    private static void assertKeysSorted(JsonNode node, String path) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            assertEquals(sorted, keys, path);
            node.fields().forEachRemaining(field -> assertKeysSorted(field.getValue(), path + "/" + field.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertKeysSorted(node.get(i), path + "/" + i);
            }
        }
    }

    @Test
    void aPlaceQuotedInTheFirstSentenceAndNamedInTheSecondCarriesEachItsOwnSentence() throws Exception {
        write(quotedPlace());
        JsonNode doc = writtenDocument();
        assertKeysSorted(doc, "doc");
        JsonNode places = doc.get("locations");
        assertEquals(2, places.size());
        assertEquals(List.of(0, 32), List.of(places.get(0).get("sb").asInt(), places.get(0).get("se").asInt()));
        assertEquals(33, places.get(1).get("sb").asInt());
        assertEquals("2988507", places.get(1).get("key").asText());
        JsonNode quote = doc.get("quotes").get(0);
        assertEquals("[9,13,\"say\"]", quote.get("cue").toString());
        assertEquals("[0,8]", quote.get("mention").toString());
        assertEquals("jane-roe", quote.get("speaker").asText());
        JsonNode stance = doc.get("stances").get(0);
        assertEquals("doc-s1", stance.get("id").asText());
        assertEquals("Jane Roe", stance.get("holderName").asText());
        assertEquals("doc-q1", stance.get("quote").asText());
        assertEquals("Roe on \"Paris\"", doc.get("title").asText());
        assertTrue(doc.get("text").asText().endsWith("again."));
    }

    @Test
    void theIndexListsTheDocumentWithItsCountsOfQuotesPlacesAndStances() throws Exception {
        write(quotedPlace());
        String documents = Files.readString(site.resolve("data/documents.js"), StandardCharsets.UTF_8);
        assertTrue(documents.startsWith("window.QS_DOCUMENTS = [\n{") && documents.endsWith("}\n];\n"), documents);
        JsonNode summary = JSON.readTree(documents.substring(documents.indexOf('{'), documents.lastIndexOf('}') + 1));
        assertKeysSorted(summary, "summary");
        assertEquals("[1,2,1]", summary.get("n").toString());
        assertEquals("doc", summary.get("id").asText());
    }
}
