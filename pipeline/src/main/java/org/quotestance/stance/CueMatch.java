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

    /** The cue as written in the text, e.g. "opposed to". */
    public String surface(String text, List<Word> words, int textOffset) {
        return text.substring(begin(words) - textOffset, end(words) - textOffset);
    }
}
