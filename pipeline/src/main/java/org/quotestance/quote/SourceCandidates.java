package org.quotestance.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quotestance.speaker.MentionCandidate;
import org.quotestance.speaker.MentionParser;
import org.quotestance.text.Word;

/**
 * The mentions that could be the source of an attribution: every name, organisation, nominal or pronoun the
 * speaker parser finds in the cue's sentence outside the content (in each clause, from each word on), the
 * noun phrase right before the cue ({@link SubjectPhrase}), and the rules' own choice.
 */
final class SourceCandidates {

    /** A candidate and how it was found. */
    record Candidate(MentionCandidate mention, int firstWord, int endWord, boolean ruleChoice, boolean phrase) {
    }

    private final MentionParser parser = new MentionParser();

    /**
     * Candidates in the sentence {@code words[from, to)} for the cue at {@code cue} whose content is
     * {@code words[contentFrom, contentTo)}; {@code ruleChoice} may be null.
     */
    List<Candidate> of(List<Word> words, int from, int to, int cue, int contentFrom, int contentTo,
            MentionCandidate ruleChoice) {
        Map<Long, Candidate> found = new LinkedHashMap<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean edge = i == to || i == cue || i >= contentFrom && i < contentTo || words.get(i).isClauseBreak();
            if (edge) {
                addSegment(words, start, i, found);
                start = i + 1;
            }
        }
        MentionCandidate phrase = SubjectPhrase.before(words, from, cue);
        if (phrase != null) {
            put(words, found, phrase, false, true);
        }
        if (ruleChoice != null) {
            put(words, found, ruleChoice, true, false);
        }
        return withoutSecondConjuncts(words, new ArrayList<>(found.values()));
    }

    /** "Armenia and Azerbaijan accused …": the group is one source, named by its first conjunct as the rules do. */
    private static List<Candidate> withoutSecondConjuncts(List<Word> words, List<Candidate> candidates) {
        Set<Integer> ends = new HashSet<>();
        for (Candidate c : candidates) {
            ends.add(c.endWord());
        }
        candidates.removeIf(c -> !c.ruleChoice() && c.firstWord() >= 2
                && words.get(c.firstWord() - 1).lower().equals("and") && ends.contains(c.firstWord() - 1));
        return candidates;
    }

    private void addSegment(List<Word> words, int from, int to, Map<Long, Candidate> found) {
        int coveredTo = from;
        for (int i = from; i < to; i++) {
            if (i < coveredTo || !parser.mayBeginAt(words.get(i))) {
                // "Pew Research Center": no candidate starts inside one found before ("Research"); "said": nor at a
                // word that begins no mention
                continue;
            }
            MentionCandidate c = parser.parse(words, i, to);
            if (c != null && c.begin() > words.get(i).begin()) {
                // "Clinton told Matt Lauer": the parser prefers the longer name; the one at i ends before it
                c = parser.parse(words, i, ArticleView.wordAt(words, c.begin()));
            }
            if (c != null && c.begin() == words.get(i).begin()) {
                put(words, found, c, false, false);
                coveredTo = ArticleView.wordAt(words, c.end());
            }
        }
    }

    private static void put(List<Word> words, Map<Long, Candidate> found, MentionCandidate c, boolean rule,
            boolean phrase) {
        long key = (long) c.begin() << 32 | c.end() & 0xffffffffL;
        Candidate old = found.get(key);
        int first = ArticleView.wordAt(words, c.begin());
        int end = ArticleView.wordAt(words, c.end());
        found.put(key, new Candidate(old != null && !rule ? old.mention() : c, first, end,
                rule || old != null && old.ruleChoice(), phrase || old != null && old.phrase()));
    }
}
