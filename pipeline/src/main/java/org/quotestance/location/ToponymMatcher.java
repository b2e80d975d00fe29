package org.quotestance.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
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
    /** Plural resident endings and what they replace: Ohio-ans, Iowa-ns, Florid(a)-ians, Ontar(io)-ians, Tex(as)-ans, London-ers, Richmond-ites. */
    private static final String[][] RESIDENT_SUFFIXES = {
        {"ians", "a"}, {"ians", "io"}, {"ians", ""}, {"ans", "as"}, {"ans", ""}, {"ns", ""}, {"ers", ""}, {"ites", ""}};

    /** US party affiliation before a legislator's home: D-, R-, I-, DFL- (Minnesota). */
    private static final Pattern PARTY = Pattern.compile("(?:D|R|I|DFL)[-\u2013](?=\\p{Lu})");

    private final Gazetteer gazetteer;
    private final RegionAdjectives regionAdjectives;
    /** {@link #PARTY} over each capitalised word in turn (one matcher, not one per word). */
    private final Matcher party = PARTY.matcher("");
    /** A run's keys, per token from the first: {@link NameKeys#asciiPrefixKeys}'s buffers, reused. */
    private final StringBuilder runKey = new StringBuilder();
    private int[] wordEnds = new int[16];
    private int[] keyLengths = new int[16];
    private int[] keyHashes = new int[16];
    /** {@link #readRunEnds} of sentence {@link #runEndsOf}. */
    private SentenceTokens runEndsOf;
    private int[] runEnds = new int[64];
    /** Slots of {@link #places}: a key's number picks one, which holds the list of the last key there. */
    private static final int KEPT_LISTS = 4096;
    private final int[] keptKeys = filled(KEPT_LISTS, -1);
    @SuppressWarnings("unchecked")
    private final List<GazetteerEntry>[] keptLists = new List[KEPT_LISTS];
    /**
     * Whether a run's key may go on with another word: no longer run is looked up past words no name continues
     * ("Obama said on Tuesday that the ...": only "obama").
     */
    private final IntPredicate continued;

    ToponymMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.regionAdjectives = new RegionAdjectives(gazetteer);
        this.continued = gazetteer::mayPrecedeWord;
    }

    private static int[] filled(int length, int value) {
        int[] array = new int[length];
        java.util.Arrays.fill(array, value);
        return array;
    }

    List<ToponymMention> find(SentenceTokens sentence, String text) {
        List<ToponymMention> mentions = new ArrayList<>();
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            if (!sentence.isCapitalised(i)) {
                ToponymMention tail = hyphenTailAt(sentence, text, i);
                if (tail != null) {
                    mentions.add(tail);
                }
                continue;
            }
            ToponymMention hometown = partyHometownAt(sentence, text, i);
            if (hometown != null) {
                mentions.add(hometown);
                i = hometown.lastToken;
                continue;
            }
            ToponymMention longest = longestMatchAt(sentence, text, i);
            ToponymMention twoWordDemonym = twoWordDemonymAt(sentence, i);
            if (twoWordDemonym != null && (longest == null || longest.lastToken <= twoWordDemonym.lastToken)) {
                mentions.add(twoWordDemonym);
                i = twoWordDemonym.lastToken;
                continue;
            }
            if (longest != null && longest.lastToken == i && isDemonym(sentence, i)) {
                longest = null;
            }
            ToponymMention adjective = regionAdjectives.at(sentence, i);
            if (adjective != null && (longest == null || longest.lastToken <= adjective.lastToken)) {
                mentions.add(adjective);
                i = adjective.lastToken;
                continue;
            }
            if (longest == null) {
                List<ToponymMention> parts = hyphenPartsAt(sentence, text, i);
                if (!parts.isEmpty()) {
                    mentions.addAll(parts);
                    i = parts.get(parts.size() - 1).lastToken;
                    continue;
                }
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
        if (!party.reset(sentence.word(i)).lookingAt()) {
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
        if (sentence.isPossessive(last) && last + 1 < sentence.size() && sentence.isCapitalised(last + 1)) {
            ToponymMention across = longestMatchAt(sentence, text, first, begin, lastTokenOfRun(sentence, last + 1),
                    last, last + 1);
            if (across != null) {
                return across; // "People's Republic of China" (not Taiwan's "Republic of China"), "King's Lynn"
            }
        }
        return longestMatchAt(sentence, text, first, begin, last, -1, first);
    }

    /**
     * The longest name from {@code words[first]} (its text from {@code begin}) to a word from {@code words[last]}
     * down to {@code words[lowest]}; the "'s" of {@code words[possessive]}, when it is one of them, read as part of
     * the name.
     * A word after the first that is hyphenated before a lower-case rest ends the run, the rest no part of the name
     * ("New York-based", "Hong Kong-style").
     */
    private ToponymMention longestMatchAt(SentenceTokens sentence, String text, int first, int begin, int last,
            int possessive, int lowest) {
        int tailHyphen = -1;
        for (int k = first + 1; k <= last && tailHyphen < 0; k++) {
            tailHyphen = lowerCaseTailHyphen(sentence.word(k));
            last = tailHyphen > 0 ? k : last;
        }
        int count = last - first + 1;
        if (wordEnds.length < count) {
            wordEnds = new int[count];
            keyLengths = new int[count];
            keyHashes = new int[count];
        }
        for (int m = 0; m < count; m++) {
            wordEnds[m] = first + m == possessive ? sentence.end(possessive) : sentence.wordEnd(first + m);
        }
        if (tailHyphen > 0) {
            wordEnds[count - 1] = sentence.begin(last) + tailHyphen;
        }
        int keys = NameKeys.asciiPrefixKeys(text, begin, wordEnds, count, runKey, keyLengths, keyHashes, continued);
        if (keys < 0) {
            return longestMatchByKeys(sentence, text, first, begin, lowest, count);
        }
        for (int j = first + keys - 1; j >= lowest; j--) {
            int length = keyLengths[j - first];
            if (!sentence.isCapitalised(j) || length < 2) {
                continue;
            }
            runKey.setLength(length);
            int keyNumber = gazetteer.keyNumber(runKey, keyHashes[j - first]);
            if (keyNumber >= 0) {
                return withTail(new ToponymMention(sentence, first, j, runKey.toString(), places(keyNumber), false),
                        j == last ? tailHyphen : -1);
            }
        }
        return null;
    }

    /**
     * The mention of a name whose last word continues after a hyphen in lower case ({@code tailHyphen} into that word;
     * -1 when it does not): the name ends at the hyphen, "-based" is a locative cue, and a mere alternate name before
     * any other rest is no place ("Blu-ray", as {@link #hyphenPartsAt} decides for one word).
     */
    private static ToponymMention withTail(ToponymMention mention, int tailHyphen) {
        if (tailHyphen < 0) {
            return mention;
        }
        String word = mention.sentence.word(mention.lastToken);
        mention.prefixEnd = mention.sentence.begin(mention.lastToken) + tailHyphen;
        mention.locativeCue = word.substring(tailHyphen + 1).toLowerCase(java.util.Locale.ROOT).startsWith("based");
        return isCanonical(mention) || mention.locativeCue ? mention : null;
    }

    /** Where a hyphen splits {@code word} before a lower-case rest ("York-based"), or -1. */
    private static int lowerCaseTailHyphen(String word) {
        int hyphen = lastHyphen(word, word.length());
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.codePointAt(hyphen + 1))
                && firstHyphen(word) == hyphen ? hyphen : -1;
    }

    private static int firstHyphen(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) == '-' || word.charAt(k) == '\u2013') {
                return k;
            }
        }
        return -1;
    }

    /**
     * The gazetteer's places for a name key by its number, kept for the names met lately: "Washington" or "Iran" come
     * back in document after document, and a name's list is many places to read ("Springfield" has dozens). The
     * lists are shared by the mentions that get them, and read-only.
     */
    private List<GazetteerEntry> places(int keyNumber) {
        int slot = keyNumber & (KEPT_LISTS - 1);
        if (keptKeys[slot] != keyNumber) {
            keptKeys[slot] = keyNumber;
            keptLists[slot] = gazetteer.places(keyNumber);
        }
        return keptLists[slot];
    }

    /**
     * {@link #longestMatchAt} one key at a time, for text that is not ASCII: the names from {@code words[first]} to
     * each word from the run's last down to {@code words[lowest]}, each ending where {@link #wordEnds} says.
     */
    private ToponymMention longestMatchByKeys(SentenceTokens sentence, String text, int first, int begin, int lowest,
            int count) {
        for (int j = first + count - 1; j >= lowest; j--) {
            if (!sentence.isCapitalised(j)) {
                continue;
            }
            String key = NameKeys.normalise(text.substring(begin, wordEnds[j - first]));
            if (key.length() < 2) {
                continue;
            }
            List<GazetteerEntry> candidates = gazetteer.lookup(key);
            if (!candidates.isEmpty()) {
                ToponymMention mention = new ToponymMention(sentence, first, j, key, candidates, false);
                boolean tail = j == first + count - 1 && wordEnds[j - first] < sentence.wordEnd(j);
                return withTail(mention, tail ? wordEnds[j - first] - sentence.begin(j) : -1);
            }
        }
        return null;
    }

    private int lastTokenOfRun(SentenceTokens sentence, int first) {
        if (runEndsOf != sentence) {
            readRunEnds(sentence);
        }
        int limit = Math.min(sentence.size() - 1, first + gazetteer.maxKeyWords() * MAX_TOKENS_PER_WORD);
        return runEnds[first] < 0 ? first : Math.min(runEnds[first], limit);
    }

    /**
     * Where the run of joinable words from each token of the sentence ends (its possessive word included; -1 when the
     * token is not joinable): read once per sentence, rather than again from every capitalised word of a run.
     */
    private void readRunEnds(SentenceTokens sentence) {
        int n = sentence.size();
        if (runEnds.length < n) {
            runEnds = new int[Math.max(n, 2 * runEnds.length)];
        }
        for (int j = n - 1; j >= 0; j--) {
            String word = sentence.word(j);
            if (!isJoinable(word) || word.isEmpty()) {
                runEnds[j] = -1;
            } else {
                runEnds[j] = sentence.isPossessive(j) || j + 1 == n || runEnds[j + 1] < 0 ? j : runEnds[j + 1];
            }
        }
        runEndsOf = sentence;
    }

    /** Letters, digits and the marks inside names ("St.", "Winston-Salem", "Martha's"). */
    private static boolean isJoinable(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < JOINABLE_ASCII.length ? !JOINABLE_ASCII[c] : !(Character.isLetterOrDigit(c) || c == '\u2019'
                    || c == '\u2010' || c == '\u2011' || c == '\u2013')) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isJoinable}'s characters below 128, looked up: a sentence's every token is read. */
    private static final boolean[] JOINABLE_ASCII = new boolean[128];

    static {
        for (char c = 0; c < JOINABLE_ASCII.length; c++) {
            JOINABLE_ASCII[c] = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'';
        }
    }

    /**
     * "London-based", "Russian-backed", "Athens-Clarke", "EU-Israel", "Huntsville–Walker County":
     * the tokenizer keeps hyphenated words whole; the longest run of their leading parts that is a
     * place name or demonym is a mention. When the rest starts with a capital it must be a place
     * or demonym too, and is a second mention ("Israel", "Walker County") when both are canonical
     * names in one country or both are countries or divisions; otherwise only a major place or a
     * place before an acronym ("DPRK-US", "Watertown-ML") is kept, and the token is one name
     * ("Wal-Mart", "Pre-Trial", "Al-Hedoud": alternate names of small or foreign places).
     * "X-based" is a locative cue.
     */
    private List<ToponymMention> hyphenPartsAt(SentenceTokens sentence, String text, int i) {
        String word = sentence.word(i);
        int hyphen = lastHyphen(word, word.length());
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
                String rest = word.substring(hyphen + 1);
                if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0))) {
                    mention.locativeCue = rest.toLowerCase(java.util.Locale.ROOT).startsWith("based");
                    // "Mar-a-Lago", "Stratford-upon-Avon" are one name (not "Goleta-foothills-to-Carpinteria-coast");
                    // "Blu-ray" reaches the French Blou only through an alias
                    int lastPart = lastHyphen(rest, rest.length()) + 1;
                    boolean oneName = lastPart > 0 && lastPart < rest.length() && Character.isUpperCase(rest.codePointAt(lastPart));
                    return oneName || !isCanonical(mention) && !mention.locativeCue ? List.of() : List.of(mention);
                }
                ToponymMention second = secondPartAt(sentence, text, i, sentence.begin(i) + hyphen + 1);
                if (second != null && isCanonical(mention) && isCanonical(second) && isCompatible(mention, second)) {
                    return List.of(mention, second);
                }
                GazetteerEntry top = mention.candidates.get(0);
                boolean division = top.isCountry() || top.featureClass().equals("A.ADM1");
                boolean acronym = rest.length() <= 4 && rest.equals(rest.toUpperCase(java.util.Locale.ROOT));
                List<ToponymMention> parts = new ArrayList<>();
                if ((isCanonical(mention) || division) && (isMajor(mention) || acronym)) {
                    parts.add(mention);
                }
                if (isMajorPart(second)) {
                    parts.add(second); // "Middlesex-London", "EU-Canada": a major place after the hyphen stands alone
                }
                return parts;
            }
            hyphen = lastHyphen(word, hyphen);
        }
        ToponymMention tail = hyphenTailAt(sentence, text, i);
        return tail != null ? List.of(tail) : List.of();
    }

    /** "made-in-China", "mid-Ohio": a major place after the last hyphen of a token whose first part names none. */
    private ToponymMention hyphenTailAt(SentenceTokens sentence, String text, int i) {
        String word = sentence.word(i);
        int last = lastHyphen(word, word.length());
        if (last <= 1 || last + 1 >= word.length() || !Character.isUpperCase(word.codePointAt(last + 1))) {
            return null; // also "T-Mobile", "K-Mart": a brand's letter, not a word before the place
        }
        int begin = sentence.begin(i) + last + 1;
        String key = NameKeys.normalise(text.substring(begin, sentence.wordEnd(i)));
        List<GazetteerEntry> places = gazetteer.lookup(key);
        if (places.isEmpty()) {
            return null;
        }
        ToponymMention tail = new ToponymMention(sentence, i, i, key, places, false);
        tail.suffixBegin = begin;
        return isMajorPart(tail) ? tail : null;
    }

    /** A place after a hyphen that needs no partner: canonically named and a country, division, region or large city. */
    private static boolean isMajorPart(ToponymMention part) {
        return part != null && !part.demonym && isCanonical(part) && isMajor(part);
    }

    private ToponymMention secondPartAt(SentenceTokens sentence, String text, int i, int begin) {
        ToponymMention second = longestMatchAt(sentence, text, i, begin);
        if (second == null && sentence.wordEnd(i) > begin) {
            String key = NameKeys.normalise(text.substring(begin, sentence.wordEnd(i)));
            second = gazetteer.demonymCountry(key)
                    .map(country -> new ToponymMention(sentence, i, i, key, List.of(country), true)).orElse(null);
        }
        if (second != null) {
            second.suffixBegin = begin;
        }
        return second;
    }

    /** The name is a demonym or the canonical name of a candidate, not only an alternate name ("Wal"). */
    private static boolean isCanonical(ToponymMention mention) {
        if (mention.demonym) {
            return true;
        }
        for (GazetteerEntry candidate : mention.candidates) {
            if (candidate.isNamed(mention.key)) {
                return true;
            }
        }
        return false;
    }

    /** A demonym, country, first-level division, region or physical feature, or a city of 100,000 or more. */
    private static boolean isMajor(ToponymMention mention) {
        GazetteerEntry top = mention.candidates.get(0);
        return mention.demonym || top.isCountry() || top.featureClass().equals("A.ADM1")
                || !top.featureClassLetter().equals("P") && !top.featureClassLetter().equals("A")
                || top.population() >= GazetteerEntry.MAJOR_PLACE_POPULATION;
    }

    /** "Nebraska-Lincoln", "Logan-Rogersville": same country; "Lebanon-Syria": two countries or divisions. */
    private static boolean isCompatible(ToponymMention first, ToponymMention second) {
        GazetteerEntry a = first.candidates.get(0);
        GazetteerEntry b = second.candidates.get(0);
        return a.countryCode().equals(b.countryCode()) || isMajor(first) && isMajor(second)
                && !a.featureClassLetter().equals("P") && !b.featureClassLetter().equals("P");
    }

    /** The last hyphen or en dash before {@code end}, or -1. */
    private static int lastHyphen(String word, int end) {
        for (int k = end - 1; k > 0; k--) {
            if (word.charAt(k) == '-' || word.charAt(k) == '\u2013') {
                return k;
            }
        }
        return -1;
    }

    /** "North Korean", "South African", "Sri Lankan": a demonym of two words (not "Korean" of "North Korean"). */
    private ToponymMention twoWordDemonymAt(SentenceTokens sentence, int i) {
        if (i + 1 >= sentence.size() || sentence.isPossessive(i) || !sentence.isCapitalised(i + 1)) {
            return null;
        }
        String key = sentence.key(i) + " " + sentence.key(i + 1);
        return gazetteer.demonymCountry(key)
                .map(country -> new ToponymMention(sentence, i, i + 1, key, List.of(country), true)).orElse(null);
    }

    private boolean isDemonym(SentenceTokens sentence, int i) {
        return gazetteer.demonymCountry(sentence.key(i)).isPresent();
    }

    private Optional<ToponymMention> demonymAt(SentenceTokens sentence, int i) {
        String key = sentence.key(i);
        Optional<ToponymMention> country = gazetteer.demonymCountry(key)
                .map(place -> new ToponymMention(sentence, i, i, key, List.of(place), true));
        return country.isPresent() ? country : residentsAt(sentence, i, key);
    }

    /**
     * Plural names of the people of a first-level division or large city, formed from its name
     * ("Ohioans", "Iowans", "Ontarians", "Texans", "Floridians", "Londoners", "Richmondites"):
     * a demonym mention of that place.
     */
    private Optional<ToponymMention> residentsAt(SentenceTokens sentence, int i, String key) {
        for (String[] suffix : RESIDENT_SUFFIXES) {
            if (!key.endsWith(suffix[0]) || key.length() - suffix[0].length() < 3) {
                continue;
            }
            String base = key.substring(0, key.length() - suffix[0].length()) + suffix[1];
            for (GazetteerEntry place : gazetteer.lookup(base)) {
                boolean named = place.isNamed(base);
                boolean major = place.featureClass().equals("A.ADM1")
                        || place.featureClass().startsWith("P.") && place.population() >= GazetteerEntry.MAJOR_PLACE_POPULATION;
                if (named && major) {
                    return Optional.of(new ToponymMention(sentence, i, i, key, List.of(place), true));
                }
            }
        }
        return Optional.empty();
    }
}
