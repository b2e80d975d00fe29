package org.quotestance.location;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * Drops resolved names that are more likely an ordinary capitalised word or a surname than a
 * small place: a one-word name resolved to a populated place below the population threshold,
 * with no locative preposition before any of its mentions ("in", "near", "to", ...), no
 * qualifier after one ("Pineville, Louisiana"). Countries, divisions, regions and physical
 * features are never weak.
 */
final class WeakMentionFilter {

    private final long minPopulationWithoutCue;
    private final ExclusionRules rules;

    WeakMentionFilter(long minPopulationWithoutCue, ExclusionRules rules) {
        this.minPopulationWithoutCue = minPopulationWithoutCue;
        this.rules = rules;
    }

    void removeWeak(List<ToponymMention> mentions) {
        Set<String> supportedKeys = new HashSet<>();
        for (ToponymMention mention : mentions) {
            if (rules.hasLocativeCue(mention) || mention.qualifier != null) {
                supportedKeys.add(mention.key);
            }
        }
        mentions.removeIf(mention -> isSmallPlace(mention) && mention.wordCount() == 1
                && !supportedKeys.contains(mention.key));
    }

    /**
     * One sense per document for people: a name that some mention shows to be a surname
     * ("Rep. Kevin Jones") is a person in the whole document unless a mention has a locative cue.
     */
    void removeSurnames(List<ToponymMention> mentions, Set<String> surnameKeys) {
        mentions.removeIf(mention -> surnameKeys.contains(mention.key) && !rules.hasLocativeCue(mention)
                && mention.qualifier == null);
    }

    private boolean isSmallPlace(ToponymMention mention) {
        GazetteerEntry place = mention.resolved;
        return place.featureClass().startsWith("P.") && place.population() < minPopulationWithoutCue;
    }
}
