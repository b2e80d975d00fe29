package org.quotestance.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;

/**
 * Finds place-name candidates in a sentence: the longest run of tokens starting and ending with a
 * capitalised word whose key (see {@link NameKeys}) is a gazetteer name. Runs may contain
 * lower-case words ("Republic of Azerbaijan"), hyphens with or without spaces
 * ("Nagorno- Karabakh") and periods ("St. Louis"), but no other punctuation; only the last
 * token may carry a possessive "'s". A capitalised word that is a demonym ("Iranian", "Azeris",
 * also "British", which GeoNames lists as a name of the British Virgin Islands) becomes a
 * demonym mention of its country.
 */
final class ToponymMatcher {

    /** Tokens a name may span: words plus the hyphens and periods between them. */
    private static final int MAX_TOKENS_PER_WORD = 2;

    /** US party affiliation before a legislator's home: D-, R-, I-, DFL- (Minnesota). */
    private static final Pattern PARTY = Pattern.compile("(?:D|R|I|DFL)[-\u2013](?=\\p{Lu})");

    private final Gazetteer gazetteer;

    ToponymMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<ToponymMention> find(SentenceTokens sentence, String text) {
        List<ToponymMention> mentions = new ArrayList<>();
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            if (!sentence.isCapitalised(i)) {
                continue;
            }
            ToponymMention hometown = partyHometownAt(sentence, text, i);
            if (hometown != null) {
                mentions.add(hometown);
                i = hometown.lastToken;
                continue;
            }
            ToponymMention longest = longestMatchAt(sentence, text, i);
            if (longest != null && longest.lastToken == i && isDemonym(sentence, i)) {
                longest = null;
            }
            if (longest == null) {
                longest = hyphenPrefixAt(sentence, i);
            }
            if (longest != null) {
                mentions.add(longest);
                i = longest.lastToken;
            } else {
                demonymAt(sentence, i).ifPresent(mentions::add);
            }
        }
        return mentions;
    }

    /**
     * "Rep. Barbara Lee, D-Oakland", "(R-Ocilla)", "DFL-Chisholm", "R-Elbow Lake": a party letter
     * and a hyphen before a legislator's home town or state, which is then a place.
     */
    private ToponymMention partyHometownAt(SentenceTokens sentence, String text, int i) {
        Matcher party = PARTY.matcher(sentence.word(i));
        if (!party.lookingAt()) {
            return null;
        }
        ToponymMention mention = longestMatchAt(sentence, text, i, sentence.begin(i) + party.end());
        if (mention != null) {
            mention.suffixBegin = sentence.begin(i) + party.end();
            mention.locativeCue = true;
        }
        return mention;
    }

    private ToponymMention longestMatchAt(SentenceTokens sentence, String text, int first) {
        return longestMatchAt(sentence, text, first, sentence.begin(first));
    }

    private ToponymMention longestMatchAt(SentenceTokens sentence, String text, int first, int begin) {
        int last = lastTokenOfRun(sentence, first);
        for (int j = last; j >= first; j--) {
            if (!sentence.isCapitalised(j)) {
                continue;
            }
            String key = NameKeys.normalise(text.substring(begin, sentence.wordEnd(j)));
            if (key.length() < 2) {
                continue;
            }
            List<GazetteerEntry> candidates = gazetteer.lookup(key);
            if (!candidates.isEmpty()) {
                return new ToponymMention(sentence, first, j, key, candidates, false);
            }
        }
        return null;
    }

    private int lastTokenOfRun(SentenceTokens sentence, int first) {
        int limit = Math.min(sentence.size() - 1, first + gazetteer.maxKeyWords() * MAX_TOKENS_PER_WORD);
        int last = first;
        for (int j = first; j <= limit; j++) {
            String word = sentence.word(j);
            boolean joinable = word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-'
                    || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011');
            if (!joinable || word.isEmpty()) {
                break;
            }
            last = j;
            if (sentence.isPossessive(j)) {
                break;
            }
        }
        return last;
    }

    /**
     * "London-based", "Russian-backed", "Athens-Clarke": the tokenizer keeps hyphenated words
     * whole; the longest run of their leading parts that is a place name or demonym is the mention.
     */
    private ToponymMention hyphenPrefixAt(SentenceTokens sentence, int i) {
        String word = sentence.word(i);
        int hyphen = word.lastIndexOf('-');
        while (hyphen > 0) {
            String prefix = word.substring(0, hyphen);
            String key = NameKeys.normalise(prefix);
            List<GazetteerEntry> places = gazetteer.lookup(key);
            Optional<GazetteerEntry> country = gazetteer.demonymCountry(key);
            ToponymMention mention = null;
            if (country.isPresent()) {
                mention = new ToponymMention(sentence, i, i, key, List.of(country.get()), true);
            } else if (!places.isEmpty()) {
                mention = new ToponymMention(sentence, i, i, key, places, false);
            }
            if (mention != null) {
                mention.prefixEnd = sentence.begin(i) + prefix.length();
                return mention;
            }
            hyphen = word.lastIndexOf('-', hyphen - 1);
        }
        return null;
    }

    private boolean isDemonym(SentenceTokens sentence, int i) {
        return gazetteer.demonymCountry(NameKeys.normalise(sentence.word(i))).isPresent();
    }

    private Optional<ToponymMention> demonymAt(SentenceTokens sentence, int i) {
        String key = NameKeys.normalise(sentence.word(i));
        return gazetteer.demonymCountry(key)
                .map(country -> new ToponymMention(sentence, i, i, key, List.of(country), true));
    }
}
