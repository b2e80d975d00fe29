package org.quotestance.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a stance cue in a run of evidence is the holder's own position, not another's that the
 * holder reports. It is not when a report, belief, question or hypothesis stands before the cue in
 * the run ("argued that", "if", "whether", a question mark anywhere in the run), or when the cue's
 * clause has a subject other than the holder: a name or noun that is not the holder's, a
 * possessive ("Dems' support for"), a verb that undoes the cue ("undermining support for"), a
 * relative clause about someone else ("people who backed Cruz"). The subject may be a pronoun (an
 * indirect quote's "he" is the speaker), the holder's own name, or a place or organisation the
 * holder's role names ("Iran" for an Iranian minister). In the attribution clause, only the
 * speaker's own verb phrase counts: right after the speaker ("Aragchi voiced support for X", "Smith,
 * who endorsed X,") or a participle clause right before it ("Highlighting Iran's support for X, Rezaei said").
 */
public final class OwnStance {

    private static final Pattern CONTRACTION = Pattern.compile("['’](m|re|ve|ll|d)$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$|['’]$");

    /** A clause the cue's own clause is coordinated with keeps the holder as subject; a subordinate one need not. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    /** Pronouns that, as the subject of the cue's clause, stand for the speaker of the quote. */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "he", "she", "our", "my", "us");
    /** In a direct quote the speaker says I or we: "he" and "she" are someone else ("He's supported ..."). */
    private static final Set<String> THIRD_PERSON = Set.of("he", "she");
    private static final Set<String> NOMINAL_HEADS = Set.of("support", "opposition", "concern", "concerns",
            "commitment", "objection", "resistance", "solidarity", "respect", "liberation", "end", "in", "voiced",
            "expressed");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");

    private final Set<String> embeddingWords;
    private final Set<String> surveyWords = WordList.set("survey-words.txt");
    private final Set<String> subjectFillers;
    private final NegationScope negation;

    OwnStance(Set<String> embeddingWords, Set<String> subjectFillers, NegationScope negation) {
        this.embeddingWords = embeddingWords;
        this.subjectFillers = subjectFillers;
        this.negation = negation;
    }

    public static OwnStance loadDefault(NegationScope negation) {
        return new OwnStance(WordList.set("embedding-words.txt"), WordList.set("subject-fillers.txt"), negation);
    }

    /** Where a run of evidence stands: inside the quote, or in the attribution clause right after or before the speaker. */
    public enum RunKind { QUOTE, DIRECT_QUOTE, AFTER_SPEAKER, BEFORE_SPEAKER, ELSEWHERE }

    /**
     * holderWords: lower-cased words of the holder's names and role; foreignPronoun: "he" or "she" when
     * the document shows that pronoun cannot be the holder ({@link HolderGender}), else "".
     */
    public boolean isHoldersOwn(List<Word> run, CueMatch cue, Set<String> holderWords, String foreignPronoun,
            RunKind kind) {
        boolean direct = kind == RunKind.DIRECT_QUOTE;
        if (direct) {
            kind = RunKind.QUOTE;
        }
        if (kind == RunKind.ELSEWHERE || run.stream().anyMatch(word -> word.text().equals("?"))
                || run.stream().anyMatch(word -> surveyWords.contains(word.lower()))) {
            return false;
        }
        if (kind == RunKind.QUOTE && cue.first() == 0 && Character.isUpperCase(run.get(0).text().charAt(0))
                && run.get(0).lower().endsWith("ing")) {
            return false; // "Considering we lost Larsson, ...": an opening -ing word is a preposition or a gerund subject
        }
        for (int i = 0; i < cue.first(); i++) {
            if (embeddingWords.contains(run.get(i).lower())) {
                return false;
            }
        }
        if (isAdjectiveOrNoun(run, cue) || isFrontedPreposition(run, cue) || wasGoingTo(run, cue)) {
            return false;
        }
        if (cue.cue().targetIsSubject()) {
            return kind == RunKind.QUOTE;
        }
        if (kind == RunKind.BEFORE_SPEAKER && !run.get(0).lower().endsWith("ing")) {
            return false; // "He also accused Liverpool ..., but Parry explained": only a participle clause leans on the speaker
        }
        int start = kind == RunKind.BEFORE_SPEAKER ? 1 : 0;
        boolean sawSubject = false;
        for (int i = cue.first() - 1; i >= start; i--) {
            Word word = run.get(i);
            String lower = withoutContraction(withoutPossessive(word.lower()));
            if (word.text().equals(",")) {
                continue;
            }
            if (RELATIVES.contains(lower)) {
                return kind == RunKind.AFTER_SPEAKER && onlyPunctuationBefore(run, i);
            }
            if (COORDINATORS.contains(lower)) {
                return kind == RunKind.QUOTE && (sawSubject || clauseOpensWithHolder(run, i, holderWords));
            }
            if (negation.isBoundary(word) && !negation.isNegator(lower)) {
                return kind == RunKind.QUOTE && word.isPunctuation() && (sawSubject || !isNominal(cue));
            }
            if (lower.equals(foreignPronoun)) {
                return false;
            }
            boolean subject = SUBJECTS.contains(lower) && !(direct && THIRD_PERSON.contains(lower))
                    || holderWords.contains(lower);
            boolean filler = !THIRD_PERSON.contains(lower) && subjectFillers.contains(lower)
                    || negation.isNegator(lower) || lower.endsWith("ly");
            if (!filler && !subject) {
                return false;
            }
            sawSubject |= subject;
        }
        return kind != RunKind.QUOTE || sawSubject || !isNominal(cue);
    }

    /**
     * "an exceptionally welcoming scene", "A vote against Marco ... is a vote for Trump": a cue after an
     * article (and adverbs) is an adjective or a noun, and says nothing of the holder's position, unless
     * an "of" names its object.
     */
    private static boolean isAdjectiveOrNoun(List<Word> run, CueMatch cue) {
        if (cue.first() + 1 < run.size() && run.get(cue.first() + 1).lower().equals("of")) {
            return false; // "the protection of minority rights" names what the holder would protect
        }
        int i = cue.first() - 1;
        while (i >= 0 && run.get(i).lower().endsWith("ly")) {
            i--;
        }
        return i >= 0 && ARTICLES.contains(run.get(i).lower());
    }

    /** "I was going to bite my tongue and vote for Hillary, but ...": an intention given up, not a position. */
    private static boolean wasGoingTo(List<Word> run, CueMatch cue) {
        for (int i = 1; i + 1 < cue.first(); i++) {
            String before = run.get(i - 1).lower();
            if ((before.equals("was") || before.equals("were")) && run.get(i).lower().equals("going")
                    && run.get(i + 1).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** "Against Wales, ... I hope we can show our game": a preposition opening the sentence names an opponent, not a stance. */
    private static boolean isFrontedPreposition(List<Word> run, CueMatch cue) {
        return cue.first() == 0 && run.get(0).text().equals("Against");
    }

    /** "support for X", "opposition to X", "in favor of X": a noun needs an owner to be the holder's stance. */
    private static boolean isNominal(CueMatch cue) {
        List<String> words = cue.cue().words();
        return words.size() > 1 && NOMINAL_HEADS.contains(words.get(0));
    }

    /** Whether the clause before a coordinator (back to a boundary or the run's start) opens with the holder or a pronoun. */
    private boolean clauseOpensWithHolder(List<Word> run, int coordinator, Set<String> holderWords) {
        int from = coordinator;
        while (from > 0 && !negation.isBoundary(run.get(from - 1))) {
            from--;
        }
        for (int i = from; i < coordinator; i++) {
            String lower = withoutContraction(withoutPossessive(run.get(i).lower()));
            if (SUBJECTS.contains(lower) || holderWords.contains(lower)) {
                return true;
            }
            if (!subjectFillers.contains(lower)) {
                return false;
            }
        }
        return false;
    }

    private static String withoutContraction(String lower) {
        return CONTRACTION.matcher(lower).replaceAll("");
    }

    private static boolean onlyPunctuationBefore(List<Word> run, int index) {
        return run.subList(0, index).stream().allMatch(Word::isPunctuation);
    }

    /** The words that name the holder: its names and its role's words, with a demonym's place ("Iranian" → "iran", "Russian" → "russia"). */
    public static Set<String> holderWords(String... namesAndRoles) {
        Set<String> words = new HashSet<>();
        for (String text : namesAndRoles) {
            if (text == null) {
                continue;
            }
            for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    words.add(word);
                    words.add(withoutPossessive(word));
                    if (word.endsWith("an") || word.endsWith("i")) {
                        words.add(word.substring(0, word.length() - 1));
                    }
                    if (word.endsWith("ian")) {
                        words.add(word.substring(0, word.length() - 3));
                    }
                }
            }
        }
        return words;
    }

    private static String withoutPossessive(String lower) {
        return POSSESSIVE.matcher(lower).replaceAll("");
    }
}
