package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.location.LocatedNews.annotate;
import static org.quotestance.location.LocatedNews.at;
import static org.quotestance.location.LocatedNews.the;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.quotestance.type.Boilerplate;
import org.quotestance.type.Location;

/** The learned parts of the locations layer and the ids of places: what the shipped models and gazetteer do. */
class LearnedLocationTest {

    @Test
    @DisplayName("a dateline names the place the story is filed from, though it is boilerplate")
    void datelinePlace() throws Exception {
        String text = "BEIRUT (AP) — Shelling hit the southern suburbs overnight, residents said.";
        JCas jcas = LocatedNews.segmented(text);
        Boilerplate dateline = new Boilerplate(jcas, 0, text.indexOf("—") + 1);
        dateline.setKind("DATELINE");
        dateline.addToIndexes();
        List<Location> locations = LocatedNews.locate(jcas);
        assertEquals(1, locations.size());
        assertEquals(276781L, the(locations, "BEIRUT").getGeonamesId());
    }

    @Test
    @DisplayName("a company that speaks is no place ('Yukos said')")
    void companyIsNoPlace() throws Exception {
        List<Location> locations = annotate("Yukos said it would appeal the ruling in Moscow.");
        assertEquals(1, locations.size());
        assertTrue(at(locations, "Yukos").isEmpty());
        assertEquals("RU", the(locations, "Moscow").getCountryCode());
    }

    @Test
    @DisplayName("a place inside an organisation name is marked only under LGL's and TR-News' convention ('Kentucky State Police')")
    void organisationPlaceConvention() throws Exception {
        String text = "Troopers with the Kentucky State Police searched the house in Corbin.";
        assertTrue(at(annotate(text), "Kentucky").isEmpty());
        List<Location> locations = annotateMarkingOrganisationPlaces(text);
        assertEquals(2, locations.size());
        assertEquals("US", the(locations, "Kentucky").getCountryCode());
        assertEquals("A.ADM1", the(locations, "Kentucky").getFeatureClass());
    }

    @Test
    @DisplayName("a place beside an organisation's acronym ('told CBC Toronto') is marked only under LGL's and TR-News' convention")
    void acronymOrganisationPlaceConvention() throws Exception {
        String text = "\"I think about it when I sleep,\" he told CBC Toronto.";
        assertTrue(at(annotate(text), "Toronto").isEmpty());
        List<Location> locations = annotateMarkingOrganisationPlaces(text);
        assertEquals(1, locations.size());
        assertEquals("CA", the(locations, "Toronto").getCountryCode());
    }

    @Test
    @DisplayName("a second-level division carries its GeoNames id and URI")
    void countyHasGeonamesId() throws Exception {
        Location gwinnett = the(annotate("Deputies searched a home in Gwinnett County on Friday."), "Gwinnett County");
        assertEquals("A.ADM2", gwinnett.getFeatureClass());
        assertEquals(4198645L, gwinnett.getGeonamesId());
        assertEquals("https://sws.geonames.org/4198645/", gwinnett.getIdentifier());
    }

    @Test
    @DisplayName("a curated region GeoNames ids were not found for keeps an id of our own: negative, never 0, no URI")
    void curatedRegionHasOwnId() throws Exception {
        Location karabakh = the(annotate("Fighting resumed in Nagorno-Karabakh overnight."), "Nagorno-Karabakh");
        assertEquals(-2L, karabakh.getGeonamesId());
        assertEquals(null, karabakh.getIdentifier());
    }

    @Test
    @DisplayName("the learned usage classifier keeps the literal cue of a possessive's part of the land")
    void possessiveLandStaysLiteral() throws Exception {
        assertEquals("LITERAL", the(annotate("Syria's north was shelled again."), "Syria").getUsage());
    }

    @Test
    @DisplayName("a club's first word named like a town ('Stade Toulousain') is vetoed by the classifier, though the rules keep it")
    void clubNameWordVetoed() throws Exception {
        String text = "Frederic Michalak (Stade Toulousain), Yann Delaigue (Castres) and Pierre Mignoni (Clermont) were named.";
        assertTrue(at(annotateWith(text, LocationAnnotator.PARAM_TOPONYM_VETO, 0f), "Stade").isPresent());
        assertTrue(at(annotate(text), "Stade").isEmpty());
    }

    /** The locations under LGL's and TR-News' convention: places inside organisation names marked. */
    private static List<Location> annotateMarkingOrganisationPlaces(String text) throws Exception {
        return annotateWith(text, LocationAnnotator.PARAM_MARK_ORGANISATION_PLACES, true);
    }

    private static List<Location> annotateWith(String text, String parameter, Object value) throws Exception {
        AnalysisEngine locations = AnalysisEngineFactory.createEngine(LocationAnnotator.class, parameter, value);
        JCas jcas = LocatedNews.segmented(text);
        locations.process(jcas);
        return List.copyOf(JCasUtil.select(jcas, Location.class));
    }
}
