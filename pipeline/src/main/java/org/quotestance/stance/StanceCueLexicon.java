package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The FAVOR, AGAINST and NEUTRAL cue lists, matched longest cue first. */
public final class StanceCueLexicon {
    private final List<StanceCue> cues;

    StanceCueLexicon(List<StanceCue> cues) {
        this.cues = cues.stream()
                .sorted(Comparator.comparingInt((StanceCue cue) -> cue.words().size()).reversed())
                .toList();
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

    private CueMatch longestAt(List<Word> words, int start) {
        for (StanceCue cue : cues) {
            int n = cue.words().size();
            if (start + n > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = StanceCue.wordMatches(cue.words().get(k), words.get(start + k).lower());
            }
            if (all) {
                return new CueMatch(cue, start, start + n - 1);
            }
        }
        return null;
    }
}
