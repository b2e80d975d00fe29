package org.quotestance.location;

import java.util.List;
import java.util.Set;

import org.quotestance.location.ToponymMention.Usage;

/**
 * Literal or metonymic use of a place name, from the tokens around it (there is no parser):
 * <ul>
 * <li>DEMONYM for demonym mentions;</li>
 * <li>LITERAL right after a locative preposition ({@code locative-prepositions.txt}: "in
 * Khankendi", "arrived in Baku");</li>
 * <li>METONYMIC as a possessive followed, within three words, by an agent noun or a thing a
 * government holds ({@code agent-nouns.txt}: "Tehran's proposed plan", "Iran's foreign
 * minister"); a possessive followed by anything else is LITERAL ("Baku's old town");</li>
 * <li>METONYMIC as a modifier of an agent noun ("US officials", "Russia Foreign Minister");</li>
 * <li>METONYMIC as the subject of a speech, cognition or political-action verb
 * ({@code metonymy-verbs.txt}), possibly after up to three auxiliaries or adverbs
 * ({@code auxiliaries.txt}) and possibly coordinated ("Moscow brokered", "Ankara has denied",
 * "Baku and Yerevan agreed");</li>
 * <li>LITERAL otherwise.</li>
 * </ul>
 */
final class UsageClassifier {

    private static final int MAX_AUXILIARIES = 3;
    private static final int POSSESSIVE_REACH = 3;

    private final Set<String> locatives = WordList.load("locative-prepositions.txt");
    private final Set<String> verbs = WordList.load("metonymy-verbs.txt");
    private final Set<String> auxiliaries = WordList.load("auxiliaries.txt");
    private final Set<String> agents;
    private final Set<String> agentsAndHoldings = WordList.load("agent-nouns.txt");

    UsageClassifier() {
        List<List<String>> groups = WordList.groups("agent-nouns.txt");
        this.agents = Set.copyOf(groups.get(0));
    }

    Usage classify(ToponymMention mention) {
        if (mention.demonym) {
            return Usage.DEMONYM;
        }
        SentenceTokens s = mention.sentence;
        int previous = mention.firstToken - 1;
        if (previous >= 0 && locatives.contains(s.lower(previous))) {
            return Usage.LITERAL;
        }
        int next = mention.lastToken + 1;
        if (s.isPossessive(mention.lastToken)) {
            for (int i = next; i < Math.min(s.size(), next + POSSESSIVE_REACH); i++) {
                if (agentsAndHoldings.contains(s.lower(i))) {
                    return Usage.METONYMIC;
                }
            }
            return Usage.LITERAL;
        }
        if (next < s.size() && agents.contains(s.lower(next))) {
            return Usage.METONYMIC;
        }
        return isSubjectOfMetonymyVerb(s, skipCoordinatedNames(s, next)) ? Usage.METONYMIC : Usage.LITERAL;
    }

    /** Skips "and Yerevan" / ", Moscow and Ankara" after a name, returning the next token index. */
    private static int skipCoordinatedNames(SentenceTokens s, int next) {
        int i = next;
        while (i + 1 < s.size() && (s.lower(i).equals("and") || s.word(i).equals(",")) && s.isCapitalised(i + 1)) {
            i++;
            while (i < s.size() && s.isCapitalised(i)) {
                i++;
            }
        }
        return i;
    }

    private boolean isSubjectOfMetonymyVerb(SentenceTokens s, int from) {
        int i = from;
        int skipped = 0;
        while (i < s.size() && skipped < MAX_AUXILIARIES && auxiliaries.contains(s.lower(i))) {
            i++;
            skipped++;
        }
        return i < s.size() && verbs.contains(s.lower(i));
    }
}
