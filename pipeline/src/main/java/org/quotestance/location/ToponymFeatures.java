package org.quotestance.location;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;

/**
 * The context of a place-name candidate as features of the toponym classifier: what the rules
 * decided (kept, or the rule that dropped it), the words around it, its shape, and the
 * gazetteer's view of its resolved place (feature class, population, number of senses, whether
 * the name is the place's own). Each feature is a {@code name=value} string, or its family ({@link #FAMILIES})
 * and value given to a {@link FamilySink}. One instance per annotator (not thread-safe).
 */
final class ToponymFeatures {

    /** The classifier's feature families; the copies of a place inside an organisation name's features follow. */
    static final FeatureFamilies FAMILIES = new FeatureFamilies();
    private static final int RULE = FAMILIES.plain("rule=");
    private static final int CLASS = FAMILIES.plain("class=");
    private static final int RULE_CLASS = FAMILIES.pair("rule+class=");
    private static final int POPULATION = FAMILIES.plain("pop=");
    private static final int RULE_POPULATION = FAMILIES.pair("rule+pop=");
    private static final int SENSES = FAMILIES.plain("senses=");
    private static final int WORDS = FAMILIES.plain("words=");
    private static final int OWN_NAME = FAMILIES.plain("own-name=");
    private static final int ALTERNATE = FAMILIES.plain("alternate=");
    private static final int SHAPE = FAMILIES.plain("shape=");
    private static final int TITLE_CASE = FAMILIES.plain("title-case=");
    private static final int INITIAL = FAMILIES.plain("initial=");
    private static final int CUE = FAMILIES.plain("cue=");
    private static final int QUALIFIED = FAMILIES.plain("qualified=");
    private static final int HYPHEN = FAMILIES.plain("hyphen=");
    private static final int POSSESSIVE = FAMILIES.plain("possessive=");
    private static final int NAME_KEPT_ELSEWHERE = FAMILIES.plain("name-kept-elsewhere=");
    private static final int NAME_COUNT = FAMILIES.plain("name-count=");
    private static final int NAME_CUED_ELSEWHERE = FAMILIES.plain("name-cued-elsewhere=");
    private static final int NAME_ELSEWHERE = FAMILIES.plain("name-elsewhere=");
    private static final int NAME_ELSEWHERE_RULE = FAMILIES.pair("name-elsewhere+rule=");
    private static final int ORGANISATION_RUN = FAMILIES.plain("organisation-run=");
    private static final int RUN_END = FAMILIES.plain("run-end=");
    private static final int RUN_END_RULE = FAMILIES.pair("run-end+rule=");
    private static final int PERSON_WORD_BEFORE = FAMILIES.plain("person-word-1=");
    private static final int PERSON_WORD_AFTER = FAMILIES.plain("person-word+1=");
    private static final int WORD_BEFORE = FAMILIES.plain("w-1=");
    private static final int SECOND_WORD_BEFORE = FAMILIES.plain("w-2=");
    private static final int WORD_AFTER = FAMILIES.plain("w+1=");
    private static final int SECOND_WORD_AFTER = FAMILIES.plain("w+2=");
    private static final int WORD_BEFORE_RULE = FAMILIES.pair("w-1+rule=");
    private static final int WORD_AFTER_RULE = FAMILIES.pair("w+1+rule=");
    private static final int CAPITALISED_BEFORE = FAMILIES.plain("cap-1=");
    private static final int CAPITALISED_AFTER = FAMILIES.plain("cap+1=");
    /** What to add to a family's number for its copy under each convention's name prefix, by convention. */
    private static final int MARKED = FAMILIES.copies("marked|");
    private static final int UNMARKED = FAMILIES.copies("unmarked|");

    private final Gazetteer gazetteer;
    private final ExclusionRules rules;
    private final FamilySink.Twice marked = new FamilySink.Twice(MARKED);
    private final FamilySink.Twice unmarked = new FamilySink.Twice(UNMARKED);

    ToponymFeatures(Gazetteer gazetteer, ExclusionRules rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    /**
     * @param mention                a resolved candidate whose {@code verdict} is set
     * @param document               what the document's other candidates say about the same name
     * @param organisationPlacesMarked whether places inside organisation names are toponyms (LGL's and
     *                               TR-News' convention, "Kentucky Department of Fish and Wildlife") or not
     *                               (GeoWebNews', the default)
     */
    String[] of(ToponymMention mention, DocumentNames document, boolean organisationPlacesMarked) {
        FeatureSink.Strings strings = new FeatureSink.Strings();
        of(mention, document, organisationPlacesMarked, new FamilySink.Named(FAMILIES, strings));
        return strings.toArray();
    }

    /** The same features into {@code sink}, in the same order. */
    void of(ToponymMention mention, DocumentNames document, boolean organisationPlacesMarked, FamilySink sink) {
        SentenceTokens s = mention.sentence;
        GazetteerEntry place = mention.resolved;
        String verdict = mention.verdict;
        boolean organisationRun = rules.isOrganisationRun(mention);
        // a place inside an organisation name gets each feature twice, once under its gold convention's
        // prefix: the conventions share what they agree on and learn apart where they differ
        FamilySink f = isOrganisationPlace(verdict, organisationRun)
                ? (organisationPlacesMarked ? marked : unmarked).into(sink) : sink;
        f.add(RULE, verdict);
        f.add(CLASS, place.featureClass());
        f.add(RULE_CLASS, verdict, place.featureClassLetter());
        int population = place.population() <= 0 ? 0 : (int) Math.log10(place.population());
        f.add(POPULATION, population);
        f.add(RULE_POPULATION, verdict, FeatureSink.number(Math.min(population, 7)));
        f.add(SENSES, Math.min(mention.candidates.size(), 5));
        f.add(WORDS, Math.min(mention.wordCount(), 3));
        f.add(OWN_NAME, place.isNamed(mention.key));
        f.add(ALTERNATE, gazetteer.isAlternateName(mention.key, place, mention.candidates.indexOf(place)));
        f.add(SHAPE, shape(s.word(mention.firstToken)));
        f.add(TITLE_CASE, s.isTitleCase());
        f.add(INITIAL, s.isSentenceInitial(mention.firstToken));
        boolean cue = rules.hasLocativeCue(mention);
        f.add(CUE, cue);
        f.add(QUALIFIED, mention.qualifier != null);
        f.add(HYPHEN, mention.prefixEnd >= 0 ? "prefix" : mention.suffixBegin >= 0 ? "suffix" : "no");
        f.add(POSSESSIVE, s.isPossessive(mention.lastToken));
        DocumentNames.Name name = document.of(mention);
        f.add(NAME_KEPT_ELSEWHERE, name.keptElsewhere(mention));
        f.add(NAME_COUNT, Math.min(name.count(), 4));
        f.add(NAME_CUED_ELSEWHERE, name.cuedElsewhere(cue));
        for (int v = 0; v < name.verdicts(); v++) {
            if (name.isVerdictElsewhere(v, mention)) {
                f.add(NAME_ELSEWHERE, name.verdict(v));
                f.add(NAME_ELSEWHERE_RULE, name.verdict(v), verdict);
            }
        }
        f.add(ORGANISATION_RUN, organisationRun);
        String runEnd = capitalisedRunEnd(s, mention.lastToken + 1);
        f.add(RUN_END, runEnd);
        f.add(RUN_END_RULE, runEnd, verdict);
        int previous = mention.firstToken - 1;
        int next = mention.lastToken + 1;
        f.add(PERSON_WORD_BEFORE, rules.isPersonNameWord(s, previous));
        f.add(PERSON_WORD_AFTER, rules.isPersonNameWord(s, next));
        String before = word(s, previous);
        String after = word(s, next);
        f.add(WORD_BEFORE, before);
        f.add(SECOND_WORD_BEFORE, word(s, previous - 1));
        f.add(WORD_AFTER, after);
        f.add(SECOND_WORD_AFTER, word(s, next + 1));
        f.add(WORD_BEFORE_RULE, before, verdict);
        f.add(WORD_AFTER_RULE, after, verdict);
        f.add(CAPITALISED_BEFORE, previous >= 0 && s.isCapitalised(previous));
        f.add(CAPITALISED_AFTER, next < s.size() && s.isCapitalised(next));
    }

    /**
     * A candidate the rules dropped inside an organisation's name: right before an organisation head
     * ("Georgia Bureau of Investigation") or in a capitalised run that one closes ("Colorado State
     * University", "Maryland State Police"). GeoWebNews does not mark these, LGL and TR-News do. (With
     * every `longer-name` candidate too, "CBC Toronto", the copies' shared weights made "Grace" in "Grace
     * Carmichael" a place under the default convention.)
     */
    static boolean isOrganisationPlace(String verdict, boolean organisationRun) {
        return ExclusionRules.ORGANISATION.equals(verdict) || !LocationAnnotator.KEPT.equals(verdict) && organisationRun;
    }

    /**
     * The last word of the run of up to four capitalised words from {@code first} ("university"
     * in "Colorado [State University]", "minister" in "Quebec [Health Minister]"), or "none".
     */
    private static String capitalisedRunEnd(SentenceTokens s, int first) {
        int last = -1;
        for (int i = first; i < s.size() && i < first + 4 && s.isCapitalised(i); i++) {
            last = i;
            if (s.isPossessive(i)) {
                break;
            }
        }
        return last < 0 ? "none" : s.lower(last);
    }

    private static String word(SentenceTokens s, int i) {
        if (i < 0) {
            return "<s>";
        }
        if (i >= s.size()) {
            return "</s>";
        }
        return s.lower(i);
    }

    private static String shape(String word) {
        if (!hasLowerCase(word)) {
            return "upper";
        }
        if (word.indexOf('.') >= 0) {
            return "dotted";
        }
        return Character.isUpperCase(word.charAt(0)) ? "title" : "lower";
    }

    private static boolean hasLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
