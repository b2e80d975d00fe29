package org.quotestance.location;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;

/**
 * The context of a place-name candidate as features of the toponym classifier: what the rules
 * decided (kept, or the rule that dropped it), the words around it, its shape, and the
 * gazetteer's view of its resolved place (feature class, population, number of senses, whether
 * the name is the place's own). Each feature is a {@code name=value} string, or the same name and value
 * given to a {@link FeatureSink}. One instance per annotator (not thread-safe).
 */
final class ToponymFeatures {

    /** Name prefixes of the copies of a place inside an organisation name's features, by convention. */
    private static final String MARKED = "marked|";
    private static final String UNMARKED = "unmarked|";

    private final Gazetteer gazetteer;
    private final ExclusionRules rules;
    private final FeatureSink.Twice marked = new FeatureSink.Twice(MARKED);
    private final FeatureSink.Twice unmarked = new FeatureSink.Twice(UNMARKED);

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
        of(mention, document, organisationPlacesMarked, strings);
        return strings.toArray();
    }

    /** The same features into {@code f}, in the same order. */
    void of(ToponymMention mention, DocumentNames document, boolean organisationPlacesMarked, FeatureSink sink) {
        SentenceTokens s = mention.sentence;
        GazetteerEntry place = mention.resolved;
        String verdict = mention.verdict;
        boolean organisationRun = rules.isOrganisationRun(mention);
        // a place inside an organisation name gets each feature twice, once under its gold convention's
        // prefix: the conventions share what they agree on and learn apart where they differ
        FeatureSink f = isOrganisationPlace(verdict, organisationRun)
                ? (organisationPlacesMarked ? marked : unmarked).into(sink) : sink;
        f.add("rule=", verdict);
        f.add("class=", place.featureClass());
        f.add("rule+class=", verdict + "+" + place.featureClassLetter());
        int population = place.population() <= 0 ? 0 : (int) Math.log10(place.population());
        f.add("pop=", population);
        f.add("rule+pop=", verdict + "+" + Math.min(population, 7));
        f.add("senses=", Math.min(mention.candidates.size(), 5));
        f.add("words=", Math.min(mention.wordCount(), 3));
        f.add("own-name=", place.isNamed(mention.key));
        f.add("alternate=", gazetteer.isAlternateName(mention.key, place));
        f.add("shape=", shape(s.word(mention.firstToken)));
        f.add("title-case=", s.isTitleCase());
        f.add("initial=", s.isSentenceInitial(mention.firstToken));
        boolean cue = rules.hasLocativeCue(mention);
        f.add("cue=", cue);
        f.add("qualified=", mention.qualifier != null);
        f.add("hyphen=", mention.prefixEnd >= 0 ? "prefix" : mention.suffixBegin >= 0 ? "suffix" : "no");
        f.add("possessive=", s.isPossessive(mention.lastToken));
        f.add("name-kept-elsewhere=", document.keptElsewhere(mention));
        f.add("name-count=", Math.min(document.count(mention), 4));
        f.add("name-cued-elsewhere=", document.cuedElsewhere(mention, cue));
        for (String other : document.otherVerdicts(mention)) {
            f.add("name-elsewhere=", other);
            f.add("name-elsewhere+rule=", other + "+" + verdict);
        }
        f.add("organisation-run=", organisationRun);
        String runEnd = capitalisedRunEnd(s, mention.lastToken + 1);
        f.add("run-end=", runEnd);
        f.add("run-end+rule=", runEnd + "+" + verdict);
        int previous = mention.firstToken - 1;
        int next = mention.lastToken + 1;
        f.add("person-word-1=", rules.isPersonNameWord(s, previous));
        f.add("person-word+1=", rules.isPersonNameWord(s, next));
        f.add("w-1=", word(s, previous));
        f.add("w-2=", word(s, previous - 1));
        f.add("w+1=", word(s, next));
        f.add("w+2=", word(s, next + 1));
        f.add("w-1+rule=", word(s, previous) + "+" + verdict);
        f.add("w+1+rule=", word(s, next) + "+" + verdict);
        f.add("cap-1=", previous >= 0 && s.isCapitalised(previous));
        f.add("cap+1=", next < s.size() && s.isCapitalised(next));
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
