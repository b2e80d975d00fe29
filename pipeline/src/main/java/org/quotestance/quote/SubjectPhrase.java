package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.Word;

/**
 * The noun phrase right before a learned cue when the speaker parser finds no name, role or pronoun
 * there: "developers see …", "early ratings data suggests …", "Many fear …", "investors decide …".
 * It becomes a NOMINAL mention of no entity (a GROUP when its last word is a plural).
 */
final class SubjectPhrase {

    private static final Set<String> SKIPPED = Set.of("do", "does", "did", "has", "have", "had", "will", "would",
            "can", "could", "may", "might", "should", "must", "is", "are", "was", "were", "not", "also", "still",
            "now", "then", "often", "even", "just", "already", "all", "both", "n't", "never", "perhaps", "together",
            "however", "instead", "thus", "therefore");
    private static final Set<String> STOPS = Set.of("that", "which", "who", "whom", "whose", "what", "to", "of", "in",
            "on", "at", "for", "with", "by", "from", "as", "and", "or", "but", "if", "when", "while", "because",
            "than", "so", "about", "after", "before", "since", "where", "how", "why", "whether", "there", "it", "over",
            "up", "out", "into", "under", "against", "through", "between", "back", "off", "more", "yet", "nor");
    private static final int MAX_WORDS = 5;

    private SubjectPhrase() {
    }

    /** The phrase that ends right before {@code words[cue]} (auxiliaries and adverbs passed over), or null. */
    static MentionCandidate before(List<Word> words, int from, int cue) {
        int end = cue;
        while (end > from && (SKIPPED.contains(words.get(end - 1).lower()) || isAdverb(words.get(end - 1)))) {
            end--;
        }
        int begin = end;
        while (begin > from && end - begin < MAX_WORDS && isPhraseWord(words.get(begin - 1))) {
            begin--;
        }
        if (begin == end || begin > from && !isPhraseStart(words.get(begin - 1))) {
            return null;
        }
        Word first = words.get(begin);
        Word last = words.get(end - 1);
        String text = MentionText.of(words, begin, end);
        boolean plural = last.lower().endsWith("s") && !last.lower().endsWith("ss");
        return new MentionCandidate(first.begin(), last.end(), "NOMINAL", plural ? "GROUP" : "PERSON", text, "");
    }

    private static boolean isAdverb(Word w) {
        return w.lower().endsWith("ly") && w.lower().length() > 4 && !w.isCapitalized();
    }

    private static boolean isPhraseWord(Word w) {
        String lower = w.lower();
        boolean verbForm = !w.isCapitalized() && (lower.endsWith("ed") || lower.endsWith("ing"));
        return (w.isLetters() || Character.isDigit(lower.codePointAt(0)) || lower.equals("’s") || lower.equals("'s"))
                && !STOPS.contains(lower) && !SKIPPED.contains(lower) && !verbForm;
    }

    /** A phrase starts after a clause break, a conjunction or a subordinator, not inside a longer phrase. */
    private static boolean isPhraseStart(Word before) {
        return before.isClauseBreak() || STOPS.contains(before.lower());
    }

    /** Span text of words {@code [from, to)} joined by single spaces. */
    private static final class MentionText {
        static String of(List<Word> words, int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (i > from && words.get(i).begin() > words.get(i - 1).end()) {
                    b.append(' ');
                }
                b.append(words.get(i).text());
            }
            return b.toString();
        }
    }
}
