package org.quotestance.location;

import java.util.HashMap;
import java.util.Map;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;

/**
 * Where a document is about: for every country and first-level division, the share of the
 * document's distinct place names currently resolved inside it. A name's own vote can be left
 * out when scoring that name, so a name never supports itself.
 */
final class DocumentFocus {

    private final Map<String, Double> countryVotes = new HashMap<>();
    private final Map<String, Double> divisionVotes = new HashMap<>();
    private final Gazetteer gazetteer;
    private double total;

    DocumentFocus(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void vote(GazetteerEntry place, double weight) {
        if (place.countryCode().isEmpty()) {
            return;
        }
        countryVotes.merge(place.countryCode(), weight, Double::sum);
        if (!place.isCountry() && !place.admin1().isEmpty()) {
            divisionVotes.merge(division(place), weight, Double::sum);
        }
        total += weight;
    }

    /** Share of the other names' votes in the candidate's country. */
    double countryShare(GazetteerEntry candidate, GazetteerEntry ownVote, double ownWeight) {
        double others = total - ownWeight;
        if (others <= 0 || candidate.countryCode().isEmpty()) {
            return 0;
        }
        double votes = countryVotes.getOrDefault(candidate.countryCode(), 0.0);
        if (ownVote != null && ownVote.countryCode().equals(candidate.countryCode())) {
            votes -= ownWeight;
        }
        return Math.max(0, votes / others);
    }

    /** Share of the other names' votes in countries bordering the candidate's country. */
    double neighbourShare(GazetteerEntry candidate, GazetteerEntry ownVote, double ownWeight) {
        double others = total - ownWeight;
        if (others <= 0) {
            return 0;
        }
        double votes = 0;
        for (String neighbour : gazetteer.neighbours(candidate.countryCode())) {
            votes += countryVotes.getOrDefault(neighbour, 0.0);
            if (ownVote != null && ownVote.countryCode().equals(neighbour)) {
                votes -= ownWeight;
            }
        }
        return Math.max(0, votes / others);
    }

    /** Share of the other names' votes in the first-level division of a place or second-level division. */
    double divisionShare(GazetteerEntry candidate, GazetteerEntry ownVote, double ownWeight) {
        double others = total - ownWeight;
        boolean placeOrCounty = candidate.featureClass().startsWith("P.") || candidate.featureClass().equals("A.ADM2");
        if (others <= 0 || !placeOrCounty || candidate.admin1().isEmpty()) {
            return 0;
        }
        String division = division(candidate);
        double votes = divisionVotes.getOrDefault(division, 0.0);
        if (ownVote != null && !ownVote.isCountry() && division.equals(division(ownVote))) {
            votes -= ownWeight;
        }
        return Math.max(0, votes / others);
    }

    private static String division(GazetteerEntry place) {
        return place.countryCode() + "." + place.admin1();
    }
}
