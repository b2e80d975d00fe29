package org.quotestance.location;

import java.util.List;
import java.util.Set;

import org.quotestance.location.ToponymMention.Usage;

import opennlp.tools.ml.model.Event;

/**
 * The usage classifier: metonymic ({@code yes}) or literal use of a place name, by a maxent model
 * over the words around it, its possessive, the kind of place, and the decision of the rules
 * ({@link UsageClassifier}), trained on GeoWebNews' literal and metonymic types.
 */
final class LearnedUsage {

    private final UsageClassifier rules;

    LearnedUsage(UsageClassifier rules) {
        this.rules = rules;
    }

    /**
     * Literal cues the model does not overrule: a locative preposition ("in Baku") and a part of the
     * land after a possessive ("Syria's north"). The model learns country possessives as metonymic
     * from GeoWebNews, where such cues are too rare to outweigh that.
     */
    private static final Set<String> KEPT_RULES = Set.of("locative", "possessive-land");

    /** Classifies every mention (in text order); the model, when given, overrules the rules except for demonyms. */
    void classify(List<ToponymMention> places, BinaryClassifier model) {
        ToponymMention previous = null;
        BinaryClassifier.Scorer scorer = model == null ? null : model.scorer();
        for (ToponymMention mention : places) {
            mention.usage = rules.classify(mention, previous);
            if (model != null && mention.usage != Usage.DEMONYM && !KEPT_RULES.contains(mention.usageRule)) {
                features(mention, scorer);
                boolean metonymic = scorer.probability() >= 0.5;
                mention.usage = metonymic ? Usage.METONYMIC : Usage.LITERAL;
            }
            previous = mention;
        }
    }

    /** One event per mention that has a gold usage; {@code metonymic} says which. */
    Event event(ToponymMention mention, boolean metonymic) {
        return new Event(metonymic ? BinaryClassifier.YES : BinaryClassifier.NO, features(mention));
    }

    private static String[] features(ToponymMention mention) {
        FeatureSink.Strings strings = new FeatureSink.Strings();
        features(mention, strings);
        return strings.toArray();
    }

    private static void features(ToponymMention mention, FeatureSink f) {
        SentenceTokens s = mention.sentence;
        String rule = mention.usage.name() + "/" + mention.usageRule;
        f.add("rule=", rule);
        f.add("rule-usage=", mention.usage.name());
        f.add("class=", mention.resolved == null ? "none" : mention.resolved.featureClass());
        f.add("possessive=", s.isPossessive(mention.lastToken));
        f.add("hyphen=", mention.prefixEnd >= 0);
        f.add("key=", mention.key);
        int previous = mention.firstToken - 1;
        int next = mention.lastToken + 1;
        f.add("w-1=", word(s, previous));
        f.add("w-2=", word(s, previous - 1));
        f.add("w+1=", word(s, next));
        f.add("w+2=", word(s, next + 1));
        f.add("w+3=", word(s, next + 2));
        f.add("w-1+w+1=", word(s, previous) + "+" + word(s, next));
        f.add("rule+w-1=", rule + "+" + word(s, previous));
        f.add("rule+w+1=", rule + "+" + word(s, next));
        f.add("cap+1=", next < s.size() && s.isCapitalised(next));
        f.add("initial=", s.isSentenceInitial(mention.firstToken));
    }

    private static String word(SentenceTokens s, int i) {
        if (i < 0) {
            return "<s>";
        }
        return i >= s.size() ? "</s>" : s.lower(i);
    }
}
