package org.quotestance.stance;

import java.util.List;

/** A stance cue found in a word list: words first..last (inclusive) spell the cue. */
public record CueMatch(StanceCue cue, int first, int last) {

    public int begin(List<Word> words) {
        return words.get(first).begin();
    }

    public int end(List<Word> words) {
        return words.get(last).end();
    }
}
