package org.quotestance.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotestance.type.SpeakerMention;

/**
 * The holder of a stance the article reports in its own words: the named subject of a verb cue
 * ("Sanders endorsed Clinton", "Vermont Sen. Bernie Sanders has long opposed the TPP", "After
 * Republican front-runner Donald Trump attacked Khan"). Abstains unless
 * <ul>
 *   <li>the cue is a verb that states an act or position (reported-verbs.txt), not a noun ("support for");</li>
 *   <li>only auxiliaries and adverbs stand between the subject and the cue, with no negator ("has not
 *       endorsed" says nothing of opposition) and no passive ("Clinton was criticized" has her as the target);</li>
 *   <li>the subject is a name of one of the document's holders ({@link DocumentHolders}), ending right
 *       before the verb group: "Trump's campaign attacked", "the Clinton campaign backed" are not the person;</li>
 *   <li>before the name stand only titles and role words ("Republican front-runner", "Sen.") back to the
 *       start of the run, punctuation or a connective: "supporters of Trump attacked", "said Trump attacked"
 *       and "voters who Trump attacked" are not his own act;</li>
 *   <li>no report, belief, question or hypothesis stands before the cue (embedding-words.txt, a question mark),
 *       and the run reports no poll (survey-words.txt).</li>
 * </ul>
 */
final class ReportedSubject {

    private static final Pattern APOSTROPHE_S = Pattern.compile("['’]s?");

    static final int MAX_NAME_WORDS = 4;
    /** How many first letters of a word {@link #mayBeVerb} looks up. */
    private static final int KEY_LETTERS = 3;
    static final int MAX_APPOSITIVE_WORDS = 8;
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** The words a subject can end with before its verb group, besides a capitalised word. */
    private static final Set<String> SUBJECT_ENDS = Set.of("he", "she", "and", "who", "of", ",", ")");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
    /** "Masters Cup champions Mike and Bob Bryan": the cue's noun, a title before a name, states no act. */
    private static final Set<String> NOUN_FORMS = Set.of("champion", "champions");
    private static final Set<String> NOT_MANNER = Set.of("family", "ally", "rally", "assembly", "supply", "likely",
            "unlikely", "probably", "possibly", "hardly", "barely", "scarcely", "rarely", "seemingly", "apparently",
            "reportedly", "allegedly", "supposedly", "purportedly", "only", "early", "daily", "weekly", "monthly",
            "nearly", "partly", "elderly", "friendly", "costly", "jolly", "bully", "belly", "holly", "lonely");
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being");
    private static final Set<String> CONNECTIVES = Set.of("and", "but", "while", "when", "as", "after", "before",
            "since", "because", "though", "although", "then", "so", "meanwhile", "yet", "once", "until", "where");

    /** Titles that take "of" inside a name ("Secretary of State"); "Supporters of Varga" is no name. */
    private static final Set<String> TITLES_BEFORE_OF = Set.of("secretary", "minister", "governor", "speaker",
            "mayor", "president", "chairman", "director", "department");

    private final Set<String> verbs;
    /** The keys ({@link #key}) of the reported verbs, sorted, and the verb forms of each: looked up without boxing. */
    private final long[] verbKeys;
    private final String[][] verbsByKey;
    /**
     * For a key of three ASCII letters, its index in {@link #verbKeys} plus one (0: no verb), at
     * {@link #letterIndex}: every token outside the quotes is looked up, most with such a key.
     */
    private final short[] slotByLetters = new short[26 * 26 * 26];
    private final Set<String> fillers;
    private final Set<String> roleWords;
    private final Set<String> embeddingWords;
    private final Set<String> surveyWords = WordList.set("survey-words.txt");
    private final NegationScope negation;

    ReportedSubject(Set<String> verbs, Set<String> fillers, Set<String> roleWords, Set<String> embeddingWords,
            NegationScope negation) {
        this.verbs = verbs;
        Map<Long, List<String>> byKey = byKey(verbs);
        this.verbKeys = byKey.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.verbsByKey = new String[verbKeys.length][];
        for (int i = 0; i < verbKeys.length; i++) {
            verbsByKey[i] = byKey.get(verbKeys[i]).toArray(String[]::new);
            int letters = letterIndex(verbsByKey[i][0], 0);
            if (letters >= 0) {
                slotByLetters[letters] = (short) (i + 1);
            }
        }
        this.fillers = fillers;
        this.roleWords = roleWords;
        this.embeddingWords = embeddingWords;
        this.negation = negation;
    }

    /**
     * Whether the token text[begin, end) may be the first word of a reported verb cue (a plain verb or one
     * that starts with a prefix cue's stem): a sentence without one states no act, and is not read further.
     * Run on every token outside the quotes, so it looks up the token's first three letters, without
     * making a string of it.
     */
    boolean mayBeVerb(String text, int begin, int end) {
        if (end - begin < KEY_LETTERS) {
            return false;
        }
        int letters = letterIndex(text, begin);
        int at = letters >= 0 ? slotByLetters[letters] - 1 : Arrays.binarySearch(verbKeys, key(text, begin));
        if (at < 0) {
            return false;
        }
        for (String form : verbsByKey[at]) {
            boolean prefix = form.endsWith("*");
            int length = prefix ? form.length() - 1 : form.length();
            if ((prefix ? end - begin >= length : end - begin == length)
                    && text.regionMatches(true, begin, form, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some word of the run that may be a reported verb has, before its auxiliaries and adverbs,
     * a word that can end its subject for {@link #holderOf} or {@link #pronounSubject}: a capitalised
     * word, a pronoun, "and", "who", "of", a comma or a closing parenthesis. A run without one states no
     * holder's act, whoever the document's holders are.
     */
    boolean mayHaveSubject(List<Word> run) {
        for (int verb = 1; verb < run.size(); verb++) {
            Word word = run.get(verb);
            if (!mayBeVerb(word.text(), 0, word.text().length())) {
                continue;
            }
            int i = verb - 1;
            while (i >= 0 && (fillers.contains(run.get(i).lower()) || isMannerAdverb(run.get(i)))) {
                i--;
            }
            if (i >= 0 && (isCapitalised(run.get(i)) || SUBJECT_ENDS.contains(run.get(i).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The three letters from {@code begin} as a number below 26³ when each is an ASCII letter (any case), else -1:
     * {@link #key} lowers those letters to the same letters, and no other character to one.
     */
    private static int letterIndex(String text, int begin) {
        int index = 0;
        for (int i = begin; i < begin + KEY_LETTERS; i++) {
            int letter = (text.charAt(i) | 0x20) - 'a';
            if (letter < 0 || letter >= 26) {
                return -1;
            }
            index = index * 26 + letter;
        }
        return index;
    }

    private static long key(CharSequence text, int begin) {
        long key = 0;
        for (int i = begin; i < begin + KEY_LETTERS; i++) {
            key = key << 16 | Character.toLowerCase(text.charAt(i));
        }
        return key;
    }

    private static Map<Long, List<String>> byKey(Set<String> verbs) {
        Map<Long, List<String>> forms = new HashMap<>();
        for (String verb : verbs) {
            if (verb.replace("*", "").length() < KEY_LETTERS) {
                throw new IllegalArgumentException("a reported verb needs " + KEY_LETTERS + " letters: " + verb);
            }
            forms.computeIfAbsent(key(verb, 0), c -> new ArrayList<>()).add(verb);
        }
        return forms;
    }

    static ReportedSubject loadDefault(NegationScope negation) {
        return new ReportedSubject(WordList.set("reported-verbs.txt"), WordList.set("reported-fillers.txt"),
                WordList.set("role-words.txt"), WordList.set("embedding-words.txt"), negation);
    }

    /** The holder whose own act or position the cue states in the run, if the rules above find one. */
    Optional<SpeakerMention> holderOf(List<Word> run, CueMatch cue, DocumentHolders holders) {
        int i = subjectEnd(run, cue);
        if (i < 0) {
            return Optional.empty();
        }
        int end = run.get(i).lower().equals("and") ? coordinatedSubjectEnd(run, i) : nameEndBefore(run, i);
        if (end < 0) {
            return Optional.empty();
        }
        int start = end;
        while (start > 0 && (isCapitalised(run.get(start - 1)) || isNameJoiner(run, start - 1))) {
            start--;
        }
        if (start == end) {
            return Optional.empty();
        }
        for (int from = Math.max(start, end - MAX_NAME_WORDS); from < end; from++) {
            Optional<SpeakerMention> holder = holders.named(run, from, end);
            if (holder.isPresent()) {
                return opensClause(run, start) ? holder : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "He has criticized Clinton" opening a sentence: the pronoun ("he" or "she") that is the subject of
     * the cue under the same rules as a name, when it is the run's first word; else empty. Who it stands
     * for is {@link PronounAntecedent}'s question.
     */
    Optional<String> pronounSubject(List<Word> run, CueMatch cue) {
        int i = subjectEnd(run, cue);
        boolean opensClause = i == 0 || i > 0 && (run.get(i - 1).text().equals(",") || CONNECTIVES.contains(run.get(i - 1).lower()));
        return i >= 0 && opensClause && PRONOUNS.contains(run.get(i).lower()) ? Optional.of(run.get(i).lower())
                : Optional.empty();
    }

    /**
     * The index of the last word of the cue's subject (the word before its auxiliaries and adverbs), or -1
     * when the cue is no stated act: no reported verb, a report, question or poll before it, a
     * title-case headline, a negator or a passive.
     */
    private int subjectEnd(List<Word> run, CueMatch cue) {
        if (cue.cue().targetIsSubject() || !verbs.contains(cue.cue().words().get(0))
                || NOUN_FORMS.contains(run.get(cue.first()).lower())) {
            return -1;
        }
        for (int i = 0; i < run.size(); i++) {
            if (i < cue.first() && embeddingWords.contains(run.get(i).lower()) || run.get(i).text().equals("?")
                    || surveyWords.contains(run.get(i).lower())) {
                return -1;
            }
        }
        if (isCapitalised(run.get(cue.first())) && cue.first() > 0 && !isPresentTense(run.get(cue.first()))) {
            return -1; // a headline in title case: "Hillary Clinton Accused Of ..." is often passive
        }
        int i = cue.first() - 1;
        boolean passive = false;
        while (i >= 0 && (fillers.contains(run.get(i).lower()) || isMannerAdverb(run.get(i)))) {
            passive |= BE.contains(run.get(i).lower());
            i--;
        }
        if (i < 0 || negation.isNegator(run.get(i).lower()) || passive && isParticiple(run, cue)) {
            return -1;
        }
        if (!passive && run.get(cue.first()).lower().endsWith("ing")) {
            return -1; // "House Republicans supporting the bill have said": a participle, not the clause's verb
        }
        return i;
    }

    /**
     * Where the subject's name ends, given the word right before the verb group: that word itself, or
     * the name before an appositive or a relative "who" ("Bush, Florida's former governor, also
     * attacked", "Trump, who has accused Bill Clinton"). -1 when there is no name to look at.
     */
    private static int nameEndBefore(List<Word> run, int last) {
        int i = last;
        if (run.get(i).text().equals(")")) {
            return parenthesisOpening(run, i);
        }
        if (run.get(i).lower().equals("who") && i >= 2 && run.get(i - 1).text().equals(",")) {
            return i - 1;
        }
        if (!run.get(i).text().equals(",")) {
            return i + 1;
        }
        for (int j = i - 1; j > 0 && j >= i - MAX_APPOSITIVE_WORDS; j--) {
            if (run.get(j).text().equals(",")) {
                return j;
            }
            if (run.get(j).isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** "Sen. Bernie Sanders (I-Vt.) has criticized": the name ends before the parenthesis that closes at close. */
    private static int parenthesisOpening(List<Word> run, int close) {
        for (int j = close - 1; j > 0 && j >= close - MAX_APPOSITIVE_WORDS; j--) {
            if (run.get(j).text().equals("(")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "Warren appeared with MSNBC's Rachel Maddow and officially endorsed Clinton": the end of the name
     * that opens the clause (at the run's start or after a comma) whose first verb phrase the cue's is
     * coordinated with; -1 when the clause does not open with a name followed by a lower-case word, or
     * holds a relative, a report or another coordination.
     */
    private static int coordinatedSubjectEnd(List<Word> run, int and) {
        int start = and;
        while (start > 0 && !run.get(start - 1).isPunctuation()) {
            start--;
        }
        int end = start;
        while (end < and && isCapitalised(run.get(end))) {
            end++;
        }
        if (end == start || end >= and || run.get(end).isPunctuation()
                || APOSTROPHE_S.matcher(run.get(end).text()).matches()) {
            return -1;
        }
        for (int j = end; j < and; j++) {
            String lower = run.get(j).lower();
            if (lower.equals("and") || lower.equals("or") || lower.equals("but") || RELATIVES.contains(lower)) {
                return -1;
            }
        }
        return end;
    }

    /**
     * "Trump viciously attacked", "Clinton has increasingly decried": a lower-case adverb in -ly between the
     * name and the verb; nouns in -ly ("the Trump family attacked") and adverbs of hearsay or doubt
     * ("reportedly", "likely", "hardly") are none.
     */
    private static boolean isMannerAdverb(Word word) {
        String lower = word.lower();
        return lower.endsWith("ly") && lower.length() > 4 && Character.isLowerCase(word.text().charAt(0))
                && !NOT_MANNER.contains(lower);
    }

    /** "was criticized", "were backed": a one-word cue in -ed after "be" is a passive; "is critical of", "was attacking" are not. */
    private static boolean isParticiple(List<Word> run, CueMatch cue) {
        return cue.cue().words().size() == 1 && run.get(cue.first()).lower().endsWith("ed");
    }

    /** "Secretary of State Hillary Clinton": "of" between two capitalised words stays inside the name. */
    private static boolean isNameJoiner(List<Word> run, int index) {
        return run.get(index).lower().equals("of") && index > 0 && TITLES_BEFORE_OF.contains(run.get(index - 1).lower());
    }

    /** Whether only role words stand between the start of the name and the start of its clause. */
    private boolean opensClause(List<Word> run, int nameStart) {
        int i = nameStart - 1;
        while (i >= 0 && roleWords.contains(run.get(i).lower())) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        Word before = run.get(i);
        return before.isPunctuation() && !APOSTROPHE_S.matcher(before.text()).matches() || CONNECTIVES.contains(before.lower());
    }

    /** "Carly Fiorina Endorses Ted Cruz": a headline's verb in the present tense is active. */
    private static boolean isPresentTense(Word word) {
        return word.lower().endsWith("s") && !word.lower().endsWith("ss");
    }

    private static boolean isCapitalised(Word word) {
        return Character.isUpperCase(word.text().charAt(0)) && !word.text().equals("I");
    }
}
