package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.location.LocatedNews.annotate;
import static org.quotestance.location.LocatedNews.at;
import static org.quotestance.location.LocatedNews.locate;
import static org.quotestance.location.LocatedNews.segmented;
import static org.quotestance.location.LocatedNews.the;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.quotestance.type.Location;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

/** Local (US) news: small towns, counties, datelines, legislators' home towns, street names. */
class LocalNewsLocationTest {

    /** A quoted person as the speaker layer leaves it: one mention of an entity with these variants. */
    private static void speaker(JCas jcas, String surface, String... variants) {
        SpeakerEntity entity = new SpeakerEntity(jcas);
        entity.setKind("PERSON");
        StringArray names = new StringArray(jcas, variants.length);
        for (int i = 0; i < variants.length; i++) {
            names.set(i, variants[i]);
        }
        entity.setVariants(names);
        entity.addToIndexes();
        int begin = jcas.getDocumentText().indexOf(surface);
        SpeakerMention mention = new SpeakerMention(jcas, begin, begin + surface.length());
        mention.setEntity(entity);
        mention.addToIndexes();
    }

    @Test
    @DisplayName("county kept when the quote layer took it for a speaker")
    void countyTakenForSpeaker() throws Exception {
        String text = "The burn ban in Walker County was lifted, Walker County said. "
                + "Woodstock Mayor Michael Harding said Woodstock is doing well.";
        JCas jcas = segmented(text);
        speaker(jcas, "Walker County", "Walker County");
        speaker(jcas, "Woodstock Mayor Michael Harding", "Woodstock Mayor Michael Harding", "Harding");
        List<Location> locations = locate(jcas);
        assertEquals("A.ADM2", the(locations, "Walker County").getFeatureClass());
        assertTrue(at(locations, "Woodstock").isPresent());
        assertTrue(at(locations, "Harding").isEmpty());
    }

    @Test
    @DisplayName("a town the quote layer took for a speaker ('Blue Springs pleaded guilty') stays a place")
    void townTakenForSpeaker() throws Exception {
        String text = "A man of Blue Springs was charged. Blue Springs pleaded guilty Monday, "
                + "Sheriff Kerry Paris said. Paris said the case was closed.";
        JCas jcas = segmented(text);
        speaker(jcas, "Blue Springs pleaded", "Blue Springs");
        speaker(jcas, "Sheriff Kerry Paris", "Sheriff Kerry Paris", "Paris");
        List<Location> locations = locate(jcas);
        assertEquals("US", the(locations, "Blue Springs").getCountryCode());
        assertTrue(at(locations, "Paris").isEmpty(), "a quoted person's surname is still no place");
    }

    @Test
    @DisplayName("a quoted person whose full name is also a town's ('Robert Lee', Texas) is still a person")
    void personNamedLikeTown() throws Exception {
        String text = "Coach Robert Lee said the season was over. Lee, who coached in Abilene, "
                + "said he would stay. Fans thanked Robert Lee on Friday.";
        JCas jcas = segmented(text);
        speaker(jcas, "Coach Robert Lee", "Robert Lee");
        List<Location> locations = locate(jcas);
        assertTrue(at(locations, "Robert Lee").isEmpty(), "the speaker's full name is no place");
        assertTrue(at(locations, "Lee").isEmpty(), "nor is his surname alone");
        assertTrue(at(locations, "Abilene").isPresent());
    }

    @Test
    @DisplayName("legislator's home town after a party letter is a place")
    void partyHometown() throws Exception {
        List<Location> locations = annotate("The bill was sponsored by Rep. Barbara Lee, D-Oakland, and "
                + "Sen. Frank Lautenberg, D-N.J., and opposed by Rep. Jay Roberts (R-Ocilla).");
        Location oakland = the(locations, "Oakland");
        assertEquals("US", oakland.getCountryCode());
        assertEquals("New Jersey", the(locations, "N.J.").getName());
        assertTrue(at(locations, "Ocilla").isPresent());
    }

    @Test
    @DisplayName("small town kept when it opens a dateline")
    void smallTownInDateline() throws Exception {
        List<Location> locations = annotate("Home hit by fire a second time.\nBYESVILLE -- Firefighters are "
                + "searching for the cause of a fire that destroyed a home on Friday.");
        assertEquals("US", the(locations, "BYESVILLE").getCountryCode());
    }

    @Test
    @DisplayName("small town kept before a resident noun")
    void smallTownBeforeResidentNoun() throws Exception {
        List<Location> locations = annotate("A Chapin man died early Tuesday in a collision on the highway.");
        assertEquals("US", the(locations, "Chapin").getCountryCode());
    }

    @Test
    @DisplayName("a common word stays a common word before a resident noun")
    void commonWordBeforeResidentNoun() throws Exception {
        assertTrue(annotate("The man was taken to hospital.").isEmpty());
    }

    @Test
    @DisplayName("place after a capitalised article is not a surname")
    void placeAfterArticle() throws Exception {
        List<Location> locations = annotate("CORSICANA \u2014 A Henderson County woman was sentenced on Friday.");
        assertEquals("A.ADM2", the(locations, "Henderson County").getFeatureClass());
    }

    @Test
    @DisplayName("St. Louis stays whole when the segmenter splits after St.")
    void saintAcrossSentenceSplit() throws Exception {
        List<Location> locations = annotate("In St. Louis, a group of primary care doctors met on Monday.");
        assertEquals("US", the(locations, "St. Louis").getCountryCode());
    }

    @Test
    @DisplayName("street and route names are not toponyms, also in title-case lists")
    void streetNames() throws Exception {
        List<Location> locations = annotate("Road Closures: Corner of Elkview Drive and Garnett Ridge Drive Closed. "
                + "A water main blew at the corner of Lakeview and Harrison streets in Athens. "
                + "Crews will reopen W.Va. 61 near Charleston.");
        assertTrue(at(locations, "Elkview").isEmpty());
        assertTrue(at(locations, "Lakeview").isEmpty());
        assertTrue(at(locations, "W.Va.").isEmpty());
        assertTrue(at(locations, "Athens").isPresent());
        assertTrue(at(locations, "Charleston").isPresent());
    }

    @Test
    @DisplayName("small towns kept when coordinated with a kept place of the same country")
    void smallTownsCoordinatedWithCity() throws Exception {
        List<Location> locations = annotate("Home sales fell in the three cities of Newark, Heath and Pataskala.");
        assertTrue(at(locations, "Heath").isPresent());
        assertTrue(at(locations, "Pataskala").isPresent());
    }

    @Test
    @DisplayName("first names in a list of people are not kept by coordination")
    void firstNamesInListOfPeople() throws Exception {
        List<Location> locations = annotate("Pictured: Dallas Cole, Grace Carmichael, Anne Park and Preston Elmore.");
        assertTrue(at(locations, "Grace").isEmpty());
        assertTrue(at(locations, "Preston").isEmpty());
    }

    @Test
    @DisplayName("names coordinated before 'counties' are counties")
    void coordinatedCounties() throws Exception {
        List<Location> locations = annotate("School boards in Barrow, Jackson and Madison counties tweaked their "
                + "policies, as did those in Walton and Oconee counties.");
        for (String county : List.of("Barrow", "Jackson", "Madison", "Walton", "Oconee")) {
            Location location = the(locations, county);
            assertEquals("A.ADM2", location.getFeatureClass(), county);
            assertEquals("US", location.getCountryCode(), county);
        }
        assertEquals("Jackson County", the(locations, "Jackson").getName());
    }

    @Test
    @DisplayName("a state inside an organisation name is not marked but resolves the town")
    void organisationNameAsEvidence() throws Exception {
        List<Location> locations = annotate(
                "An Albany man was arrested on Friday, agents of the Georgia Bureau of Investigation said.");
        assertTrue(at(locations, "Georgia").isEmpty());
        Location albany = the(locations, "Albany");
        assertEquals("US", albany.getCountryCode());
        assertEquals(4179320L, albany.getGeonamesId());
    }

    @Test
    @DisplayName("organisation heads themselves are no evidence")
    void organisationHeadsNoEvidence() throws Exception {
        Location toronto = the(annotate("Toronto police said the Toronto Transit Commission will add buses."),
                "Toronto");
        assertEquals("CA", toronto.getCountryCode());
    }

    @Test
    @DisplayName("both parts of a hyphenated pair of places are places")
    void hyphenatedPairOfPlaces() throws Exception {
        List<Location> locations = annotate("Talks on the Lebanon-Syria border went on. "
                + "Medics drove from the Huntsville\u2013Walker County line to the scene.");
        assertEquals("SY", the(locations, "Syria").getCountryCode());
        assertEquals("A.ADM2", the(locations, "Walker County").getFeatureClass());
        assertEquals("US", the(locations, "Huntsville").getCountryCode());
    }

    @Test
    @DisplayName("a hyphenated name whose first part is only an alternate place name is no place")
    void hyphenatedOrganisationName() throws Exception {
        List<Location> locations = annotate("A Wal-Mart store opened near the Pre-Trial center in Columbus.");
        assertTrue(at(locations, "Wal").isEmpty());
        assertTrue(at(locations, "Mart").isEmpty());
        assertTrue(at(locations, "Pre").isEmpty());
        assertTrue(at(locations, "Columbus").isPresent());
    }

    @Test
    @DisplayName("X-based is a locative cue for a small place")
    void basedIsLocativeCue() throws Exception {
        List<Location> locations = annotate("The Pataskala-based company hired 20 people.");
        assertTrue(at(locations, "Pataskala").isPresent());
    }

    @Test
    @DisplayName("residents of a state or large city are a demonym of that place")
    void residentsOfStateOrCity() throws Exception {
        List<Location> locations = annotate("Ohioans, Texans and Ontarians pay more tax than Londoners.");
        Location ohioans = the(locations, "Ohioans");
        assertEquals("DEMONYM", ohioans.getUsage());
        assertEquals("Ohio", ohioans.getName());
        assertEquals("Texas", the(locations, "Texans").getName());
        assertEquals("Ontario", the(locations, "Ontarians").getName());
        assertEquals("GB", the(locations, "Londoners").getCountryCode());
    }

    @Test
    @DisplayName("state abbreviation with its period is a place, the clipped word without it is not")
    void stateAbbreviations() throws Exception {
        List<Location> locations = annotate("A missing Ill. man was found in Kane County, Ill., on Friday. "
                + "Wash your hands after using the toilet.");
        assertEquals("Illinois", the(locations, "Ill.").getName());
        assertTrue(at(locations, "Wash").isEmpty());
    }

    @Test
    @DisplayName("Turkey's canonical name is the English short name, Türkiye an alternate")
    void turkeyEnglishName() throws Exception {
        List<Location> locations = annotate("Turkey and Türkiye are one country.");
        assertEquals("Turkey", the(locations, "Turkey").getName());
        assertEquals("Turkey", the(locations, "Türkiye").getName());
        assertEquals(298795L, the(locations, "Türkiye").getGeonamesId());
    }

    @Test
    @DisplayName("direction word before a place, era after a year and plural title are not toponyms")
    void directionEraAndTitle() throws Exception {
        List<Location> locations = annotate("Most schools in Northeast Georgia cut jobs. The mound was built "
                + "about 100 B.C. near the river. U.S. Sens. Barbara Boxer and Dianne Feinstein wrote.");
        assertTrue(at(locations, "Northeast").isEmpty());
        assertEquals("A.ADM1", the(locations, "Georgia").getFeatureClass());
        assertTrue(at(locations, "B.C.").isEmpty());
        assertTrue(at(locations, "Sens").isEmpty());
    }

    @Test
    @DisplayName("dateline after a paragraph ending in Jr. is still a dateline")
    void datelineAfterJunior() throws Exception {
        assertTrue(at(annotate("The award is named after Martin Luther King Jr.\n\n"
                + "BYESVILLE -- A man was hurt on Monday."), "BYESVILLE").isPresent());
    }

    @Test
    @DisplayName("a place name before a frequent surname is a first name in the whole story")
    void firstNameBeforeSurname() throws Exception {
        List<Location> locations = annotate("Nine-year-old Georgia Stevens is lacing her skates in Red Deer. "
                + "Georgia began skating at the age of four. \"It was great,\" said Georgia. "
                + "Her friend Sydney Stevens watched. Sydney cheered.");
        assertTrue(locations.stream().noneMatch(l -> l.getCoveredText().equals("Georgia")
                        || l.getCoveredText().equals("Sydney")),
                () -> locations.stream().map(Location::getCoveredText).toList().toString());
    }

    @Test
    @DisplayName("a state before a surname-like word (Texas Hill Country, Georgia Hall of Fame) leaves the state's other mentions places")
    void stateBeforeSurnameLikeWord() throws Exception {
        List<Location> locations = annotate("Wildfires spread across the Texas Hill Country on Monday. "
                + "Texas voters will decide the bond next month. "
                + "The coach joined the Georgia Hall of Fame in 2010. Georgia's governor praised him.");
        List<Location> texas = locations.stream().filter(l -> l.getCoveredText().equals("Texas")).toList();
        List<Location> georgia = locations.stream().filter(l -> l.getCoveredText().equals("Georgia")).toList();
        assertTrue(texas.size() >= 1 && georgia.size() >= 1,
                () -> locations.stream().map(Location::getCoveredText).toList().toString());
        assertTrue(texas.stream().allMatch(l -> l.getCountryCode().equals("US")));
        assertTrue(georgia.stream().anyMatch(l -> l.getBegin() == l.getCAS().getDocumentText().indexOf("Georgia's")));
    }

    @Test
    @DisplayName("a place before an office held for it stays a place: Quebec Health Minister, Calgary MLA, US President-elect")
    void placeBeforeOffice() throws Exception {
        List<Location> locations = annotate("The deal was signed, Quebec Health Minister Gaetan Barrette said. "
                + "The Calgary MLA Sandra Jansen crossed the floor. He called US President-elect Donald Trump.");
        assertEquals("CA", the(locations, "Quebec").getCountryCode());
        assertEquals("A.PCLI", the(locations, "US").getFeatureClass());
        assertEquals("CA", the(locations, "Calgary").getCountryCode());
    }

    @Test
    @DisplayName("M.D. and P.A. after a name and a comma are a degree and a firm, not Maryland or Pennsylvania")
    void postnominals() throws Exception {
        List<Location> locations = annotate("Charles W. Murphy, M.D., has been named an assistant professor. "
                + "The firm Dimond Kaplan & Rothstein, P.A. represents investors in Baltimore, Md.");
        assertTrue(at(locations, "M.D.").isEmpty());
        assertTrue(at(locations, "P.A.").isEmpty());
        assertEquals("US", the(locations, "Md.").getCountryCode());
    }
}
