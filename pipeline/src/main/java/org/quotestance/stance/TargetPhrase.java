package org.quotestance.stance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an extracted phrase is a complete target — a name ("Iran", "the Affordable Care
 * Act") or an issue phrase headed by an issue noun ("the new ferry toll", "gun control") — and gives
 * its normalised text. Phrases cut at an abbreviation ("Mr", "Roe v"), starting with a preposition or
 * adverb ("from Maine", "away from"), or vague on their own ("either", "something") are not targets.
 */
public final class TargetPhrase {

    private static final Pattern FINAL_STOP = Pattern.compile("\\.$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final int MAX_WORDS = 10;
    /** A phrase ending in one of these (or a title) was cut at the abbreviation's full stop. */
    private static final Set<String> ABBREVIATIONS = Set.of("st", "jr", "sr", "v", "vs", "no", "u.s", "inc", "co", "corp");
    /** Words that end a target phrase: prepositions that start an adjunct, not part of the target. */
    private static final Set<String> CUT_WORDS = Set.of("by", "on", "at", "from", "with", "about", "over", "up",
            "until", "after", "before", "during", "like", "despite", "amid", "amidst", "because", "while", "since", "than", "as",
            "into", "through", "who", "whom", "which", "that", "when", "where", "if", "intended", "designed", "aimed",
            "meant", "used", "made", "known", "called", "named");
    private static final Set<String> TITLE_STOPS = Set.of("on", "for", "after", "at", "in", "by", "with", "from",
            "over", "as", "to", "against", "and", "amid", "of", "but", "about", "despite", "if", "while", "says");
    private static final Set<String> RELATIVE_CUTS = Set.of("that", "which", "who", "whom");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "now", "again", "anymore");
    /** "endorsed Trump last week", "backed Brell this year": words that open a time adjunct after a name. */
    private static final Set<String> TIME_OPENERS = Set.of("last", "next", "this", "earlier", "later");
    /** "the Cadillac tax in September": "in" before a month or year opens a time adjunct. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Lower-case words that continue a name into a longer target: "Senator Cruz of Texas", "Clinton's plan". */
    private static final Set<String> NAME_CONTINUATIONS = Set.of("of", "for", "and", "in");
    /** A name before one of these is a modifier ("the Florida senator", "Republican contender"), not the target. */
    private static final Set<String> ROLE_NOUNS = Set.of("senator", "president", "governor", "candidate", "nominee",
            "contender", "leader", "leaders", "congressman", "congresswoman", "mayor", "official", "officials",
            "lawmakers", "voters", "citizens", "people", "residents", "businesses", "delegates", "front-runner",
            "frontrunner", "presidential", "party", "class", "senators", "members", "supporters", "immigrants");
    /** A target that runs into a quotation or a bracket ("treaty signals \"the beginning", "courageous' Ozzy") is cut wrong. */
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile(
            "[\"“”()\\[\\]]|\\s[-–—]\\s|(?<![sS])['’](?=\\s|$)|(^|\\s)['‘]");
    /** "the efforts of both India [and Pakistan]": a phrase that ends one word after "both" was cut inside a coordination. */
    private static final Set<String> COORDINATION_OPENERS = Set.of("both", "either", "neither", "between");
    private static final String OPENING_QUOTES = "'‘\"“";
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves", "itself", "myself",
            "ourselves", "yourself");
    /** "Azerbaijan’s territorial integrity": a name's possessive before a short common-noun phrase. */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}.-]*\\s?)+)['’]s\\s+((?:\\p{Ll}[\\p{L}-]*\\s?){1,4})$");

    private final Set<String> issueNouns;
    private final Set<String> nonTargets;
    private final Set<String> roleWords;
    private final Set<String> determiners;

    TargetPhrase(Set<String> issueNouns, Set<String> nonTargets, Set<String> roleWords, Set<String> determiners) {
        this.issueNouns = issueNouns;
        this.nonTargets = nonTargets;
        this.roleWords = roleWords;
        this.determiners = determiners;
    }

    public static TargetPhrase loadDefault() {
        return new TargetPhrase(WordList.set("issue-nouns.txt"), WordList.set("non-targets.txt"),
                WordList.set("role-words.txt"), WordList.set("determiners.txt"));
    }

    /**
     * The complete target in words [from, to) of the run, as a word range [from, to), or empty. The phrase
     * is first cut where it runs on past the target: at a preposition or time word ("Sanders' approach
     * Saturday", "himself on Saturday"), after an adverb ("Hillary Clinton personally"), after a name
     * followed by a verb ("Trump represent a significant portion") or an adjunct ("Ted Cruz in the
     * primary"). A name that modifies a role noun ("the Florida senator") is no target. text is the document text.
     */
    public Optional<int[]> complete(List<Word> words, int from, int to, String text) {
        Optional<int[]> whole = completePhrase(words, from, to, text);
        int name = nameAfterRoleWords(words, from, to);
        return whole.isPresent() || name == from ? whole : completePhrase(words, name, to, text);
    }

    /**
     * "castigated Republican presidential candidate Donald Trump": where the name starts after role words
     * that hold a lower-case role ("presidential candidate", "rival", "front-runner"), else from. The role
     * words make the name a modifier to {@link #complete}'s rules; the target is the name they introduce.
     */
    private int nameAfterRoleWords(List<Word> words, int from, int to) {
        int i = from;
        boolean role = false;
        while (i < to && roleWords.contains(words.get(i).lower())) {
            role |= !isCapitalised(words.get(i)) && !determiners.contains(words.get(i).lower());
            i++;
        }
        return role && i < to && isCapitalised(words.get(i)) ? i : from;
    }

    private Optional<int[]> completePhrase(List<Word> words, int from, int to, String text) {
        if (isTitleCase(words)) {
            to = titleEnd(words, from, to);
        }
        int end = from;
        while (end < to && !cutsBefore(words, from, end)) {
            end++;
        }
        if (end < to && cutAfterName(words, from, end, to) || cutInsideClause(words, from, end, end < to)) {
            return Optional.empty();
        }
        while (end > from && (words.get(end - 1).lower().endsWith("ly") || words.get(end - 1).isPunctuation())) {
            end--;
        }
        int length = end - from;
        if (length <= 0 || length > MAX_WORDS) {
            return Optional.empty();
        }
        String first = words.get(from).lower();
        String last = FINAL_STOP.matcher(words.get(end - 1).lower()).replaceAll("");
        int after = words.get(end - 1).end();
        boolean cutAtDot = text.startsWith(".", after) && last.length() <= 2;
        String phrase = text.substring(words.get(from).begin(), after);
        int before = words.get(from).begin() - 1;
        if (from > 0 && before >= 0 && OPENING_QUOTES.indexOf(text.charAt(before)) >= 0) {
            return Optional.empty(); // "praise 'courageous' Ozzy": the phrase opens inside a quotation
        }
        boolean halfCoordination = end - from >= 2 && COORDINATION_OPENERS.contains(words.get(end - 2).lower());
        if (nonTargets.contains(first) || ABBREVIATIONS.contains(last) || NameTitles.LOWER.contains(last) || POSSESSIVE_END.matcher(last).find() || halfCoordination || cutAtDot || REFLEXIVES.contains(last)
                || QUOTED_OR_BRACKETED.matcher(phrase).find()) {
            return Optional.empty();
        }
        boolean named = false;
        boolean issue = false;
        for (int i = from; i < end; i++) {
            Word word = words.get(i);
            named |= isCapitalised(word) && i > 0;
            issue |= issueNouns.contains(word.lower());
        }
        return named || issue ? Optional.of(new int[] {from, end}) : Optional.empty();
    }

    /**
     * Whether the phrase was cut where a name runs into lower-case words that are no adjunct: the name is
     * then a modifier ("the Florida senator", "the Chicago bakery") or the subject of a verb ("Trump
     * represent ..."), and neither makes a complete target.
     */
    private boolean cutAfterName(List<Word> words, int from, int end, int to) {
        Word next = words.get(end);
        boolean adjunct = CUT_WORDS.contains(next.lower()) || next.lower().equals("of") || TIME_WORDS.contains(next.lower())
                || next.lower().endsWith("ly") || next.lower().equals("in") || next.lower().equals("for")
                || TIME_OPENERS.contains(next.lower());
        return !adjunct || ROLE_NOUNS.contains(next.lower());
    }

    /** A headline in title case ("Carly Fiorina Endorses Ted Cruz: I Am ..."): capitals say nothing of names there. */
    static boolean isTitleCase(List<Word> words) {
        int longWords = 0;
        for (Word word : words) {
            if (word.text().length() >= 4 && Character.isLetter(word.text().charAt(0))) {
                if (!isCapitalised(word)) {
                    return false;
                }
                longWords++;
            }
        }
        return longWords >= 3;
    }

    /**
     * In a title-case headline the target ends before a capitalised preposition or conjunction, "Says" or
     * punctuation ("Marine Le Pen Backs Trump And Denounces Clinton", "Slams Donald Trump On Abortion").
     */
    private static int titleEnd(List<Word> words, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String lower = words.get(i).lower();
            if (TITLE_STOPS.contains(lower) || words.get(i).isPunctuation()) {
                return i;
            }
        }
        return to;
    }

    /**
     * Whether the cut leaves a phrase that is not the target: one cut right after "to" and its verb ("the
     * Lib Dem's call to open [up the books]"), a small clause ("the new law to be an infringement"), or a
     * common noun that the relative clause cut off defines ("any agreement [that involves blanket return]").
     */
    private static boolean cutInsideClause(List<Word> words, int from, int end, boolean cut) {
        for (int i = from; i < end - 1; i++) {
            boolean verbAfter = !isCapitalised(words.get(i + 1));
            if (words.get(i).lower().equals("to") && verbAfter && (cut && i == end - 2 || words.get(i + 1).lower().equals("be"))) {
                return true;
            }
        }
        if (end >= words.size() || !RELATIVE_CUTS.contains(words.get(end).lower())) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (isCapitalised(words.get(i)) && i > 0) {
                return false;
            }
        }
        return true;
    }

    private boolean cutsBefore(List<Word> words, int from, int index) {
        if (index == from) {
            return false;
        }
        if (from == 0 && !CUT_WORDS.contains(words.get(index).lower())) {
            return false; // a phrase that opens the run opens a sentence: its capital says nothing of a name,
                          // so it is no name to cut after and does not make the phrase named either
        }
        Word word = words.get(index);
        if (word.lower().equals("on") && issueNouns.contains(words.get(index - 1).lower())) {
            return false; // "a ban on all forms of human cloning": the issue is what the ban is on
        }
        if (CUT_WORDS.contains(word.lower()) || TIME_WORDS.contains(word.lower()) || word.lower().endsWith("ly")) {
            return true;
        }
        if (word.lower().equals("in") && index + 1 < words.size() && isTime(words.get(index + 1))) {
            return true;
        }
        boolean nameBefore = true;
        for (int i = from; i < index; i++) {
            nameBefore &= isCapitalised(words.get(i)) || determinersOrTitles(words.get(i).lower());
        }
        Word previous = words.get(index - 1);
        if (nameBefore && (word.lower().equals("in") || word.lower().equals("for"))) {
            return true;
        }
        if (word.lower().equals("of") && index + 1 < words.size() && isGerund(words.get(index + 1))) {
            return true; // "accused ministers of turning Britain into ...": the charge, not the target
        }
        if (nameBefore && word.lower().equals("of") && index + 1 < words.size()
                && !isCapitalised(words.get(index + 1)) && !words.get(index + 1).lower().equals("the")) {
            return true;
        }
        return nameBefore && isCapitalised(previous) && !POSSESSIVE_END.matcher(previous.lower()).find()
                && !isCapitalised(word) && !NAME_CONTINUATIONS.contains(word.lower()) && !word.isPunctuation()
                && !issueNouns.contains(word.lower()) && !issueNounFollows(words, index);
    }

    /** "the Iran nuclear deal": an issue noun within two words keeps the name inside the phrase. */
    private boolean issueNounFollows(List<Word> words, int index) {
        for (int i = index; i < Math.min(words.size(), index + 3); i++) {
            if (issueNouns.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGerund(Word word) {
        return word.lower().endsWith("ing") && !isCapitalised(word);
    }

    private static boolean determinersOrTitles(String lower) {
        return lower.equals("the") || lower.equals("former") || lower.equals("president");
    }

    private static boolean isCapitalised(Word word) {
        return Character.isUpperCase(word.text().charAt(0)) && !word.text().equals("I");
    }

    /** One text for equivalent phrasings: "Azerbaijan’s territorial integrity" is "territorial integrity of Azerbaijan". */
    public static String normalise(String phrase) {
        String text = NameTitles.BEFORE_NAME.matcher(SPACES.matcher(phrase).replaceAll(" ").trim()).replaceAll("");
        Matcher possessive = POSSESSIVE.matcher(text);
        if (possessive.matches() && !TIME_WORDS.contains(possessive.group(1).trim().toLowerCase(Locale.ROOT))) {
            text = possessive.group(2).trim() + " of " + possessive.group(1).trim();
        }
        return text.replace('’', '\'');
    }

    private static boolean isTime(Word word) {
        String lower = word.lower();
        return MONTHS.contains(lower) || TIME_WORDS.contains(lower) || lower.length() == 4 && lower.chars().allMatch(Character::isDigit);
    }
}
