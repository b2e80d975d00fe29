package org.quotestance.location;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;

/**
 * Resolves every place name of a document to one gazetteer entry.
 *
 * <p>Method: one sense per name per document (all mentions with the same key get the same
 * place). Each candidate is scored as
 * <pre>
 *   prior (log10 population + feature-type bonus + canonical-name bonus, see PlacePrior)
 *   + COUNTRY_WEIGHT   x share of the document's other names resolved in the candidate's country
 *   + NEIGHBOUR_WEIGHT x share of them in countries bordering it (GeoNames neighbours)
 *   + DIVISION_WEIGHT  x share of them in its first-level division
 *   + QUALIFIER_BONUS  if a mention is followed by ", X" where X names its country or division
 *   + NEARBY_WEIGHT    x share of the other names that have some sense within 161 km (towns and
 *                        counties only, {@link SenseGrid}): "Columbus", "Hagerstown" and "New Castle"
 *                        together are the Indiana towns, though none of them is the largest of its name;
 *                        not for a name that is also a country, a national capital or a metropolis
 * </pre>
 * A town named like a country ("Peru", Indiana) gets the country share at a lower weight.
 * Names start at their best prior; the shares are then computed from the current resolutions
 * and every name is re-resolved, {@link #ROUNDS} times. So "Georgia" next to Armenia and
 * Azerbaijan stays the country (neighbours), "Georgia" among Atlanta and Savannah becomes the US
 * state, and "Paris" in a text about Texas, or in "Paris, Texas", becomes Paris, Texas.
 */
final class CandidateRanker {

    static final double COUNTRY_WEIGHT = 6.0;
    static final double NEIGHBOUR_WEIGHT = 2.0;
    static final double DIVISION_WEIGHT = 8.0;
    /**
     * The country weight of a town named like a country ("Peru", "Jamaica", "Lebanon"): a story
     * set in the United States names foreign countries far more often than its towns of that name,
     * so only its division (a place of the same state) or a qualifier may make the town win.
     */
    static final double LOCAL_NAMESAKE_COUNTRY_WEIGHT = 3.0;
    static final double QUALIFIER_BONUS = 6.0;
    /**
     * Weight of the share of the document's other names that have a sense within 161 km of a town
     * or county (whatever sense they were given): 4, 6, 8 and 12 were compared by 5-fold
     * cross-validation on the three geo dev sets; 8 resolved most recognised toponyms in all.
     */
    static final double NEARBY_WEIGHT = 8.0;
    static final int ROUNDS = 2;
    static final long METROPOLIS = 1_000_000;
    private static final java.util.Set<String> SEATS = java.util.Set.of("P.PPLC", "P.PPLA", "P.PPLA2");

    private final Gazetteer gazetteer;
    private final NamePriors priors;

    CandidateRanker(Gazetteer gazetteer, NamePriors priors) {
        this.gazetteer = gazetteer;
        this.priors = priors;
    }

    void resolve(List<ToponymMention> mentions) {
        resolve(mentions, List.of());
    }

    /**
     * Resolves the voters jointly, as {@link #resolve(List)} does, and then each of the others in
     * the context of the voters' choices without letting it vote (candidates the rules dropped,
     * which the toponym classifier may still keep). An other that shares a voter's name takes the
     * voter's place: one sense per name per document.
     */
    void resolve(List<ToponymMention> mentions, List<ToponymMention> others) {
        Map<String, List<ToponymMention>> byKey = new LinkedHashMap<>();
        for (ToponymMention mention : mentions) {
            byKey.computeIfAbsent(mention.key, k -> new java.util.ArrayList<>()).add(mention);
        }
        Map<String, GazetteerEntry> choice = new HashMap<>();
        Map<String, List<GazetteerEntry>> senses = new LinkedHashMap<>();
        List<Name> names = new java.util.ArrayList<>(byKey.size());
        for (Map.Entry<String, List<ToponymMention>> name : byKey.entrySet()) {
            names.add(new Name(name.getKey(), name.getValue(), priors));
            choice.put(name.getKey(), best(names.get(names.size() - 1), null));
            senses.put(name.getKey(), priors.shortlist(name.getKey(), name.getValue().get(0).candidates));
        }
        Nearness nearness = new Nearness(new SenseGrid(senses), byKey.size());
        for (int round = 0; round < ROUNDS; round++) {
            DocumentFocus focus = new DocumentFocus(gazetteer);
            choice.values().forEach(place -> focus.vote(place));
            Map<String, GazetteerEntry> next = new HashMap<>();
            for (Name name : names) {
                next.put(name.key, best(name, new Context(focus, choice.get(name.key), nearness)));
            }
            choice = next;
        }
        for (ToponymMention mention : mentions) {
            mention.resolved = preferCityOfDivision(choice.get(mention.key), mention.candidates, mention.key, gazetteer);
        }
        if (others.isEmpty()) {
            return;
        }
        DocumentFocus focus = new DocumentFocus(gazetteer);
        choice.values().forEach(place -> focus.vote(place));
        // an unqualified other's best sense depends only on its name and candidates: "Trump" dropped thirty times is
        // scored once
        Map<String, Unqualified> unqualified = new HashMap<>();
        for (ToponymMention other : others) {
            GazetteerEntry place = choice.get(other.key);
            if (place == null) {
                Unqualified alike = other.qualifier == null ? unqualified.get(other.key) : null;
                if (alike != null && sameCandidates(alike.candidates(), other.candidates)) {
                    place = alike.best();
                } else {
                    place = best(new Name(other.key, List.of(other), priors), new Context(focus, null, nearness));
                    if (other.qualifier == null) {
                        unqualified.put(other.key, new Unqualified(other.candidates, place));
                    }
                }
            }
            other.resolved = preferCityOfDivision(place, other.candidates, other.key, gazetteer);
        }
    }

    /** The same places in the same order (the same gazetteer entries: one instance per place). */
    private static boolean sameCandidates(List<GazetteerEntry> a, List<GazetteerEntry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "New York", "Tehran", "Fuzuli": a division and a city inside it share the name, and the
     * city is the division's seat or has a million people or more. The name then stands for the
     * city, which has a GeoNames id and a precise point (the division's point is estimated). The
     * city must carry the name as its own or at the start of its own ("New York City"): Yuma,
     * which GeoNames also calls "Arizona", is no reading of "Arizona".
     */
    static GazetteerEntry preferCityOfDivision(GazetteerEntry chosen, List<GazetteerEntry> candidates, String key,
            Gazetteer gazetteer) {
        if (!chosen.featureClass().equals("A.ADM1") && !chosen.featureClass().equals("A.ADM2")) {
            return chosen;
        }
        for (GazetteerEntry candidate : candidates) {
            boolean seatOrMetropolis = SEATS.contains(candidate.featureClass()) || candidate.population() >= METROPOLIS;
            if (candidate.featureClass().startsWith("P.") && seatOrMetropolis
                    && candidate.countryCode().equals(chosen.countryCode()) && candidate.admin1().equals(chosen.admin1())
                    && carriesName(candidate, key, gazetteer)) {
                return candidate;
            }
        }
        return chosen;
    }

    /** The key is the place's own name or begins it ("Frankfurt" of "Frankfurt am Main"), not an alias. */
    static boolean carriesName(GazetteerEntry city, String key, Gazetteer gazetteer) {
        return !gazetteer.isAlternateName(key, city) || NameKeys.normalise(city.name()).startsWith(key + " ");
    }

    private record Context(DocumentFocus focus, GazetteerEntry ownVote, Nearness nearness) {
    }

    /** The best sense found for a name's candidates without a qualifier. */
    private record Unqualified(List<GazetteerEntry> candidates, GazetteerEntry best) {
    }

    /** The document's senses on a grid and how many names it has, for the share of other names with a sense nearby. */
    private static final class Nearness {
        private final SenseGrid grid;
        private final int names;
        /** Per name, per candidate (by identity): each is looked up once, not once per round. */
        private final Map<String, Map<GazetteerEntry, Double>> shares = new HashMap<>();

        Nearness(SenseGrid grid, int names) {
            this.grid = grid;
            this.names = names;
        }

        double share(String key, GazetteerEntry candidate) {
            if (names < 2) {
                return 0;
            }
            Map<GazetteerEntry, Double> byCandidate = shares.get(key);
            if (byCandidate == null) {
                byCandidate = new java.util.IdentityHashMap<>();
                shares.put(key, byCandidate);
            }
            Double share = byCandidate.get(candidate);
            if (share == null) {
                share = (double) grid.nearbyNames(key, candidate) / (names - 1);
                byCandidate.put(candidate, share);
            }
            return share;
        }
    }

    /**
     * A name of the document with its mentions, and what its candidates score before the document's context is
     * added (prior and qualifier bonus), worked out on first use: the same in every round.
     */
    private static final class Name {
        private final String key;
        private final List<ToponymMention> mentions;
        private final List<GazetteerEntry> candidates;
        private final NamePriors priors;
        private double[] base;
        private boolean namesCountry;
        private double nearbyWeight;

        Name(String key, List<ToponymMention> mentions, NamePriors priors) {
            this.key = key;
            this.mentions = mentions;
            this.candidates = mentions.get(0).candidates;
            this.priors = priors;
        }

        double[] base() {
            if (base == null) {
                Set<List<GazetteerEntry>> qualifiers = qualifierCandidates(mentions);
                double[] prior = priors.of(key, candidates);
                base = new double[candidates.size()];
                for (int i = 0; i < base.length; i++) {
                    base[i] = prior[i] + qualifierBonus(candidates.get(i), qualifiers);
                }
                namesCountry = namesCountry(candidates);
                nearbyWeight = namesWorldPlace(candidates) ? 0 : NEARBY_WEIGHT;
            }
            return base;
        }
    }

    private GazetteerEntry best(Name name, Context context) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        if (name.candidates.size() == 1) {
            return name.candidates.get(0);
        }
        double[] base = name.base();
        String key = name.key;
        boolean namesCountry = name.namesCountry;
        double nearbyWeight = name.nearbyWeight;
        for (int i = 0; i < base.length; i++) {
            GazetteerEntry candidate = name.candidates.get(i);
            double score = base[i];
            if (context != null) {
                double countryWeight = namesCountry && isLocal(candidate) ? LOCAL_NAMESAKE_COUNTRY_WEIGHT : COUNTRY_WEIGHT;
                score += countryWeight * context.focus().countryShare(candidate, context.ownVote())
                        + NEIGHBOUR_WEIGHT * context.focus().neighbourShare(candidate, context.ownVote())
                        + DIVISION_WEIGHT * context.focus().divisionShare(candidate, context.ownVote())
                        + nearbyWeight * context.nearness().share(key, candidate);
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static boolean namesCountry(List<GazetteerEntry> candidates) {
        for (GazetteerEntry candidate : candidates) {
            if (candidate.isCountry()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name one of whose senses is a country, a national capital or a metropolis ("Moscow", "Paris"): small
     * namesakes near each other (Moscow and Paris, Maine) say nothing against it, so nearness does not count.
     */
    private static boolean namesWorldPlace(List<GazetteerEntry> candidates) {
        for (GazetteerEntry candidate : candidates) {
            if (candidate.isCountry() || candidate.featureClass().equals("P.PPLC") || candidate.population() >= METROPOLIS) {
                return true;
            }
        }
        return false;
    }

    /** A town or county: what the document's country alone says little about when the name is also a country's. */
    private static boolean isLocal(GazetteerEntry candidate) {
        return candidate.featureClass().startsWith("P.") || candidate.featureClass().equals("A.ADM2");
    }

    /** The places each following ", X" may be, once per distinct X: a name repeated 10,000 times is read once. */
    static Set<List<GazetteerEntry>> qualifierCandidates(List<ToponymMention> mentions) {
        Set<List<GazetteerEntry>> qualifiers = new LinkedHashSet<>();
        for (ToponymMention mention : mentions) {
            if (mention.qualifier != null) {
                qualifiers.add(mention.qualifier.candidates);
            }
        }
        return qualifiers;
    }

    /** The bonus for a candidate that one of the {@link #qualifierCandidates} qualifies (also the learned ranker's feature). */
    static double qualifierBonus(GazetteerEntry candidate, Set<List<GazetteerEntry>> qualifiers) {
        for (List<GazetteerEntry> qualifier : qualifiers) {
            if (qualifies(qualifier, candidate)) {
                return QUALIFIER_BONUS;
            }
        }
        return 0;
    }

    /** Whether a following ", X" names the candidate's country or first-level division. */
    private static boolean qualifies(List<GazetteerEntry> qualifier, GazetteerEntry candidate) {
        for (GazetteerEntry place : qualifier) {
            boolean sameCountry = place.countryCode().equals(candidate.countryCode());
            if (sameCountry && (place.isCountry()
                    || place.featureClass().equals("A.ADM1") && place.admin1().equals(candidate.admin1()))) {
                return true;
            }
        }
        return false;
    }
}
