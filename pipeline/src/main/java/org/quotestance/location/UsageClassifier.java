package org.quotestance.location;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.quotestance.location.ToponymMention.Usage;

/**
 * Literal or metonymic use of a place name, from the tokens around it (there is no parser).
 * Rules, first match wins:
 * <ol>
 * <li>DEMONYM for demonym mentions;</li>
 * <li>possessive ("X's"): METONYMIC if an agent noun or a thing a government holds follows within
 * three words ({@code agent-nouns.txt}, groups 1-2: "Tehran's proposed plan", "Iran's foreign
 * minister"); LITERAL if a part of the land or its people follows (group 3: "Syria's north");
 * otherwise METONYMIC for a country ("Russia's lower house") and LITERAL for other places
 * ("Baku's old town");</li>
 * <li>METONYMIC as a modifier of an agent noun ("US officials", "Russia Foreign Minister",
 * "EU member states", "talks with US officials");</li>
 * <li>LITERAL right after a locative preposition ({@code locative-prepositions.txt}: "in
 * Khankendi", "arrived in Baku");</li>
 * <li>METONYMIC as the subject of a speech, cognition or political-action verb
 * ({@code metonymy-verbs.txt}), possibly after up to three auxiliaries or adverbs
 * ({@code auxiliaries.txt}, or any word ending in "-ly") and possibly coordinated ("Moscow
 * brokered", "Russia adamantly denies", "Baku and Yerevan agreed");</li>
 * <li>METONYMIC as the object of such a verb ("Britain blames Russia", "ordered Britain"), or as
 * the agent of a passive ("was invaded by Turkey");</li>
 * <li>METONYMIC when coordinated with a metonymic name just before ("wants Britain and France");</li>
 * <li>LITERAL otherwise.</li>
 * </ol>
 */
final class UsageClassifier {

    private static final int MAX_AUXILIARIES = 3;
    private static final int POSSESSIVE_REACH = 3;

    private final Set<String> locatives = WordList.load("locative-prepositions.txt");
    private final Set<String> verbs = WordList.load("metonymy-verbs.txt");
    private final Set<String> auxiliaries = WordList.load("auxiliaries.txt");
    private final Set<String> agents;
    private final Set<String> agentsAndHoldings = new HashSet<>();
    private final Set<String> landAndPeople;

    UsageClassifier() {
        List<List<String>> groups = WordList.groups("agent-nouns.txt");
        this.agents = Set.copyOf(groups.get(0));
        agentsAndHoldings.addAll(groups.get(0));
        agentsAndHoldings.addAll(groups.get(1));
        this.landAndPeople = Set.copyOf(groups.get(2));
    }

    /**
     * @param mention  the name to classify
     * @param previous the mention classified just before it in the same sentence, or null
     */
    Usage classify(ToponymMention mention, ToponymMention previous) {
        mention.usageRule = "default";
        if (mention.demonym) {
            return Usage.DEMONYM;
        }
        SentenceTokens s = mention.sentence;
        int before = mention.firstToken - 1;
        int next = mention.lastToken + 1;
        if (s.isPossessive(mention.lastToken)) {
            return possessiveUsage(mention, next);
        }
        if (next < s.size() && agents.contains(s.lower(next))) {
            return because(mention, "agent-modifier", Usage.METONYMIC);
        }
        if (before >= 0 && locatives.contains(s.lower(before))) {
            return because(mention, "locative", Usage.LITERAL);
        }
        if (isSubjectOfMetonymyVerb(s, skipCoordinatedNames(s, next))) {
            return because(mention, "subject", Usage.METONYMIC);
        }
        if (isObjectOfMetonymyVerb(s, before)) {
            return because(mention, "object", Usage.METONYMIC);
        }
        if (isCoordinatedWithMetonymic(mention, previous)) {
            return because(mention, "coordinated", Usage.METONYMIC);
        }
        return Usage.LITERAL;
    }

    /** Records which rule decided (a feature of the learned usage classifier). */
    private static Usage because(ToponymMention mention, String rule, Usage usage) {
        mention.usageRule = rule;
        return usage;
    }

    private Usage possessiveUsage(ToponymMention mention, int next) {
        SentenceTokens s = mention.sentence;
        for (int i = next; i < Math.min(s.size(), next + POSSESSIVE_REACH); i++) {
            if (agentsAndHoldings.contains(s.lower(i))) {
                return because(mention, "possessive-agent", Usage.METONYMIC);
            }
            if (landAndPeople.contains(s.lower(i))) {
                return because(mention, "possessive-land", Usage.LITERAL);
            }
        }
        return because(mention, "possessive", mention.resolved != null && mention.resolved.isCountry()
                ? Usage.METONYMIC : Usage.LITERAL);
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
        while (i < s.size() && skipped < MAX_AUXILIARIES && isAuxiliaryOrAdverb(s.lower(i))) {
            i++;
            skipped++;
        }
        return i < s.size() && verbs.contains(s.lower(i));
    }

    private boolean isAuxiliaryOrAdverb(String word) {
        return auxiliaries.contains(word) || word.length() > 4 && word.endsWith("ly");
    }

    private boolean isObjectOfMetonymyVerb(SentenceTokens s, int before) {
        if (before < 0) {
            return false;
        }
        String word = s.lower(before);
        if (verbs.contains(word)) {
            return true;
        }
        return word.equals("by") && before >= 1 && s.lower(before - 1).endsWith("ed");
    }

    private static boolean isCoordinatedWithMetonymic(ToponymMention mention, ToponymMention previous) {
        if (previous == null || previous.usage != Usage.METONYMIC || previous.sentence != mention.sentence) {
            return false;
        }
        int gap = mention.firstToken - previous.lastToken;
        String between = mention.sentence.lower(previous.lastToken + 1);
        return gap == 2 && (between.equals("and") || between.equals("or") || between.equals(","));
    }
}
