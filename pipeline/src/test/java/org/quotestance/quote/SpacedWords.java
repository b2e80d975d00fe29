package org.quotestance.quote;

import java.util.ArrayList;
import java.util.List;

import org.quotestance.text.Word;

/** Test words from tokens, one space apart: the offsets a text of the tokens joined by spaces would give. */
public final class SpacedWords {

    private SpacedWords() {
    }

    public static List<Word> of(String... tokens) {
        List<Word> words = new ArrayList<>();
        int offset = 0;
        for (String t : tokens) {
            words.add(new Word(offset, offset + t.length(), t));
            offset += t.length() + 1;
        }
        return words;
    }
}
