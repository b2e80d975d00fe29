package org.quotestance.location;

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

    /** One name's mentions in the document, looked up once per candidate ({@link #of}). */
    static final class Name {

        private int count;
        private int kept;
        private int cued;
        private final Map<String, Integer> counting = new TreeMap<>();
        /** The verdicts the rules gave the name's mentions, in their sorted order, and how many of each. */
        private String[] verdicts;
        private int[] verdictCounts;

        int count() {
            return count;
        }

        /** Whether another mention of the name than {@code mention} was kept by the rules. */
        boolean keptElsewhere(ToponymMention mention) {
            return kept > (LocationAnnotator.KEPT.equals(mention.verdict) ? 1 : 0);
        }

        /** Whether another mention of the name has a locative cue, this one's being {@code cued}. */
        boolean cuedElsewhere(boolean cued) {
            return this.cued > (cued ? 1 : 0);
        }

        /** How many verdicts the rules gave the name's mentions ({@link #verdict}). */
        int verdicts() {
            return verdicts.length;
        }

        String verdict(int v) {
            return verdicts[v];
        }

        /** Whether verdict {@code v} is one the rules gave another mention of the name than {@code mention}. */
        boolean isVerdictElsewhere(int v, ToponymMention mention) {
            return verdictCounts[v] > (verdicts[v].equals(mention.verdict) ? 1 : 0);
        }

        private void closeCounting() {
            verdicts = counting.keySet().toArray(String[]::new);
            verdictCounts = new int[verdicts.length];
            for (int v = 0; v < verdicts.length; v++) {
                verdictCounts[v] = counting.get(verdicts[v]);
            }
        }
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
            name.counting.merge(String.valueOf(candidate.verdict), 1, Integer::sum);
        }
        for (Name name : names.values()) {
            name.closeCounting();
        }
    }

    /** The name of {@code mention}, one of the document's candidates. */
    Name of(ToponymMention mention) {
        return names.get(mention.key);
    }
}
