package org.quotestance.location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;

import opennlp.tools.ml.model.Event;

/**
 * The resolution ranker: re-decides each place name's sense among its best GeoNames candidates
 * with a maxent model that scores a candidate from its population, feature class, prior rank,
 * the document's other places (share in its country, first-level division and neighbouring
 * countries, distance to the nearest), a ", State" / ", Country" qualifier, and whether the rules
 * ({@link CandidateRanker}) chose it. One sense per name per document: the mentions of a name are
 * decided together, and a division chosen where its seat or a city of a million shares its name
 * gives way to the city, as in the rules.
 */
final class LearnedResolver {

    /** Candidates considered per name, best prior first (a name like "Springfield" has dozens). */
    static final int MAX_CANDIDATES = 15;

    /** The ranker's feature families. */
    static final FeatureFamilies FAMILIES = new FeatureFamilies();
    private static final int RULE_CHOICE = FAMILIES.plain("rule-choice=");
    private static final int CLASS = FAMILIES.plain("class=");
    private static final int LETTER_CHOSEN = FAMILIES.plain("letter+chosen=");
    private static final int POPULATION = FAMILIES.plain("pop=");
    private static final int OWN_NAME = FAMILIES.plain("own-name=");
    private static final int ALTERNATE = FAMILIES.plain("alternate=");
    private static final int SENSES = FAMILIES.plain("senses=");
    private static final int QUALIFIED = FAMILIES.plain("qualified=");
    private static final int COUNTRY_SHARE = FAMILIES.plain("country-share=");
    private static final int DIVISION_SHARE = FAMILIES.plain("division-share=");
    private static final int NEIGHBOUR_SHARE = FAMILIES.plain("neighbour-share=");
    private static final int COUNTRY_SHARE_CHOSEN = FAMILIES.plain("country-share+chosen=");
    private static final int DIVISION_SHARE_CHOSEN = FAMILIES.plain("division-share+chosen=");
    private static final int SAME_COUNTRY_AS_CHOICE = FAMILIES.plain("same-country-as-choice=");
    private static final int KM_TO_CHOICE = FAMILIES.plain("km-to-choice=");
    private static final int KM_TO_NEAREST_PLACE = FAMILIES.plain("km-to-nearest-place=");

    private final Gazetteer gazetteer;
    private final NamePriors priors;

    LearnedResolver(Gazetteer gazetteer, NamePriors priors) {
        this.gazetteer = gazetteer;
        this.priors = priors;
    }

    /** Resolves each name of {@code places} (already resolved by the rules) to the model's best candidate. */
    void rerank(List<ToponymMention> places, BinaryClassifier model) {
        Map<String, List<ToponymMention>> byKey = byKey(places);
        Map<String, GazetteerEntry> ruleChoice = choices(byKey);
        DocumentFocus focus = focus(ruleChoice);
        BinaryClassifier.FamilyScorer scorer = model.scorer(FAMILIES);
        for (Map.Entry<String, List<ToponymMention>> name : byKey.entrySet()) {
            List<ToponymMention> mentions = name.getValue();
            if (mentions.get(0).candidates.size() < 2) {
                continue;
            }
            Set<List<GazetteerEntry>> qualifiers = CandidateRanker.qualifierCandidates(mentions);
            GazetteerEntry best = null;
            double bestScore = -1;
            for (GazetteerEntry candidate : shortlist(name.getKey(), mentions)) {
                features(name.getKey(), mentions, qualifiers, candidate, ruleChoice, focus, scorer);
                double score = scorer.probability();
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
            GazetteerEntry place = CandidateRanker.preferCityOfDivision(best, mentions.get(0).candidates, name.getKey(),
                    gazetteer);
            for (ToponymMention mention : mentions) {
                mention.resolved = place;
            }
        }
    }

    /**
     * Training events: for each name that overlaps gold with a point, one event per shortlisted
     * candidate, {@code yes} when it lies within 161 km of the gold point. Names whose shortlist
     * has no such candidate, or only one candidate, teach nothing and are left out.
     *
     * @param goldPoint the gold point (latitude, longitude) a mention overlaps, or null
     */
    List<Event> events(List<ToponymMention> places, java.util.function.Function<ToponymMention, double[]> goldPoint) {
        Map<String, List<ToponymMention>> byKey = byKey(places);
        Map<String, GazetteerEntry> ruleChoice = choices(byKey);
        DocumentFocus focus = focus(ruleChoice);
        List<Event> events = new ArrayList<>();
        for (Map.Entry<String, List<ToponymMention>> name : byKey.entrySet()) {
            List<ToponymMention> mentions = name.getValue();
            double[] point = mentions.stream().map(goldPoint).filter(p -> p != null).findFirst().orElse(null);
            if (point == null || mentions.get(0).candidates.size() < 2) {
                continue;
            }
            List<GazetteerEntry> shortlist = shortlist(name.getKey(), mentions);
            Predicate<GazetteerEntry> right = c -> GreatCircle.km(c.latitude(), c.longitude(), point[0], point[1]) <= 161;
            if (shortlist.stream().noneMatch(right)) {
                continue;
            }
            Set<List<GazetteerEntry>> qualifiers = CandidateRanker.qualifierCandidates(mentions);
            for (GazetteerEntry candidate : shortlist) {
                events.add(new Event(right.test(candidate) ? BinaryClassifier.YES : BinaryClassifier.NO,
                        features(name.getKey(), mentions, qualifiers, candidate, ruleChoice, focus)));
            }
        }
        return events;
    }

    private static Map<String, List<ToponymMention>> byKey(List<ToponymMention> places) {
        Map<String, List<ToponymMention>> byKey = new LinkedHashMap<>();
        for (ToponymMention place : places) {
            if (!place.demonym && place.resolved != null) {
                byKey.computeIfAbsent(place.key, k -> new ArrayList<>()).add(place);
            }
        }
        return byKey;
    }

    private static Map<String, GazetteerEntry> choices(Map<String, List<ToponymMention>> byKey) {
        Map<String, GazetteerEntry> choice = new LinkedHashMap<>();
        byKey.forEach((key, mentions) -> choice.put(key, mentions.get(0).resolved));
        return choice;
    }

    private DocumentFocus focus(Map<String, GazetteerEntry> choice) {
        DocumentFocus focus = new DocumentFocus(gazetteer);
        choice.values().forEach(place -> focus.vote(place));
        return focus;
    }

    private List<GazetteerEntry> shortlist(String key, List<ToponymMention> mentions) {
        List<GazetteerEntry> shortlist = new ArrayList<>(priors.shortlist(key, mentions.get(0).candidates));
        GazetteerEntry chosen = mentions.get(0).resolved;
        if (!shortlist.contains(chosen)) {
            shortlist.add(chosen);
        }
        return shortlist;
    }

    private String[] features(String key, List<ToponymMention> mentions, Set<List<GazetteerEntry>> qualifiers,
            GazetteerEntry candidate, Map<String, GazetteerEntry> ruleChoice, DocumentFocus focus) {
        FeatureSink.Strings strings = new FeatureSink.Strings();
        features(key, mentions, qualifiers, candidate, ruleChoice, focus, new FamilySink.Named(FAMILIES, strings));
        return strings.toArray();
    }

    private void features(String key, List<ToponymMention> mentions, Set<List<GazetteerEntry>> qualifiers,
            GazetteerEntry candidate, Map<String, GazetteerEntry> ruleChoice, DocumentFocus focus, FamilySink f) {
        GazetteerEntry own = ruleChoice.get(key);
        boolean chosen = candidate.equals(own);
        f.add(RULE_CHOICE, chosen);
        f.add(CLASS, candidate.featureClass());
        f.add(LETTER_CHOSEN, letterAndChoice(candidate.featureClassLetter(), chosen));
        int population = candidate.population() <= 0 ? 0 : (int) Math.log10(candidate.population());
        f.add(POPULATION, population);
        f.add(OWN_NAME, candidate.isNamed(key));
        f.add(ALTERNATE, gazetteer.isAlternateName(key, candidate));
        f.add(SENSES, Math.min(mentions.get(0).candidates.size(), 10));
        f.add(QUALIFIED, CandidateRanker.qualifierBonus(candidate, qualifiers) > 0);
        int country = bucket(focus.countryShare(candidate, own));
        int division = bucket(focus.divisionShare(candidate, own));
        f.add(COUNTRY_SHARE, country);
        f.add(DIVISION_SHARE, division);
        f.add(NEIGHBOUR_SHARE, bucket(focus.neighbourShare(candidate, own)));
        f.add(COUNTRY_SHARE_CHOSEN, (chosen ? BUCKETS_CHOSEN : BUCKETS_NOT_CHOSEN)[country]);
        f.add(DIVISION_SHARE_CHOSEN, (chosen ? BUCKETS_CHOSEN : BUCKETS_NOT_CHOSEN)[division]);
        f.add(SAME_COUNTRY_AS_CHOICE, candidate.countryCode().equals(own.countryCode()));
        f.add(KM_TO_CHOICE, kmBucket(GreatCircle.km(candidate.latitude(), candidate.longitude(),
                own.latitude(), own.longitude())));
        double nearest = Double.MAX_VALUE;
        for (Map.Entry<String, GazetteerEntry> other : ruleChoice.entrySet()) {
            if (!other.getKey().equals(key)) {
                GazetteerEntry place = other.getValue();
                nearest = Math.min(nearest, GreatCircle.km(candidate.latitude(), candidate.longitude(),
                        place.latitude(), place.longitude()));
            }
        }
        f.add(KM_TO_NEAREST_PLACE, nearest == Double.MAX_VALUE ? "none" : kmBucket(nearest));
    }

    /** A feature class letter and the rule's choice as one value ("Ptrue"), a constant for the letters A-Z. */
    private static String letterAndChoice(String letter, boolean chosen) {
        char c = letter.length() == 1 ? letter.charAt(0) : 0;
        if (c < 'A' || c > 'Z') {
            return letter + chosen;
        }
        return (chosen ? LETTERS_CHOSEN : LETTERS_NOT_CHOSEN)[c - 'A'];
    }

    private static final String[] LETTERS_CHOSEN = letters(true);
    private static final String[] LETTERS_NOT_CHOSEN = letters(false);

    private static String[] letters(boolean chosen) {
        String[] values = new String[26];
        for (char c = 'A'; c <= 'Z'; c++) {
            values[c - 'A'] = c + String.valueOf(chosen);
        }
        return values;
    }

    /** A {@link #bucket} and the rule's choice as one value ("3true"), made once. */
    private static final String[] BUCKETS_CHOSEN = {"0true", "1true", "2true", "3true", "4true"};
    private static final String[] BUCKETS_NOT_CHOSEN = {"0false", "1false", "2false", "3false", "4false"};

    private static int bucket(double share) {
        return share <= 0 ? 0 : 1 + (int) Math.min(3, share * 4);
    }

    private static String kmBucket(double km) {
        if (km < 1) {
            return "0";
        }
        if (km <= 50) {
            return "50";
        }
        if (km <= 161) {
            return "161";
        }
        if (km <= 500) {
            return "500";
        }
        return km <= 2000 ? "2000" : "far";
    }
}
