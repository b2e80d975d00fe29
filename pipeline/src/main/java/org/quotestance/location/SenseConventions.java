package org.quotestance.location;

import java.util.List;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;

/**
 * Four readings that hold whatever the ranker scored, applied to the resolved places after the rules
 * and again after the resolution ranker:
 * <ul>
 * <li>"Tacoma, Washington": a name that qualifies a place is the country or first-level division
 * that place lies in, when it can be (the state, not the capital; the country, not a town);</li>
 * <li>"Mexico": a country's own name is the country, not a first-level division of the same
 * country that carries its name (the State of México);</li>
 * <li>"Georgia": a name of a country and of a first-level division elsewhere is the country when
 * the document names another place in that country or a neighbouring one (Armenia, Azerbaijan)
 * and none inside the division ("Atlanta"), and the name is not qualified ("Georgia, U.S.");</li>
 * <li>"CAMP MURRAY, Wash. ... at home in Washington": a name that can be a first-level division
 * the document names otherwise (an abbreviation, a qualifier) is that division, unless its place
 * is a city of 100,000 or more inside it ("New York" the city beside "Albany, N.Y."; "Montana"
 * beside "HELENA, Mont." is the state, not Montana City).</li>
 * </ul>
 */
final class SenseConventions {

    private SenseConventions() {
    }

    static void apply(List<ToponymMention> places, Gazetteer gazetteer) {
        // decided once per name (one sense per name per document): the scans over the document's
        // places would otherwise run once per mention, quadratic in a long article
        java.util.Map<String, GazetteerEntry> foreignCountryChoice = new java.util.HashMap<>();
        for (ToponymMention place : places) {
            if (place.resolved == null || place.demonym) {
                continue;
            }
            place.resolved = countryOverItsNamesake(place.resolved, place.candidates);
            GazetteerEntry chosen = place.resolved;
            if (place.qualifier == null && hasForeignCountrySense(chosen, place.candidates)) {
                place.resolved = foreignCountryChoice.computeIfAbsent(place.key, key -> namesPlaceInside(places, place)
                        ? chosen : countryOverForeignDivision(place, places, gazetteer));
            }
        }
        for (ToponymMention place : places) {
            ToponymMention qualifier = place.qualifier;
            if (place.resolved == null || place.demonym || qualifier == null || qualifier.resolved == null) {
                continue;
            }
            GazetteerEntry container = containerOf(place.resolved, qualifier.candidates);
            if (container != null) {
                qualifier.resolved = container;
            }
        }
        java.util.Set<GazetteerEntry> divisions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ToponymMention place : places) {
            if (place.resolved != null && place.resolved.featureClass().equals("A.ADM1")) {
                divisions.add(place.resolved);
            }
        }
        for (ToponymMention place : places) {
            if (place.resolved == null || place.demonym || place.qualifier != null) {
                continue;
            }
            for (GazetteerEntry candidate : place.candidates) {
                if (divisions.contains(candidate) && (!liesIn(place.resolved, candidate) || isTown(place.resolved))) {
                    place.resolved = candidate;
                    break;
                }
            }
        }
    }

    /** A populated place under 100,000 people: "Montana" beside "HELENA, Mont." is the state, not Montana City. */
    private static boolean isTown(GazetteerEntry place) {
        return place.featureClass().startsWith("P.") && place.population() < GazetteerEntry.MAJOR_PLACE_POPULATION;
    }

    private static boolean liesIn(GazetteerEntry place, GazetteerEntry division) {
        return place == division || place.countryCode().equals(division.countryCode())
                && place.admin1().equals(division.admin1());
    }

    private static GazetteerEntry countryOverItsNamesake(GazetteerEntry chosen, List<GazetteerEntry> candidates) {
        if (!chosen.featureClass().equals("A.ADM1")) {
            return chosen;
        }
        for (GazetteerEntry candidate : candidates) {
            if (candidate.isCountry() && candidate.countryCode().equals(chosen.countryCode())) {
                return candidate;
            }
        }
        return chosen;
    }

    private static boolean hasForeignCountrySense(GazetteerEntry chosen, List<GazetteerEntry> candidates) {
        if (!chosen.featureClass().equals("A.ADM1")) {
            return false;
        }
        for (GazetteerEntry candidate : candidates) {
            if (candidate.isCountry() && !candidate.countryCode().equals(chosen.countryCode())) {
                return true;
            }
        }
        return false;
    }

    private static GazetteerEntry countryOverForeignDivision(ToponymMention place, List<ToponymMention> places,
            Gazetteer gazetteer) {
        GazetteerEntry chosen = place.resolved;
        if (!chosen.featureClass().equals("A.ADM1")) {
            return chosen;
        }
        for (GazetteerEntry candidate : place.candidates) {
            if (candidate.isCountry() && !candidate.countryCode().equals(chosen.countryCode())
                    && namesPlaceNear(places, place, candidate.countryCode(), gazetteer)) {
                return candidate;
            }
        }
        return chosen;
    }

    /** Whether another name of the document is resolved to a place in this country or a neighbouring one. */
    private static boolean namesPlaceNear(List<ToponymMention> places, ToponymMention place, String countryCode,
            Gazetteer gazetteer) {
        for (ToponymMention other : places) {
            GazetteerEntry near = other.resolved;
            if (near != null && !other.key.equals(place.key) && (near.countryCode().equals(countryCode)
                    || gazetteer.neighbours(countryCode).contains(near.countryCode()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether another name of the document is resolved to a place inside the division {@code place} is resolved to. */
    private static boolean namesPlaceInside(List<ToponymMention> places, ToponymMention place) {
        GazetteerEntry division = place.resolved;
        for (ToponymMention other : places) {
            GazetteerEntry inside = other.resolved;
            if (inside != null && !other.key.equals(place.key) && inside != division && !inside.isCountry()
                    && inside.countryCode().equals(division.countryCode()) && inside.admin1().equals(division.admin1())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate of the qualifier that contains the place: its first-level division, else its country. */
    private static GazetteerEntry containerOf(GazetteerEntry place, List<GazetteerEntry> qualifierCandidates) {
        if (place.isCountry() || place.featureClass().equals("A.ADM1")) {
            return null;
        }
        GazetteerEntry country = null;
        for (GazetteerEntry candidate : qualifierCandidates) {
            if (!candidate.countryCode().equals(place.countryCode())) {
                continue;
            }
            if (candidate.featureClass().equals("A.ADM1") && candidate.admin1().equals(place.admin1())) {
                return candidate;
            }
            if (candidate.isCountry()) {
                country = candidate;
            }
        }
        return country;
    }
}
