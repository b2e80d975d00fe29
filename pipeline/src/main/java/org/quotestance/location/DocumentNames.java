package org.quotestance.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a document says about each name across all its candidates, for the toponym classifier's
 * one-sense-per-document features: how often the name occurs and how often the rules kept it,
 * which rules dropped its other mentions ("Jones" dropped as a surname in "Rodney Jones" is a
 * person also in "of Jones' appointment"), and whether another mention has a locative cue.
 */
final class DocumentNames {

    private static final class Name {
        int count;
        int kept;
        int cued;
        final Map<String, Integer> verdicts = new TreeMap<>();
    }

    private final Map<String, Name> names = new HashMap<>();

    DocumentNames(List<ToponymMention> candidates, ExclusionRules rules) {
        for (ToponymMention candidate : candidates) {
            Name name = names.computeIfAbsent(candidate.key, k -> new Name());
            name.count++;
            if (LocationAnnotator.KEPT.equals(candidate.verdict)) {
                name.kept++;
            }
            if (rules.hasLocativeCue(candidate)) {
                name.cued++;
            }
            name.verdicts.merge(String.valueOf(candidate.verdict), 1, Integer::sum);
        }
    }

    int count(ToponymMention mention) {
        return name(mention).count;
    }

    /** Whether another mention of the name was kept by the rules. */
    boolean keptElsewhere(ToponymMention mention) {
        return name(mention).kept > (LocationAnnotator.KEPT.equals(mention.verdict) ? 1 : 0);
    }

    /** Whether another mention of the name has a locative cue. */
    boolean cuedElsewhere(ToponymMention mention, boolean cued) {
        return name(mention).cued > (cued ? 1 : 0);
    }

    /** The verdicts the rules gave the name's other mentions, this mention's own left out. */
    List<String> otherVerdicts(ToponymMention mention) {
        List<String> others = List.of();
        for (Map.Entry<String, Integer> verdict : name(mention).verdicts.entrySet()) {
            if (verdict.getValue() > (verdict.getKey().equals(mention.verdict) ? 1 : 0)) {
                if (others.isEmpty()) {
                    others = new ArrayList<>(2);
                }
                others.add(verdict.getKey());
            }
        }
        return others;
    }

    private Name name(ToponymMention mention) {
        return names.get(mention.key);
    }
}
