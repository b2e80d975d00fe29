package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.location.LocationAnnotator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ToponymErrorKindsTest {

    @Test
    @DisplayName("errors by kind: a town the gazetteer lacks is a miss of that kind, a capital that speaks is a rules' false positive")
    void countsErrorsByKind() throws Exception {
        String text = "Moscow said talks on Kfraya would resume in Paris.";
        JsonNode doc = new ObjectMapper().readTree("{\"id\": \"d\", \"text\": \"" + text + "\", \"toponyms\": ["
                + "{\"start\": 21, \"end\": 27, \"type\": \"literal\"}, {\"start\": 44, \"end\": 49, \"type\": \"literal\"}]}");
        AnalysisEngine rulesOnly = AnalysisEngineFactory.createEngine(AnalysisEngineFactory.createEngineDescription(
                AnalysisEngineFactory.createEngineDescription(BreakIteratorSegmenter.class),
                AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class,
                        LocationAnnotator.PARAM_TOPONYM_MODEL, "none", LocationAnnotator.PARAM_RESOLUTION_MODEL, "none",
                        LocationAnnotator.PARAM_USAGE_MODEL, "none")));
        JCas jcas = JCasFactory.createJCas();
        GoldDocuments.annotate(rulesOnly, jcas, "d", text);
        ToponymErrorKinds errors = new ToponymErrorKinds();
        errors.add("tiny", doc, jcas);

        @SuppressWarnings("unchecked")
        Map<String, Object> tiny = (Map<String, Object>) errors.report().get("tiny");
        assertEquals(Map.of("false-positive.rules.before-verb-or-role", 1, "missed.not-in-gazetteer.one-word", 1),
                tiny.get("counts"));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> examples = (Map<String, List<String>>) tiny.get("examples");
        assertEquals(List.of("Moscow said talks on [Kfraya] would resume in Paris."),
                examples.get("missed.not-in-gazetteer.one-word"));
    }
}
