package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quotestance.type.Location;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ResolutionErrorKindsTest {

    @Test
    @DisplayName("a Texas Paris read as the French capital is a sense error (a sense near the gold exists); a right Dallas is only counted as recognised")
    void namesakeAbroadIsASenseError() throws Exception {
        String text = "Flooding hit Paris and Dallas.";
        JsonNode doc = new ObjectMapper().readTree("{\"id\": \"d\", \"text\": \"" + text + "\", \"toponyms\": ["
                + "{\"start\": 13, \"end\": 18, \"type\": \"literal\", \"surface\": \"Paris\", \"geonames_id\": 4717560,"
                + " \"lat\": 33.66094, \"lon\": -95.55551},"
                + "{\"start\": 23, \"end\": 29, \"type\": \"literal\", \"surface\": \"Dallas\", \"geonames_id\": 4684888,"
                + " \"lat\": 32.78306, \"lon\": -96.80667}]}");
        JCas jcas = JCasFactory.createText(text);
        location(jcas, 13, 18, 2988507L, "Paris", "FR", "P.PPLC", 48.85341, 2.3488);
        location(jcas, 23, 29, 4684888L, "Dallas", "US", "P.PPLA2", 32.78306, -96.80667);

        ResolutionErrorKinds errors = new ResolutionErrorKinds();
        errors.add("tiny", doc, jcas);

        assertEquals(Map.of("tiny\trecognised", 2, "tiny\tsense-other-place", 1), errors.counts());
        List<String> lines = errors.csv().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("set,doc_id,gold_surface,surface,kind,gold_geonames_id,gold_lat,gold_lon,geonames_id,name,"
                + "feature_class,country_code,km", lines.get(0));
        assertEquals("tiny,d,Paris,Paris,sense-other-place,4717560,33.66094,-95.55551,2988507,Paris,P.PPLC,FR,",
                lines.get(1).substring(0, lines.get(1).lastIndexOf(',') + 1));
    }

    private static void location(JCas jcas, int begin, int end, long geonamesId, String name, String country,
            String featureClass, double lat, double lon) {
        Location location = new Location(jcas, begin, end);
        location.setGeonamesId(geonamesId);
        location.setName(name);
        location.setCountryCode(country);
        location.setFeatureClass(featureClass);
        location.setLatitude(lat);
        location.setLongitude(lon);
        location.addToIndexes();
    }
}
