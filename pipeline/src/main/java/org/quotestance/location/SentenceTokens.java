package org.quotestance.location;

import org.quotestance.gazetteer.NameKeys;
import org.quotestance.text.TokenIndex;

/**
 * The tokens of one sentence with the small views the location rules need: word text without a
 * possessive ending ("Tehran's" → "Tehran"), capitalisation, and whether the sentence is
 * written in title case (headlines), where capitalisation says nothing about names.
 */
final class SentenceTokens {

    private final String text;
    /** Per token, computed once: the rules ask for the same words many times. */
    private final int[] begins;
    private final int[] ends;
    private final int[] wordEnds;
    private final String[] words;
    /** Lower-cased words, filled on first use: the toponym features ask for the same words many times. */
    private final String[] lowerWords;
    /** Name keys of the words ({@link NameKeys#normalise}), filled on first use. */
    private final String[] keys;
    /** Worked out on first use: only sentences with a place-name candidate ask. */
    private Boolean titleCase;

    /** The tokens of the document {@code index} numbers in {@code tokens}. */
    SentenceTokens(String documentText, TokenIndex index, TokenIndex.Range tokens) {
        this.text = documentText;
        int n = tokens.to() - tokens.from();
        this.begins = new int[n];
        this.ends = new int[n];
        this.wordEnds = new int[n];
        this.words = new String[n];
        this.lowerWords = new String[n];
        this.keys = new String[n];
        for (int i = 0; i < n; i++) {
            begins[i] = index.begin(tokens.from() + i);
            ends[i] = index.end(tokens.from() + i);
            wordEnds[i] = ends[i] - possessiveLength(begins[i], ends[i]);
            words[i] = text.substring(begins[i], wordEnds[i]);
        }
    }

    int size() {
        return begins.length;
    }

    int begin(int i) {
        return begins[i];
    }

    /** End of the token, a possessive "'s" / "’s" included. */
    int end(int i) {
        return ends[i];
    }

    /** End of the word without a possessive "'s" / "’s". */
    int wordEnd(int i) {
        return wordEnds[i];
    }

    /** The token's word without a possessive ending. */
    String word(int i) {
        return words[i];
    }

    String lower(int i) {
        String lower = lowerWords[i];
        if (lower == null) {
            lower = word(i).toLowerCase(java.util.Locale.ROOT);
            lowerWords[i] = lower;
        }
        return lower;
    }

    /** {@code NameKeys.normalise(word(i))}. */
    String key(int i) {
        String key = keys[i];
        if (key == null) {
            key = NameKeys.normalise(word(i));
            keys[i] = key;
        }
        return key;
    }

    boolean isPossessive(int i) {
        return wordEnds[i] < ends[i];
    }

    private int possessiveLength(int begin, int end) {
        if (end - begin > 2) {
            char apostrophe = text.charAt(end - 2);
            char s = text.charAt(end - 1);
            if ((apostrophe == '\'' || apostrophe == '\u2019') && (s == 's' || s == 'S')) {
                return 2;
            }
        }
        return 0;
    }

    boolean isCapitalised(int i) {
        String word = word(i);
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** First word of the sentence, or first word after an opening quote or bracket. */
    boolean isSentenceInitial(int i) {
        for (int j = i - 1; j >= 0; j--) {
            String previous = word(j);
            for (int k = 0; k < previous.length(); k++) {
                if (Character.isLetterOrDigit(previous.charAt(k))) {
                    return false;
                }
            }
            if (!"\"'“‘«([–—-:".contains(previous)) {
                return false;
            }
        }
        return true;
    }

    boolean isTitleCase() {
        if (titleCase == null) {
            titleCase = computeTitleCase();
        }
        return titleCase;
    }

    private boolean computeTitleCase() {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < size(); i++) {
            String word = word(i);
            if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
                words++;
                if (isCapitalised(i)) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 8;
    }
}
