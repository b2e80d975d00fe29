package org.quotestance.location;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.Gazetteer;

/**
 * Drops resolved names that are more likely an ordinary capitalised word or a surname than a
 * small place: a one-word name resolved to a populated place below the population threshold (or
 * below a million people when the name is only one of the place's alternate names),
 * with no locative cue at any of its mentions (a preposition such as "in" or "near", a dateline, a
 * resident noun, "-based", a party home town: {@code ExclusionRules.hasLocativeCue}), no
 * qualifier after one ("Pineville, Louisiana"), and no coordination with a place of the same
 * country that is kept ("Newark, Heath and Pataskala": Heath and Pataskala are kept with Newark;
 * not a first name followed by a surname). Countries,
 * divisions, regions and physical features are never weak, nor is a name that a country or
 * first-level division also bears, whatever sense it was given ("Oklahoma", "Montana").
 */
final class WeakMentionFilter {

    private static final Set<String> COORDINATORS = Set.of(",", "and", "or", "&");
    /**
     * A place the name reaches only through one of its GeoNames alternate names ("Sky" for Sandusky,
     * "Twickenham" for Huntsville; curated spellings such as "Fuzuli" are the place's own) counts as small below this population: news uses other names without a cue only
     * for world cities ("Bombay"). The same 1M line as for a city over its namesake division.
     */
    private static final long ALIAS_MIN_POPULATION = 1_000_000;

    private final long minPopulationWithoutCue;
    private final ExclusionRules rules;
    private final Gazetteer gazetteer;

    WeakMentionFilter(long minPopulationWithoutCue, ExclusionRules rules, Gazetteer gazetteer) {
        this.minPopulationWithoutCue = minPopulationWithoutCue;
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    void removeWeak(List<ToponymMention> mentions) {
        Set<ToponymMention> small = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ToponymMention mention : mentions) {
            if (isSmallPlace(mention) && mention.wordCount() == 1) {
                small.add(mention);
            }
        }
        Set<String> supportedKeys = new HashSet<>();
        for (ToponymMention mention : mentions) {
            if (mention.qualifier != null || rules.hasLocativeCue(mention) && !isSmallAlias(mention)) {
                supportedKeys.add(mention.key);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < mentions.size(); i++) {
                ToponymMention a = mentions.get(i);
                ToponymMention b = mentions.get(i + 1);
                if (isCoordinated(a, b) && isStrong(a, small, supportedKeys) != isStrong(b, small, supportedKeys)) {
                    ToponymMention weak = isStrong(a, small, supportedKeys) ? b : a;
                    ToponymMention strong = weak == a ? b : a;
                    if (!isFollowedByCapitalised(weak)
                            && weak.resolved.countryCode().equals(strong.resolved.countryCode())) {
                        supportedKeys.add(weak.key);
                        changed = true;
                    }
                }
            }
        }
        mentions.removeIf(mention -> !isStrong(mention, small, supportedKeys));
    }

    private static boolean isStrong(ToponymMention mention, Set<ToponymMention> small, Set<String> supportedKeys) {
        return !small.contains(mention) || supportedKeys.contains(mention.key);
    }

    /** "Oklahoma", "Montana": a name that also names a country or first-level division is never a weak small place. */
    static boolean isStateOrCountry(GazetteerEntry entry) {
        return entry.isCountry() || entry.featureClass().equals("A.ADM1");
    }

    /** "Grace Carmichael": a first name in a list of people. */
    private static boolean isFollowedByCapitalised(ToponymMention mention) {
        int next = mention.lastToken + 1;
        return next < mention.sentence.size() && mention.sentence.isCapitalised(next);
    }

    /** "Newark, Heath and Pataskala", "Allston and Weston": only commas and conjunctions between two names. */
    private static boolean isCoordinated(ToponymMention a, ToponymMention b) {
        if (a.sentence != b.sentence || b.firstToken <= a.lastToken + 1 || a.prefixEnd >= 0 || b.suffixBegin >= 0) {
            return false;
        }
        for (int i = a.lastToken + 1; i < b.firstToken; i++) {
            if (!COORDINATORS.contains(a.sentence.word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One sense per document for people: a name that some mention shows to be a surname
     * ("Rep. Kevin Jones") or a first name ("Georgia Stevens") is a person in the whole document
     * unless a mention has a locative cue.
     */
    void removePeople(List<ToponymMention> mentions, Set<String> personKeys) {
        mentions.removeIf(mention -> personKeys.contains(mention.key) && !rules.hasLocativeCue(mention)
                && mention.qualifier == null);
    }

    /**
     * "hooked up to Sky" (an alias of Sandusky), "on the Cell processor" (of Zell im Wiesental): a cue does not make
     * a place of a name that is no place's own name and reaches only small ones. A name that is some place's own name, or begins it
     * ("in Frankfurt", of Frankfurt am Main), keeps the cue's support, whichever sense it was given ("in Madison").
     */
    private boolean isSmallAlias(ToponymMention mention) {
        GazetteerEntry place = mention.resolved;
        if (!place.featureClass().startsWith("P.") || place.population() >= ALIAS_MIN_POPULATION) {
            return false;
        }
        for (GazetteerEntry candidate : mention.candidates) {
            if (CandidateRanker.carriesName(candidate, mention.key, gazetteer)) {
                return false;
            }
        }
        return true;
    }

    private boolean isSmallPlace(ToponymMention mention) {
        GazetteerEntry place = mention.resolved;
        if (!place.featureClass().startsWith("P.") || mention.candidates.stream().anyMatch(WeakMentionFilter::isStateOrCountry)) {
            return false;
        }
        return place.population() < minPopulationWithoutCue
                || place.population() < ALIAS_MIN_POPULATION && gazetteer.isAlternateName(mention.key, place);
    }
}
