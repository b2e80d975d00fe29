package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the targets of stance cues: the noun phrase after an object cue ("opposed to X",
 * "support for X"; coordinated phrases "X and the Y" give one target each) or before a subject
 * cue ("X should not interfere", "X is a serious cause of concern"). A phrase ends at punctuation
 * or a clause word (clause-boundaries.txt); leading determiners are dropped; pronouns alone are
 * not targets.
 */
public final class TargetExtractor {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final int MAX_TARGET_WORDS = 12;
    /** A comma-separated opener this short ("Of course,", "In 2020,") is not part of a subject. */
    private static final int MAX_OPENER_WORDS = 3;
    private static final Set<String> COORDINATORS = Set.of("and", "or");
    /** Verb group and modifiers between a subject and its cue: "X is a serious | cause of concern". */
    private static final Set<String> VERB_GROUP = Set.of("is", "are", "was", "were", "be", "been", "being",
            "a", "an", "the", "serious", "very", "should", "must", "would", "will", "shall", "can", "could",
            "may", "might", "has", "have", "had", "do", "does", "did");

    /** Cue nouns whose "of" phrase names who holds the position ("the support of McCain"), not what it is about. */
    private static final Set<String> OWNED_NOUNS = Set.of("support", "backing", "opposition", "endorsement",
            "praise", "criticism");

    private final StanceCueLexicon cues;
    private final NegationScope negation;
    private final Set<String> determiners;
    private final Set<String> pronouns;
    private final Set<String> letterLabels;

    TargetExtractor(StanceCueLexicon cues, NegationScope negation, Set<String> determiners, Set<String> pronouns,
            Set<String> letterLabels) {
        this.cues = cues;
        this.negation = negation;
        this.determiners = determiners;
        this.pronouns = pronouns;
        this.letterLabels = letterLabels;
    }

    public static TargetExtractor loadDefault(StanceCueLexicon cues, NegationScope negation) {
        return new TargetExtractor(cues, negation, WordList.set("determiners.txt"), WordList.set("pronouns.txt"),
                WordList.set("letter-labels.txt"));
    }

    /** The targets of every cue in the words; text is the document text the word offsets point into. */
    public List<TargetCandidate> extract(List<Word> words, String text) {
        List<TargetCandidate> targets = new ArrayList<>();
        for (CueMatch match : cues.find(words)) {
            if (match.cue().targetIsSubject()) {
                subjectOf(words, match, text).ifPresent(span -> addIfTarget(targets, words, span, match, text));
            } else if (!isPassiveAgent(words, match.last() + 1)) {
                objectsOf(words, match, text).forEach(span -> addIfTarget(targets, words, span, match, text));
            }
        }
        return targets;
    }

    /** "backed by Armenia": the phrase after the cue is the agent, not the target. */
    private static boolean isPassiveAgent(List<Word> words, int index) {
        return index < words.size() && words.get(index).lower().equals("by");
    }

    /** Whether a line break separates words[index] from the word before it (a headline, a new paragraph). */
    private static boolean startsNewLine(List<Word> words, int index, String text) {
        return index > 0 && text.substring(words.get(index - 1).end(), words.get(index).begin()).contains("\n");
    }

    /** Word index ranges [from, to). */
    private record Span(int from, int to) {
    }

    private List<Span> objectsOf(List<Word> words, CueMatch match, String text) {
        List<Span> objects = new ArrayList<>();
        int from = match.last() + 1;
        while (from < words.size()) {
            int to = from;
            while (to < words.size() && (!negation.isBoundary(words.get(to)) || isTitleStop(words, to))
                    && to - from < MAX_TARGET_WORDS && !(to > from && startsNewLine(words, to, text))) {
                to++;
            }
            objects.add(new Span(from, to));
            int next = nextConjunct(words, to);
            if (next < 0) {
                break;
            }
            from = next;
        }
        return objects;
    }

    /**
     * "sued Mr. Manafort", "supported Sen. Ted Cruz", "George W. Bush": the full stop of a title, or of an
     * initial inside a capitalised name, before a name, which the segmenter splits off, does not end the phrase.
     */
    private boolean isTitleStop(List<Word> words, int index) {
        if (!words.get(index).text().equals(".") || index == 0 || index + 1 >= words.size()
                || !Character.isUpperCase(words.get(index + 1).text().charAt(0))) {
            return false;
        }
        return NameTitles.ABBREVIATED.contains(words.get(index - 1).text()) || isInitialInName(words, index - 1);
    }

    /** "George W. Bush": a capital letter after a capitalised name word; not "Proposition B", a label. */
    private boolean isInitialInName(List<Word> words, int index) {
        String letter = words.get(index).text();
        if (index == 0 || letter.length() != 1 || !Character.isUpperCase(letter.charAt(0))) {
            return false;
        }
        Word before = words.get(index - 1);
        return before.text().length() > 1 && Character.isUpperCase(before.text().charAt(0))
                && before.text().chars().allMatch(Character::isLetter) && !letterLabels.contains(before.lower());
    }

    /** Where a coordinated noun phrase starts after words[at] ("and the", "as well as any"), or -1. */
    private int nextConjunct(List<Word> words, int at) {
        int next;
        if (at < words.size() && COORDINATORS.contains(words.get(at).lower())) {
            next = at + 1;
        } else if (at + 2 < words.size() && words.get(at).lower().equals("as")
                && words.get(at + 1).lower().equals("well") && words.get(at + 2).lower().equals("as")) {
            next = at + 3;
        } else {
            return -1;
        }
        return next < words.size() && determiners.contains(words.get(next).lower()) ? next : -1;
    }

    private Optional<Span> subjectOf(List<Word> words, CueMatch match, String text) {
        int clauseStart = match.first();
        while (clauseStart > 0 && isInsideSubject(words.get(clauseStart - 1)) && !startsNewLine(words, clauseStart, text)) {
            clauseStart--;
        }
        int from = clauseStart;
        while (from < match.first()) {
            int comma = nextComma(words, from, match.first());
            boolean shortOpener = comma < match.first() && comma - from <= MAX_OPENER_WORDS;
            if (!shortOpener) {
                Span subject = new Span(from, stripCopula(words, from, Math.min(comma, match.first())));
                return subject.to() - subject.from() <= MAX_TARGET_WORDS
                        ? Optional.of(subject) : Optional.empty();
            }
            from = comma + 1;
        }
        return Optional.empty();
    }

    private boolean isInsideSubject(Word word) {
        return word.text().equals(",") || COORDINATORS.contains(word.lower()) || !negation.isBoundary(word);
    }

    private static int nextComma(List<Word> words, int from, int limit) {
        int i = from;
        while (i < limit && !words.get(i).text().equals(",")) {
            i++;
        }
        return i;
    }

    /** Drops the verb group between a subject and its cue. */
    private int stripCopula(List<Word> words, int from, int to) {
        int end = to;
        while (end > from && (negation.isNegator(words.get(end - 1).lower())
                || VERB_GROUP.contains(words.get(end - 1).lower()))) {
            end--;
        }
        return end;
    }

    /**
     * "welcomed world leaders to the White House", "welcomed him to Mexico": "to" before a determiner or a
     * name is a host's welcome, not a position; "welcomed the decision to raise the minimum wage" ("to" before
     * a verb) is one.
     */
    private boolean isHostsWelcome(List<Word> words, Span span) {
        for (int i = span.from(); i < span.to() && i + 1 < words.size(); i++) {
            Word next = words.get(i + 1);
            if (words.get(i).lower().equals("to")
                    && (determiners.contains(next.lower()) || Character.isUpperCase(next.text().charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    private void addIfTarget(List<TargetCandidate> targets, List<Word> words, Span span, CueMatch match, String text) {
        if (span.from() < span.to() && words.get(span.from()).lower().equals("of")
                && OWNED_NOUNS.contains(words.get(match.last()).lower())) {
            return; // "the support of McCain": the noun's "of" names its owner, not its target ("protection of X" does)
        }
        if (match.cue().words().get(0).startsWith("welcom") && isHostsWelcome(words, span)) {
            return;
        }
        int from = span.from();
        while (from < span.to() && determiners.contains(words.get(from).lower())) {
            from++;
        }
        int to = span.to();
        while (to > from && words.get(to - 1).isPunctuation()) {
            to--;
        }
        if (to <= from || (to - from == 1 && pronouns.contains(words.get(from).lower()))) {
            return;
        }
        int begin = words.get(from).begin();
        int end = words.get(to - 1).end();
        targets.add(new TargetCandidate(begin, end, SPACES.matcher(text.substring(begin, end)).replaceAll(" "), match));
    }
}
