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

    /** The classifier's feature families. */
    static final FeatureFamilies FAMILIES = new FeatureFamilies();
    private static final int RULE = FAMILIES.plain("rule=");
    private static final int RULE_USAGE = FAMILIES.plain("rule-usage=");
    private static final int CLASS = FAMILIES.plain("class=");
    private static final int POSSESSIVE = FAMILIES.plain("possessive=");
    private static final int HYPHEN = FAMILIES.plain("hyphen=");
    private static final int KEY = FAMILIES.plain("key=");
    private static final int WORD_BEFORE = FAMILIES.plain("w-1=");
    private static final int SECOND_WORD_BEFORE = FAMILIES.plain("w-2=");
    private static final int WORD_AFTER = FAMILIES.plain("w+1=");
    private static final int SECOND_WORD_AFTER = FAMILIES.plain("w+2=");
    private static final int THIRD_WORD_AFTER = FAMILIES.plain("w+3=");
    private static final int WORDS_AROUND = FAMILIES.pair("w-1+w+1=");
    private static final int RULE_WORD_BEFORE = FAMILIES.pair("rule+w-1=");
    private static final int RULE_WORD_AFTER = FAMILIES.pair("rule+w+1=");
    private static final int CAPITALISED_AFTER = FAMILIES.plain("cap+1=");
    private static final int INITIAL = FAMILIES.plain("initial=");

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
        BinaryClassifier.FamilyScorer scorer = model == null ? null : model.scorer(FAMILIES);
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
        features(mention, new FamilySink.Named(FAMILIES, strings));
        return strings.toArray();
    }

    private static void features(ToponymMention mention, FamilySink f) {
        SentenceTokens s = mention.sentence;
        String rule = mention.usage.name() + "/" + mention.usageRule;
        f.add(RULE, rule);
        f.add(RULE_USAGE, mention.usage.name());
        f.add(CLASS, mention.resolved == null ? "none" : mention.resolved.featureClass());
        f.add(POSSESSIVE, s.isPossessive(mention.lastToken));
        f.add(HYPHEN, mention.prefixEnd >= 0);
        f.add(KEY, mention.key);
        int previous = mention.firstToken - 1;
        int next = mention.lastToken + 1;
        String before = word(s, previous);
        String after = word(s, next);
        f.add(WORD_BEFORE, before);
        f.add(SECOND_WORD_BEFORE, word(s, previous - 1));
        f.add(WORD_AFTER, after);
        f.add(SECOND_WORD_AFTER, word(s, next + 1));
        f.add(THIRD_WORD_AFTER, word(s, next + 2));
        f.add(WORDS_AROUND, before, after);
        f.add(RULE_WORD_BEFORE, rule, before);
        f.add(RULE_WORD_AFTER, rule, after);
        f.add(CAPITALISED_AFTER, next < s.size() && s.isCapitalised(next));
        f.add(INITIAL, s.isSentenceInitial(mention.firstToken));
    }

    private static String word(SentenceTokens s, int i) {
        if (i < 0) {
            return "<s>";
        }
        return i >= s.size() ? "</s>" : s.lower(i);
    }
}
