package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FAVOR, AGAINST and NEUTRAL cue lists, matched longest cue first (among cues of one length, in
 * list order). Cues are indexed by their first word (prefix cues such as "support*" by the first
 * letter of their stem), so a text word is tried only against the cues that can start with it.
 */
public final class StanceCueLexicon {

    /** A cue and its place in matching order. */
    private record Ranked(StanceCue cue, int rank) {
    }

    private static final Ranked[] NONE = {};

    /**
     * Cues whose first word is a plain word, by that word, and cues whose first word is a prefix ("support*"), by
     * the first letter of the stem, each in matching order; arrays, so that trying the words of a text allocates
     * no iterator.
     */
    private final Map<String, Ranked[]> byFirstWord = new HashMap<>();
    private final Map<Character, Ranked[]> prefixFirstByLetter = new HashMap<>();

    StanceCueLexicon(List<StanceCue> cues) {
        List<StanceCue> ordered = cues.stream()
                .sorted(Comparator.comparingInt((StanceCue cue) -> cue.words().size()).reversed())
                .toList();
        Map<String, List<Ranked>> plain = new HashMap<>();
        Map<Character, List<Ranked>> prefixes = new HashMap<>();
        for (int rank = 0; rank < ordered.size(); rank++) {
            StanceCue cue = ordered.get(rank);
            String first = cue.words().get(0);
            Ranked ranked = new Ranked(cue, rank);
            if (StanceCue.isPrefix(first)) {
                if (first.length() < 2) {
                    throw new IllegalArgumentException("a prefix cue needs a stem before '*': " + cue.words());
                }
                prefixes.computeIfAbsent(first.charAt(0), letter -> new ArrayList<>()).add(ranked);
            } else {
                plain.computeIfAbsent(first, word -> new ArrayList<>()).add(ranked);
            }
        }
        plain.forEach((word, list) -> byFirstWord.put(word, list.toArray(NONE)));
        prefixes.forEach((letter, list) -> prefixFirstByLetter.put(letter, list.toArray(NONE)));
    }

    public static StanceCueLexicon loadDefault() {
        List<StanceCue> cues = new ArrayList<>();
        WordList.lines("favor-cues.txt").forEach(line -> cues.add(StanceCue.parse(line, Polarity.FAVOR)));
        WordList.lines("against-cues.txt").forEach(line -> cues.add(StanceCue.parse(line, Polarity.AGAINST)));
        WordList.lines("neutral-cues.txt").forEach(line -> cues.add(StanceCue.parse(line, Polarity.NEUTRAL)));
        return new StanceCueLexicon(cues);
    }

    /** Every cue in the words, left to right, without overlaps. */
    public List<CueMatch> find(List<Word> words) {
        List<CueMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            CueMatch match = longestAt(words, i);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.last() + 1;
            }
        }
        return matches;
    }

    /** The first cue in matching order that the words spell from {@code start}, or null. */
    private CueMatch longestAt(List<Word> words, int start) {
        Ranked best = null;
        String first = words.get(start).lower();
        for (Ranked ranked : byFirstWord.getOrDefault(first, NONE)) {
            if (spells(ranked.cue(), words, start)) {
                best = ranked;
                break;
            }
        }
        Ranked[] prefixCues = first.isEmpty() ? NONE : prefixFirstByLetter.getOrDefault(first.charAt(0), NONE);
        for (Ranked ranked : prefixCues) {
            if (best != null && ranked.rank() > best.rank()) {
                break;
            }
            if (spells(ranked.cue(), words, start)) {
                best = ranked;
                break;
            }
        }
        if (best == null) {
            return null;
        }
        return new CueMatch(best.cue(), start, start + best.cue().words().size() - 1);
    }

    private static boolean spells(StanceCue cue, List<Word> words, int start) {
        int n = cue.words().size();
        if (start + n > words.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!StanceCue.wordMatches(cue.words().get(k), words.get(start + k).lower())) {
                return false;
            }
        }
        return true;
    }
}
