package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.location.LocatedNews.annotate;
import static org.quotestance.location.LocatedNews.the;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.quotestance.type.Location;

/** Which of a name's senses a document means: same-named towns, divisions and their cities, countries. */
class PlaceSenseTest {

    private static double km(Location a, Location b) {
        return GreatCircle.km(a.getLatitude(), a.getLongitude(), b.getLatitude(), b.getLongitude());
    }

    @Test
    @DisplayName("small towns that lie near each other are read together (Indiana's Hagerstown, not Maryland's)")
    void nearbyTownsTogether() throws Exception {
        List<Location> locations = annotate("Firefighters in Hagerstown were called to the barn at 6 a.m. "
                + "Crews from New Castle and Columbus helped to put out the fire, the chief said.");
        Location hagerstown = the(locations, "Hagerstown");
        Location newCastle = the(locations, "New Castle");
        assertEquals("US", hagerstown.getCountryCode());
        assertTrue(hagerstown.getLongitude() < -84.5, "Hagerstown, Indiana, west of Ohio: " + hagerstown.getLongitude());
        assertTrue(km(hagerstown, newCastle) < 161, "New Castle, Indiana, beside Hagerstown");
    }

    @Test
    @DisplayName("a state is not its seat when the seat has the state's name only as an alternate name (Arizona, not Yuma)")
    void stateNotAlternateNamedSeat() throws Exception {
        List<Location> locations = annotate("The family moved to Arizona last year.");
        Location arizona = the(locations, "Arizona");
        assertEquals("A.ADM1", arizona.getFeatureClass());
        assertEquals("Arizona", arizona.getName());
    }

    @Test
    @DisplayName("a country named in a US story stays the country, not a US town of its name")
    void countryInUsStory() throws Exception {
        List<Location> locations = annotate("The Pleasanton company, based in California, said its new mine "
                + "in Peru would open next year.");
        Location peru = the(locations, "Peru");
        assertEquals("PE", peru.getCountryCode());
        assertEquals("A.PCLI", peru.getFeatureClass());
    }

    @Test
    @DisplayName("two capitals named together stay the capitals, though Maine has a Moscow and a Paris near each other")
    void capitalsNotTheirSmallNamesakes() throws Exception {
        List<Location> locations = annotate("Officials in Moscow said talks would resume in Paris next week.");
        assertEquals("RU", the(locations, "Moscow").getCountryCode());
        assertEquals("FR", the(locations, "Paris").getCountryCode());
    }

    @Test
    @DisplayName("a name after 'Town,' is the state the town lies in, not the capital of its name (Tacoma, Washington)")
    void qualifierIsTheTownsState() throws Exception {
        List<Location> locations = annotate("A baker from Tacoma, Washington shared her tips for decorating cookies.");
        Location washington = the(locations, "Washington");
        assertEquals("A.ADM1", washington.getFeatureClass());
        assertTrue(washington.getLongitude() < -115, "Washington state, not D.C.: " + washington.getLongitude());
    }

    @Test
    @DisplayName("a country's own name is the country, not its division of the same name (Mexico, not the State of Mexico)")
    void countryNotItsNamesakeDivision() throws Exception {
        List<Location> locations = annotate("MEXICO CITY (AP) Mexico's Senate has passed a resolution on the border.");
        Location mexico = the(locations, "Mexico");
        assertEquals("MX", mexico.getCountryCode());
        assertEquals("A.PCLI", mexico.getFeatureClass());
    }

    @Test
    @DisplayName("a state the dateline names by its abbreviation is what its full name means later (Wash. ... Washington)")
    void abbreviatedStateNamesTheState() throws Exception {
        List<Location> locations = annotate("CAMP MURRAY, Wash. The team trains at home in Washington most of the year.");
        List<Location> washington = locations.stream().filter(l -> l.getCoveredText().equals("Washington")).toList();
        assertEquals(1, washington.size());
        assertEquals("A.ADM1", washington.get(0).getFeatureClass());
        assertEquals("US", washington.get(0).getCountryCode());
        assertTrue(washington.get(0).getLongitude() < -115, "Washington state, not D.C.");
    }

    @Test
    @DisplayName("a state named by a dateline's abbreviation is the state later, not a small town inside it (Mont. ... Montana)")
    void abbreviatedStateOverTownInside() throws Exception {
        List<Location> locations = annotate("HELENA, Mont. (AP) - Montana and CoreCivic are at an impasse over the prison. "
                + "Montana offered $69 per prisoner.");
        List<Location> montana = locations.stream().filter(l -> l.getCoveredText().equals("Montana")).toList();
        assertEquals(2, montana.size());
        for (Location state : montana) {
            assertEquals("A.ADM1", state.getFeatureClass());
            assertEquals("US", state.getCountryCode());
        }
    }
}
