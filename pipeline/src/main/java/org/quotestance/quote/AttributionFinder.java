package org.quotestance.quote;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.speaker.MentionParser;
import org.quotestance.text.Word;

/**
 * Finds the attribution next to a quote: {@code "…," Name said}, {@code "…," said the minister},
 * {@code "…" — Name}, {@code He said: "…"}, {@code Name, a doctor, added: "…"}, and a lead-in such
 * as {@code And from the minister: "…"}.
 */
final class AttributionFinder {

    /** Words that may stand between a subject and its cue ("Rudenko also told"). */
    private static final Set<String> ADVERBIALS = Set.of("also", "then", "later", "earlier", "further", "again",
            "has", "have", "had", "once", "recently", "publicly", "separately", "reportedly", "previously",
            "yesterday", "today", "tonight", "repeatedly", "would", "will", "did", "just", "on", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "week", "night",
            "morning", "afternoon", "evening");
    private static final Set<String> ADJUNCT_STARTS = Set.of("in", "at", "on", "during", "after", "before",
            "with", "from", "for", "of", "to", "by", "who", "which", "whose", "whom", "where", "when", "while",
            "as", "like", "since", "until", "despite", "according");
    private static final int MAX_HEAD_OFFSET = 2;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "around", "across");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
    private static final Set<String> RELATIVE_AFTER_PREPOSITION = Set.of("which", "whom");
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "where", "while", "as", "because",
            "since", "although", "though", "before", "if", "until", "once", "whereas");
    private static final Set<String> APPOSITIVE_STARTS = Set.of("a", "an", "the", "one", "his", "her", "their",
            "its");
    private static final int MAX_APPOSITIVES = 3;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "yet", "so");
    private static final Set<String> DASHES = Set.of("—", "―", "–", "-", "--");
    private static final int MAX_SUBJECT_WORDS = 25;
    private static final int MAX_CLAUSES_BEFORE_CUE = 3;
    private static final int MAX_WORDS_AFTER_CUE = 6;
    /** Present-tense forms that are mostly nouns elsewhere ("notes", "claims"): cues only as {@link #verbEndingTheClause}. */
    private static final Map<String, String> AFTER_QUOTATION_VERBS = Map.of("notes", "note", "claims", "claim",
            "answers", "answer", "jokes", "joke", "charges", "charge");

    private final SpeechCueLexicon cues = SpeechCueLexicon.speech();
    private final MentionParser parser = new MentionParser();

    /** An attribution in {@code words[from, to)} right after a quote, or null. */
    Attribution after(List<Word> words, int from, int to) {
        int i = from;
        while (i < to && words.get(i).text().equals(",")) {
            i++;
        }
        if (i >= to) {
            return null;
        }
        if (DASHES.contains(words.get(i).text())) {
            MentionCandidate speaker = parser.parse(words, i + 1, clauseEnd(words, i + 1, to));
            return speaker == null ? null : new Attribution(speaker, words.get(i).begin(), words.get(i).end(), "");
        }
        for (int c = i; c < to && c - i <= MAX_SUBJECT_WORDS; c++) {
            Word w = words.get(c);
            if (w.isSentenceStop(c > 0 ? words.get(c - 1) : null, c + 1 < to ? words.get(c + 1) : null)
                    || w.isQuoteMark() && !isApostrophe(words, c)) {
                return null;
            }
            SpeechCueLexicon.Match cue = cues.matchAt(words, c);
            if (cue == null) {
                cue = verbEndingTheClause(words, i, c, to);
            }
            if (cue == null) {
                continue;
            }
            MentionCandidate speaker = c > i ? subjectBefore(words, i, c) : null;
            if (speaker == null) {
                int after = cue.lastWord() + 1;
                speaker = parser.parse(words, after, clauseEnd(words, after, to));
            }
            return speaker == null ? null : attribution(words, cue, speaker);
        }
        return null;
    }

    /**
     * "“…,” Viguerie notes.": a form that is mostly a noun, and so no entry of the speech lexicon (which the cue models
     * read), is a cue right after a quotation when its subject stands before it and the clause ends with it.
     */
    private static SpeechCueLexicon.Match verbEndingTheClause(List<Word> words, int from, int c, int to) {
        String lemma = AFTER_QUOTATION_VERBS.get(words.get(c).lower());
        boolean clauseEnds = c + 1 >= to || words.get(c + 1).isClauseBreak();
        return lemma != null && c > from && clauseEnds ? new SpeechCueLexicon.Match(c, 1, lemma, true) : null;
    }

    /** "American Action Forum’s Douglas Holtz-Eakin said": a closing single quote inside a word is an apostrophe. */
    private static boolean isApostrophe(List<Word> words, int i) {
        Word w = words.get(i);
        return w.text().equals("’") && i > 0 && i + 1 < words.size() && words.get(i - 1).end() == w.begin()
                && words.get(i + 1).begin() == w.end() && words.get(i - 1).isLetters() && words.get(i + 1).isLetters();
    }

    /** An attribution that introduces a quote starting at {@code words[to]}: {@code He said: "…"}. */
    Attribution before(List<Word> words, int from, int to) {
        if (to <= from) {
            return null;
        }
        for (int c = to - 1; c >= from && to - c <= MAX_WORDS_AFTER_CUE + 1; c--) {
            SpeechCueLexicon.Match cue = cues.matchAt(words, c);
            if (cue == null || cue.lastWord() >= to) {
                continue;
            }
            MentionCandidate speaker = mainClauseSubject(words, from, c);
            if (speaker == null) {
                speaker = subjectBefore(words, from, c);
            }
            if (speaker == null && c == from) {
                speaker = parser.parse(words, cue.lastWord() + 1, clauseEnd(words, cue.lastWord() + 1, to));
            }
            return speaker == null ? null : attribution(words, cue, speaker);
        }
        Word last = words.get(to - 1);
        if (last.text().equals(":")) {
            MentionCandidate speaker = leadInSpeaker(words, from, to - 1);
            return speaker == null ? null : new Attribution(speaker, last.begin(), last.end(), "");
        }
        return null;
    }

    /**
     * The source of a participle cue after a comma ("Trump attacked Clinton for …, saying …"): the
     * main clause's subject, not the nearest name (often the main verb's object); null for any other cue.
     */
    MentionCandidate mainClauseSubject(List<Word> words, int from, int c) {
        boolean participle = c > from + 1 && words.get(c - 1).text().equals(",")
                && !words.get(c).isCapitalized() && words.get(c).lower().endsWith("ing");
        // "“…,” Rezaei said, referring to …": a quotation before it has its own attribution
        return participle && !AttributionCueFeatures.hasQuoteMark(words, from, c) ? parser.parseLeftmost(words, from, c - 1)
                : null;
    }

    /**
     * The subject of the cue at {@code cue}: the clause right before it; clauses that cannot hold a
     * subject are passed over ({@code Name, speaking at the conference in Qom, added}).
     */
    MentionCandidate subjectBefore(List<Word> words, int from, int cue) {
        int end = cue;
        while (end > from && ADVERBIALS.contains(words.get(end - 1).lower())) {
            end--;
        }
        end = skipParenthetical(words, from, end);
        if (end > from && words.get(end - 1).lower().equals("and")) {
            return coordinatedSubject(words, from, end - 1);
        }
        int clauses = 0;
        boolean brokenFromCue = false;
        while (clauses < MAX_CLAUSES_BEFORE_CUE && end > from) {
            if (words.get(end - 1).isQuoteMark()) {
                return null;
            }
            if (words.get(end - 1).isClauseBreak()) {
                end--;
                brokenFromCue = true;
                continue;
            }
            clauses++;
            int start = end - 1;
            while (start > from && !isBreak(words, start - 1) && end - start < MAX_SUBJECT_WORDS) {
                start--;
            }
            // "…, and the report says": the conjunction is no part of the subject
            int subject = start + 1 < end && CONJUNCTIONS.contains(words.get(start).lower()) ? start + 1 : start;
            if (RELATIVE_PRONOUNS.contains(words.get(end - 1).lower())) {
                // "Mr. Kamin, who emphasized that …": the relative pronoun is the subject of its clause
                Word who = words.get(end - 1);
                return new MentionCandidate(who.begin(), who.end(), "PRONOUN",
                        who.lower().equals("who") ? "PERSON" : "ORGANIZATION", who.text(), "");
            }
            MentionCandidate subordinate = subjectOfSubordinateClause(words, subject, end);
            if (subordinate != null) {
                return subordinate;
            }
            MentionCandidate inner = subjectOfInnerClause(words, subject, end);
            if (inner != null) {
                return inner;
            }
            if (isAge(words, subject, end)) {
                end = start; // "Schiff, 56, who has served …, told"
                continue;
            }
            if (!isAdjunct(words, subject, end)) {
                // the clause next to the cue holds the subject, or there is none to find
                MentionCandidate speaker = headBeforePreposition(words, subject, parser.parse(words, subject, end));
                // an appositive is set off from the cue ("Omar Nasser, a doctor, said"); a description right
                // before the cue is its subject ("…, now called Trump National Doral, the candidate boasted")
                boolean subjectDescription = !brokenFromCue && speaker != null
                        && speaker.mentionType().equals("NOMINAL");
                return speaker != null && !subjectDescription && isAppositiveShape(words.get(subject), speaker)
                        ? nameBeforeAppositive(words, from, start, speaker) : speaker;
            }
            end = start;
        }
        return null;
    }

    /**
     * "a doctor at the hospital", "director of the Institute for Policy Integrity", "one of the states
     * suing the EPA": a role or description, not a name.
     */
    private static boolean isAppositiveShape(Word first, MentionCandidate speaker) {
        boolean lowerCaseStart = first.isLetters() && !first.isCapitalized();
        return speaker.mentionType().equals("NOMINAL")
                || speaker.mentionType().equals("ORGANIZATION") && lowerCaseStart
                || lowerCaseStart && speaker.begin() > first.begin() && APPOSITIVE_STARTS.contains(first.lower());
    }

    /**
     * {@code Omar Nasser, a doctor at the hospital, said}: the name before the appositive is the speaker;
     * {@code Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security
     * Council, said}: appositives can follow one another.
     */
    private MentionCandidate nameBeforeAppositive(List<Word> words, int from, int start, MentionCandidate nominal) {
        int end = start - 1;
        for (int hop = 0; hop < MAX_APPOSITIVES; hop++) {
            if (end <= from || !words.get(end).text().equals(",")) {
                return nominal;
            }
            int begin = end;
            while (begin > from && !isBreak(words, begin - 1)) {
                begin--;
            }
            Word first = words.get(begin);
            if (isAdjunct(first) || ADJUNCT_STARTS.contains(first.lower())) {
                // "At a press conference in Chelsea, the mayor said": no name of the speaker there
                return nominal;
            }
            MentionCandidate name = parser.parse(words, begin, end);
            boolean adjacent = name != null && name.end() == words.get(end - 1).end();
            if (adjacent && name.mentionType().equals("NAME") && name.kind().equals("PERSON")) {
                return name;
            }
            if (name == null || !isAppositiveShape(words.get(begin), name)) {
                return nominal;
            }
            end = begin - 1;
        }
        return nominal;
    }

    /**
     * The speaker of a lead-in before a colon: the subject of the clause next to the colon
     * ("Worried about Hillary Clinton's support, President Obama is rolling out a message:"), else
     * the speaker anywhere in the lead-in ("And from the minister:").
     */
    private MentionCandidate leadInSpeaker(List<Word> words, int from, int to) {
        int start = to;
        while (start > from && !isBreak(words, start - 1)) {
            start--;
        }
        if (start > from && start < to && !isAdjunct(words.get(start))) {
            MentionCandidate subject = parser.parse(words, start, to);
            if (subject != null && !subject.mentionType().equals("PRONOUN")) {
                return subject;
            }
        }
        return parser.parse(words, from, to);
    }

    /** "after he admitted", "where restructuring experts say": the subject inside a subordinate clause. */
    private MentionCandidate subjectOfSubordinateClause(List<Word> words, int start, int end) {
        Word first = words.get(start);
        int at = start + 1;
        if (end - start > 2 && RELATIVE_AFTER_PREPOSITION.contains(words.get(start + 1).lower())
                && ADJUNCT_STARTS.contains(first.lower())) {
            at = start + 2; // "an appearance, in which he said …"
        } else if (first.isCapitalized() || !SUBORDINATORS.contains(first.lower()) || end - start < 2) {
            return null;
        }
        MentionCandidate subject = parser.parse(words, at, end);
        return subject != null && subject.begin() == words.get(at).begin()
                && subject.end() == words.get(end - 1).end() ? subject : null;
    }

    /**
     * "… troops have come even as [some of the same candidates] have said …", "independents, which [Democrats] say
     * …": the cue's subject is the phrase that ends the clause after a subordinator (or an object's relative
     * pronoun) inside it, not a name earlier in the clause.
     */
    private MentionCandidate subjectOfInnerClause(List<Word> words, int start, int end) {
        for (int k = end - 2; k >= start; k--) {
            Word w = words.get(k);
            if (!w.isCapitalized() && (SUBORDINATORS.contains(w.lower()) || w.lower().equals("which"))) {
                MentionCandidate subject = parser.parse(words, k + 1, end);
                return subject != null && subject.end() == words.get(end - 1).end() ? subject : null;
            }
        }
        return null;
    }

    /** ", 56,": a person's age between name and cue. */
    private static boolean isAge(List<Word> words, int start, int end) {
        return end - start == 1 && words.get(start).text().chars().allMatch(Character::isDigit);
    }

    /**
     * "Some delegates at the convention in Philadelphia said": a name in a prepositional phrase after the
     * subject's head is no subject; the speaker before the preposition is, when the parser finds one.
     */
    private MentionCandidate headBeforePreposition(List<Word> words, int subject, MentionCandidate speaker) {
        if (speaker == null) {
            return null;
        }
        int first = ArticleView.wordAt(words, speaker.begin());
        if (first <= subject + 1 || !PLACE_PREPOSITIONS.contains(words.get(first - 1).lower())) {
            return speaker;
        }
        int preposition = first - 1;
        while (preposition > subject && !PLACE_PREPOSITIONS.contains(words.get(preposition - 1).lower())) {
            preposition--;
        }
        int headEnd = preposition > subject ? preposition - 1 : first - 1;
        MentionCandidate head = parser.parse(words, subject, headEnd);
        // the head opens the clause ("Some delegates", "Legislative leaders"), not a noun deeper in it
        return head != null && ArticleView.wordAt(words, head.begin()) <= subject + MAX_HEAD_OFFSET ? head : speaker;
    }

    /**
     * A clause that cannot hold the subject: "speaking to a group in Virginia", "also campaigning in
     * Wisconsin", "in Ohio", "who has four children" — the subject stands before it.
     */
    private static boolean isAdjunct(Word first) {
        String w = first.lower();
        return !first.isCapitalized() && (w.endsWith("ing") || ADJUNCT_STARTS.contains(w));
    }

    /** {@link #isAdjunct} after adverbs ("also campaigning in Wisconsin"). */
    private static boolean isAdjunct(List<Word> words, int start, int end) {
        int i = start;
        while (i + 1 < end && ADVERBIALS.contains(words.get(i).lower()) && !words.get(i).isCapitalized()) {
            i++;
        }
        return isAdjunct(words.get(i));
    }

    /** {@code Rep. Gwen Moore (D-Wis.) said}: the party label between name and cue is skipped. */
    private static int skipParenthetical(List<Word> words, int from, int end) {
        if (end <= from || !words.get(end - 1).text().equals(")")) {
            return end;
        }
        for (int i = end - 2; i >= from && end - i <= 8; i--) {
            if (words.get(i).text().equals("(")) {
                return i;
            }
        }
        return end;
    }

    /** {@code X described it as … and said}: the subject of the first verb of the sentence. */
    private MentionCandidate coordinatedSubject(List<Word> words, int from, int and) {
        for (int c = from; c < and; c++) {
            if (cues.matchAt(words, c) != null) {
                return subjectBefore(words, from, c);
            }
        }
        return parser.parse(words, from, and);
    }

    /** Where the clause starting at {@code from} ends; the full stop of "Mr." does not end it. */
    static int clauseEnd(List<Word> words, int from, int to) {
        int i = from;
        while (i < to && (!words.get(i).isClauseBreak() || isAbbreviationStop(words, i, to))) {
            i++;
        }
        return i;
    }

    /** A clause break that is not the full stop of "Mr." or of an initial ("Marc H. Morial"). */
    private static boolean isBreak(List<Word> words, int i) {
        return words.get(i).isClauseBreak() && !isAbbreviationStop(words, i, words.size());
    }

    private static boolean isAbbreviationStop(List<Word> words, int i, int to) {
        return words.get(i).text().equals(".") && i > 0
                && !words.get(i).isSentenceStop(words.get(i - 1), i + 1 < to ? words.get(i + 1) : null);
    }

    private static Attribution attribution(List<Word> words, SpeechCueLexicon.Match cue, MentionCandidate speaker) {
        return new Attribution(speaker, words.get(cue.firstWord()).begin(), words.get(cue.lastWord()).end(),
                cue.lemma());
    }
}
