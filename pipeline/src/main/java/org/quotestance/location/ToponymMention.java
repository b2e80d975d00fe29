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
        return sentence.begin(firstToken);
    }

    int end() {
        return sentence.wordEnd(lastToken);
    }

    int wordCount() {
        return key.split(" ").length;
    }
}
