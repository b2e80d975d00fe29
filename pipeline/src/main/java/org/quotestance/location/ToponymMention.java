package org.quotestance.location;

import java.util.List;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * A place name found in a sentence, with its gazetteer candidates and, once decided, the place
 * it resolves to and how it is used.
 */
final class ToponymMention {

    final SentenceTokens sentence;
    final int firstToken;
    final int lastToken;
    final String key;
    final List<GazetteerEntry> candidates;
    final boolean demonym;
    /** A place named right after this one, after a comma, that may qualify it ("Paris, Texas"). */
    ToponymMention qualifier;
    GazetteerEntry resolved;
    Usage usage = Usage.LITERAL;
    /** Which rule of {@link UsageClassifier} decided the usage (a feature of {@link LearnedUsage}). */
    String usageRule;
    /** End offset when the name is only the first part of a hyphenated token ("London-based"), else -1. */
    int prefixEnd = -1;
    /** Begin offset when the name is only the last part of a hyphenated token ("D-Charleston"), else -1. */
    int suffixBegin = -1;
    /**
     * The context marks the name as a place although no locative preposition precedes it: a
     * dateline ("BYESVILLE --"), a legislator's home town ("D-Charleston"), a resident noun
     * after it ("a Chapin man", "London residents").
     */
    boolean locativeCue;
    /** Where the mention stands in its document's list of candidates (demonyms are none: -1). */
    int candidateIndex = -1;
    /** What the rules decided: {@code kept}, or why they dropped the name (a feature of the toponym classifier). */
    String verdict;

    enum Usage { LITERAL, METONYMIC, DEMONYM }

    ToponymMention(SentenceTokens sentence, int firstToken, int lastToken, String key,
            List<GazetteerEntry> candidates, boolean demonym) {
        this.sentence = sentence;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
        this.key = key;
        this.candidates = candidates;
        this.demonym = demonym;
    }

    int begin() {
        if (suffixBegin >= 0) {
            return suffixBegin;
        }
        return sentence.begin(firstToken);
    }

    /**
     * End of the name; takes in the period of an abbreviation that the tokenizer split off
     * ("U.S." → "U.S" + ".", "Calif." → "Calif" + ".", "W. Va."), but not a full stop after a full name ("in New York.",
     * "Kanawha City.", "Gaza.").
     */
    int end() {
        if (prefixEnd >= 0) {
            return prefixEnd;
        }
        int end = sentence.wordEnd(lastToken);
        int next = lastToken + 1;
        if (next < sentence.size() && sentence.begin(next) == end && sentence.word(next).equals(".")
                && isAbbreviation(sentence.word(lastToken))) {
            return end + 1;
        }
        return end;
    }

    private boolean isAbbreviation(String word) {
        if (word.indexOf('.') > 0) {
            return true;
        }
        boolean shortMixedCase = word.length() <= 5 && word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(Character::isLowerCase);
        return shortMixedCase && (firstToken == lastToken || word.length() <= 2) && resolved != null
                && !resolved.isNamed(key) && !isMajorPlaceNamed();
    }

    /** "Gaza", "Saida" (Sidon): the name of a large place, whatever the mention resolved to, is no abbreviation. */
    private boolean isMajorPlaceNamed() {
        for (GazetteerEntry candidate : candidates) {
            if (candidate.isNamed(key) && (candidate.isCountry()
                    || candidate.population() >= GazetteerEntry.MAJOR_PLACE_POPULATION)) {
                return true;
            }
        }
        return false;
    }

    /** Words of the key (normalised keys hold single spaces between words, none at either end). */
    int wordCount() {
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
