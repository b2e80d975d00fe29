package org.quotestance.location;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;

/**
 * Where a document is about: for every country and first-level division, the share of the
 * document's distinct place names currently resolved inside it. A name's own vote is left
 * out when scoring that name, so a name never supports itself. Each name has one vote: the
 * tallies are whole numbers, so a share is the same double whatever order they were added in.
 */
final class DocumentFocus {

    private final Map<String, Integer> countryVotes = new HashMap<>();
    /** By country code, then first-level division code (two keys, not a string built per lookup). */
    private final Map<String, Map<String, Integer>> divisionVotes = new HashMap<>();
    /** By country code, the countries bordering it and their votes, summed on first use. */
    private final Map<String, Neighbours> neighbourVotes = new HashMap<>();
    private final Gazetteer gazetteer;
    private int total;

    DocumentFocus(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void vote(GazetteerEntry place) {
        if (place.countryCode().isEmpty()) {
            return;
        }
        countryVotes.merge(place.countryCode(), 1, Integer::sum);
        if (!place.isCountry() && !place.admin1().isEmpty()) {
            divisionVotes.computeIfAbsent(place.countryCode(), country -> new HashMap<>())
                    .merge(place.admin1(), 1, Integer::sum);
        }
        neighbourVotes.clear();
        total++;
    }

    /** Share of the other names' votes in the candidate's country. */
    double countryShare(GazetteerEntry candidate, GazetteerEntry ownVote) {
        int others = total - 1;
        if (others <= 0 || candidate.countryCode().isEmpty()) {
            return 0;
        }
        int votes = votes(countryVotes, candidate.countryCode());
        if (ownVote != null && ownVote.countryCode().equals(candidate.countryCode())) {
            votes--;
        }
        return Math.max(0, (double) votes / others);
    }

    /** Share of the other names' votes in countries bordering the candidate's country. */
    double neighbourShare(GazetteerEntry candidate, GazetteerEntry ownVote) {
        int others = total - 1;
        if (others <= 0) {
            return 0;
        }
        String country = candidate.countryCode();
        Neighbours neighbours = neighbourVotes.get(country);
        if (neighbours == null) {
            Set<String> countries = gazetteer.neighbours(country);
            int sum = 0;
            for (String neighbour : countries) {
                sum += votes(countryVotes, neighbour);
            }
            neighbours = new Neighbours(countries, sum);
            neighbourVotes.put(country, neighbours);
        }
        int votes = neighbours.votes();
        if (ownVote != null && votes > 0 && neighbours.countries().contains(ownVote.countryCode())) {
            votes--;
        }
        return Math.max(0, (double) votes / others);
    }

    /** Share of the other names' votes in the first-level division of a place or second-level division. */
    double divisionShare(GazetteerEntry candidate, GazetteerEntry ownVote) {
        int others = total - 1;
        boolean placeOrCounty = candidate.featureClass().startsWith("P.") || candidate.featureClass().equals("A.ADM2");
        if (others <= 0 || !placeOrCounty || candidate.admin1().isEmpty()) {
            return 0;
        }
        Map<String, Integer> countryDivisions = divisionVotes.get(candidate.countryCode());
        int votes = countryDivisions == null ? 0 : votes(countryDivisions, candidate.admin1());
        if (ownVote != null && !ownVote.isCountry() && ownVote.countryCode().equals(candidate.countryCode())
                && ownVote.admin1().equals(candidate.admin1())) {
            votes--;
        }
        return Math.max(0, (double) votes / others);
    }

    private record Neighbours(Set<String> countries, int votes) {
    }

    /** The votes for a key, 0 for none. */
    private static int votes(Map<String, Integer> votes, String key) {
        Integer sum = votes.get(key);
        return sum == null ? 0 : sum;
    }
}
