package org.quotestance.location;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * Each name's {@link PlacePrior}s and shortlist, remembered across documents: the same names ("Washington",
 * "US") come back in document after document with the same gazetteer candidates, and the ranker and the learned
 * resolver both ask for them. A remembered name is reused only for the very same candidates (the same entries in
 * the same order); otherwise it is worked out again. One instance per annotator (not thread-safe).
 */
final class NamePriors {

    /** Names remembered before the table starts afresh: bounds the memory of a long run. */
    private static final int MAX_NAMES = 20_000;

    private static final class Priors {
        final GazetteerEntry[] candidates;
        final double[] priors;
        List<GazetteerEntry> shortlist;

        Priors(GazetteerEntry[] candidates, double[] priors) {
            this.candidates = candidates;
            this.priors = priors;
        }
    }

    private final Map<String, Priors> byKey = new HashMap<>();

    /** {@code PlacePrior.of(candidates.get(i), key)} at {@code i} (shared: not to be changed). */
    double[] of(String key, List<GazetteerEntry> candidates) {
        return priors(key, candidates).priors;
    }

    /** {@code PlacePrior.shortlist(key, candidates, LearnedResolver.MAX_CANDIDATES)}, read-only. */
    List<GazetteerEntry> shortlist(String key, List<GazetteerEntry> candidates) {
        Priors priors = priors(key, candidates);
        if (priors.shortlist == null) {
            priors.shortlist = List.copyOf(PlacePrior.shortlist(candidates, priors.priors, LearnedResolver.MAX_CANDIDATES));
        }
        return priors.shortlist;
    }

    private Priors priors(String key, List<GazetteerEntry> candidates) {
        Priors known = byKey.get(key);
        if (known != null && same(known.candidates, candidates)) {
            return known;
        }
        GazetteerEntry[] entries = candidates.toArray(new GazetteerEntry[0]);
        double[] priors = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
            priors[i] = PlacePrior.of(entries[i], key);
        }
        if (byKey.size() >= MAX_NAMES) {
            byKey.clear();
        }
        Priors made = new Priors(entries, priors);
        byKey.put(key, made);
        return made;
    }

    private static boolean same(GazetteerEntry[] known, List<GazetteerEntry> candidates) {
        if (known.length != candidates.size()) {
            return false;
        }
        for (int i = 0; i < known.length; i++) {
            if (known[i] != candidates.get(i)) {
                return false;
            }
        }
        return true;
    }
}
