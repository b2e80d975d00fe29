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
    /** By country code, then first-level division code (two keys, not a string built per lookup). */
    private final Map<String, Map<String, Double>> divisionVotes = new HashMap<>();
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
            divisionVotes.computeIfAbsent(place.countryCode(), country -> new HashMap<>())
                    .merge(place.admin1(), weight, Double::sum);
        }
        total += weight;
    }

    /** Share of the other names' votes in the candidate's country. */
    double countryShare(GazetteerEntry candidate, GazetteerEntry ownVote, double ownWeight) {
        double others = total - ownWeight;
        if (others <= 0 || candidate.countryCode().isEmpty()) {
            return 0;
        }
        double votes = votes(countryVotes, candidate.countryCode());
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
            votes += votes(countryVotes, neighbour);
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
        Map<String, Double> countryDivisions = divisionVotes.get(candidate.countryCode());
        double votes = countryDivisions == null ? 0.0 : votes(countryDivisions, candidate.admin1());
        if (ownVote != null && !ownVote.isCountry() && ownVote.countryCode().equals(candidate.countryCode())
                && ownVote.admin1().equals(candidate.admin1())) {
            votes -= ownWeight;
        }
        return Math.max(0, votes / others);
    }

    /** The votes for a key, 0 for none (without boxing a default per lookup). */
    private static double votes(Map<String, Double> votes, String key) {
        Double sum = votes.get(key);
        return sum == null ? 0.0 : sum;
    }
}
