package org.quotestance.location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;
import org.quotestance.text.SpanCover;
import org.quotestance.text.TokenIndex;
import org.quotestance.type.Boilerplate;
import org.quotestance.type.Location;

/**
 * Marks toponyms as {@link Location}s resolved against the GeoNames gazetteer, with literal or
 * metonymic usage. Steps, one class each: {@link ToponymMatcher} (gazetteer names over
 * capitalised token runs, longest first), {@link ExclusionRules} (organisation names, common
 * words, longer proper names), {@link CandidateRanker} (document-level disambiguation),
 * {@link WeakMentionFilter} (small places without a locative cue) and {@link UsageClassifier}.
 * Text inside {@link Boilerplate} is skipped, except photo captions and datelines (kinds CAPTION,
 * DATELINE: "in Khankendi", "BEIRUT (AP) —" name real places), and so are the
 * names of people quoted in the document (when the speaker layer ran first). The
 * gazetteer index is loaded once per JVM and shared by all instances.
 */
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "org.quotestance.type.Boilerplate", "org.quotestance.type.SpeakerMention"},
        outputs = {"org.quotestance.type.Location"})
public class LocationAnnotator extends JCasAnnotator_ImplBase {

    /** Also mark demonyms ("Iranian", "Azeris") as Locations with usage DEMONYM, linked to their country. */
    public static final String PARAM_MARK_DEMONYMS = "markDemonyms";
    @ConfigurationParameter(name = PARAM_MARK_DEMONYMS, mandatory = false, defaultValue = "true")
    private boolean markDemonyms;

    /** Populated places below this population need a locative cue or document support to be kept. */
    public static final String PARAM_MIN_POPULATION_WITHOUT_CUE = "minPopulationWithoutCue";
    @ConfigurationParameter(name = PARAM_MIN_POPULATION_WITHOUT_CUE, mandatory = false, defaultValue = "20000")
    private int minPopulationWithoutCue;

    /** Skip toponyms inside Boilerplate annotations other than photo captions. */
    public static final String PARAM_SKIP_BOILERPLATE = "skipBoilerplate";
    @ConfigurationParameter(name = PARAM_SKIP_BOILERPLATE, mandatory = false, defaultValue = "true")
    private boolean skipBoilerplate;

    /**
     * The toponym classifier (OpenNLP maxent over {@link ToponymFeatures}) that decides which
     * candidates are places: a classpath resource, a file, or {@code none} for the rules alone.
     */
    public static final String PARAM_TOPONYM_MODEL = "toponymModel";
    @ConfigurationParameter(name = PARAM_TOPONYM_MODEL, mandatory = false, defaultValue = TOPONYM_MODEL)
    private String toponymModel;

    /** The shipped toponym model, trained on all dev documents ({@code quotestance train locations}). */
    public static final String TOPONYM_MODEL = "/org/quotestance/location/toponym-model.bin.gz";
    /**
     * The resolution ranker (OpenNLP maxent over {@link LearnedResolver}'s features) that re-decides
     * each name's GeoNames sense: a classpath resource, a file, or {@code none} for the rules alone.
     */
    public static final String PARAM_RESOLUTION_MODEL = "resolutionModel";
    @ConfigurationParameter(name = PARAM_RESOLUTION_MODEL, mandatory = false, defaultValue = RESOLUTION_MODEL)
    private String resolutionModel;

    /** The shipped resolution model, trained on all dev documents ({@code quotestance train locations}). */
    public static final String RESOLUTION_MODEL = "/org/quotestance/location/resolution-model.bin.gz";

    /**
     * The usage classifier (OpenNLP maxent over {@link LearnedUsage}'s features), literal or
     * metonymic: a classpath resource, a file, or {@code none} for the rules alone.
     */
    public static final String PARAM_USAGE_MODEL = "usageModel";
    @ConfigurationParameter(name = PARAM_USAGE_MODEL, mandatory = false, defaultValue = USAGE_MODEL)
    private String usageModel;

    /** The shipped usage model, trained on all GeoWebNews dev documents ({@code quotestance train locations}). */
    public static final String USAGE_MODEL = "/org/quotestance/location/usage-model.bin.gz";

    /** A candidate the rules dropped is a place when the toponym classifier gives it at least this probability. */
    public static final String PARAM_TOPONYM_THRESHOLD = "toponymThreshold";
    @ConfigurationParameter(name = PARAM_TOPONYM_THRESHOLD, mandatory = false, defaultValue = "0.65")
    private float toponymThreshold;

    /**
     * A candidate the rules kept is dropped only when the toponym classifier gives it less than
     * this probability (0: the classifier only adds places). At 0.1 it drops people and clubs named
     * like towns ("Stade Toulousain") and no place of the seed articles; from 0.15 on it drops real
     * places on text unlike the training news ("the Zangilan and Gubadli regions"), see docs/locations.md.
     */
    public static final String PARAM_TOPONYM_VETO = "toponymVeto";
    @ConfigurationParameter(name = PARAM_TOPONYM_VETO, mandatory = false, defaultValue = "0.1")
    private float toponymVeto;
    static final String KEPT = "kept";

    /**
     * Mark places inside organisation names ("Kentucky" in "Kentucky Department of Fish and
     * Wildlife"), as LGL and TR-News do, where the toponym classifier finds them; by default not,
     * as GeoWebNews (which calls them Embedded_Non_Lit) and the task definition have it.
     */
    public static final String PARAM_MARK_ORGANISATION_PLACES = "markOrganisationPlaces";
    @ConfigurationParameter(name = PARAM_MARK_ORGANISATION_PLACES, mandatory = false, defaultValue = "false")
    private boolean markOrganisationPlaces;


    /** Boilerplate that names real places. */
    private static final Set<String> PLACE_BOILERPLATE = Set.of("CAPTION", "DATELINE");
    /** What follows a dateline: a dash (em, en, "--", " - ") or the agency "(AP)". */
    private static final java.util.regex.Pattern DATELINE_DASH =
            java.util.regex.Pattern.compile("\\s*(?:[\u2014\u2013]|--|-\\s|\\(AP\\))");

    private final Set<String> residentNouns = WordList.load("resident-nouns.txt");
    /** Plural division nouns after coordinated names, and the singular that ends the division's name. */
    private static final java.util.Map<String, String> DIVISION_PLURALS = java.util.Map.of(
            "counties", "county", "parishes", "parish", "townships", "township", "boroughs", "borough");
    private Gazetteer gazetteer;

    private ToponymMatcher matcher;
    private ExclusionRules exclusions;
    private CandidateRanker ranker;
    private WeakMentionFilter weakFilter;
    private UsageClassifier usage;
    private ToponymFeatures features;
    private BinaryClassifier toponymClassifier;
    private BinaryClassifier.FamilyScorer toponymScorer;
    private LearnedResolver resolver;
    private BinaryClassifier resolutionRanker;
    private LearnedUsage learnedUsage;
    private BinaryClassifier usageModelClassifier;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        setUp();
    }

    /** An annotator with default parameters and no toponym model, to compute training features. */
    static LocationAnnotator forTraining() {
        LocationAnnotator annotator = new LocationAnnotator();
        annotator.markDemonyms = true;
        annotator.minPopulationWithoutCue = 20000;
        annotator.skipBoilerplate = true;
        annotator.toponymModel = "none";
        annotator.toponymThreshold = 0.65f;
        annotator.toponymVeto = 0f;
        annotator.markOrganisationPlaces = false;
        annotator.resolutionModel = "none";
        annotator.usageModel = "none";
        annotator.setUp();
        return annotator;
    }

    private void setUp() {
        gazetteer = Gazetteer.shared();
        matcher = new ToponymMatcher(gazetteer);
        exclusions = new ExclusionRules(gazetteer);
        NamePriors priors = new NamePriors();
        ranker = new CandidateRanker(gazetteer, priors);
        weakFilter = new WeakMentionFilter(minPopulationWithoutCue, exclusions, gazetteer);
        usage = new UsageClassifier();
        features = new ToponymFeatures(gazetteer, exclusions);
        toponymClassifier = BinaryClassifier.load(toponymModel);
        toponymScorer = toponymClassifier == null ? null : toponymClassifier.scorer(ToponymFeatures.FAMILIES);
        resolver = new LearnedResolver(gazetteer, priors);
        resolutionRanker = BinaryClassifier.load(resolutionModel);
        learnedUsage = new LearnedUsage(usage);
        usageModelClassifier = BinaryClassifier.load(usageModel);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        List<ToponymMention> places = locate(jcas).places();
        learnedUsage.classify(places, usageModelClassifier);
        for (ToponymMention mention : places) {
            addLocation(jcas, mention);
        }
    }

    /**
     * @param candidates every place-name candidate outside skipped boilerplate, resolved, with the
     *                   rules' verdict (demonyms excluded)
     * @param places     the places to mark, demonyms included, in text order
     */
    record Located(List<ToponymMention> candidates, List<ToponymMention> places) {
    }

    Located locate(JCas jcas) {
        String text = jcas.getDocumentText();
        SpanCover skipped = SpanCover.of(skippedBoilerplate(jcas), Boilerplate::getBegin, Boilerplate::getEnd);
        SpeakerNameWords speakerNames = new SpeakerNameWords(jcas, gazetteer);
        List<ToponymMention> places = new ArrayList<>();
        List<ToponymMention> demonyms = new ArrayList<>();
        Set<String> personKeys = new HashSet<>();
        // places inside organisation names are not marked, but tell where the document is
        List<ToponymMention> organisationPlaces = new ArrayList<>();
        List<ToponymMention> candidates = new ArrayList<>();
        TokenIndex tokenIndex = TokenIndex.of(jcas);
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            SentenceTokens tokens = new SentenceTokens(text, tokenIndex,
                    tokenIndex.rangeCoveredBy(sentence.getBegin(), sentence.getEnd()));
            List<ToponymMention> found = matcher.find(tokens, text);
            divisionLists(tokens, text, found);
            linkQualifiers(found);
            markLocativeCues(found, text);
            for (ToponymMention mention : found) {
                if (skipped.covers(mention.begin(), mention.end())) {
                    continue;
                }
                if (!mention.demonym) {
                    mention.candidateIndex = candidates.size();
                    candidates.add(mention);
                }
                if (!mention.demonym && speakerNames.covers(text.substring(mention.begin(), mention.end()))) {
                    mention.verdict = "speaker";
                } else if (mention.demonym) {
                    if (markDemonyms && !exclusions.isInsideOrganisationName(mention)) {
                        demonyms.add(mention);
                    }
                } else if ((mention.verdict = exclusions.exclusion(mention)) == null) {
                    mention.verdict = KEPT;
                    places.add(mention);
                } else {
                    if (exclusions.isOrganisationContext(mention)) {
                        organisationPlaces.add(mention);
                    }
                    if (mention.wordCount() == 1 && isPopulatedPlaceOnly(mention) && exclusions.isSurname(mention)
                            || exclusions.isFirstName(mention)) {
                        personKeys.add(mention.key);
                    }
                }
            }
        }
        weakFilter.removePeople(places, personKeys);
        markDropped(candidates, places, "surname-elsewhere");
        List<ToponymMention> evidence = new ArrayList<>(places);
        evidence.addAll(organisationPlaces);
        boolean[] voters = members(candidates, evidence);
        evidence.addAll(demonyms); // "British", "German": their countries tell where the document is, too
        ranker.resolve(evidence, candidates.stream().filter(m -> !voters[m.candidateIndex]).toList());
        SenseConventions.apply(candidates, gazetteer);
        weakFilter.removeWeak(places);
        markDropped(candidates, places, "weak");
        if (toponymClassifier != null) {
            places = classified(candidates);
        }
        if (resolutionRanker != null) {
            resolver.rerank(places, resolutionRanker);
        }
        SenseConventions.apply(places, gazetteer);
        demonyms.forEach(demonym -> demonym.resolved = demonym.candidates.get(0));
        places.addAll(demonyms);
        places.sort(Comparator.comparingInt(ToponymMention::begin));
        return new Located(candidates, places);
    }

    /** The rules' last word on a candidate they kept so far but the latest step removed. */
    private static void markDropped(List<ToponymMention> candidates, List<ToponymMention> kept, String verdict) {
        boolean[] still = members(candidates, kept);
        for (ToponymMention candidate : candidates) {
            if (KEPT.equals(candidate.verdict) && !still[candidate.candidateIndex]) {
                candidate.verdict = verdict;
            }
        }
    }

    /**
     * Which of the candidates are in {@code some} (candidates themselves), by their index: a hash set of 100,000
     * mentions in a long article cost more than all the rules that read them.
     */
    private static boolean[] members(List<ToponymMention> candidates, List<ToponymMention> some) {
        boolean[] in = new boolean[candidates.size()];
        for (ToponymMention m : some) {
            in[m.candidateIndex] = true;
        }
        return in;
    }

    private List<ToponymMention> classified(List<ToponymMention> candidates) {
        DocumentNames document = new DocumentNames(candidates, exclusions);
        List<ToponymMention> places = new ArrayList<>();
        for (ToponymMention candidate : candidates) {
            if (ExclusionRules.COMMON_WORD.equals(candidate.verdict) || ExclusionRules.COMPANY.equals(candidate.verdict)) {
                // a stoplisted word or a company's name: the model learnt GeoWebNews' "the Republic" (Ireland)
                // and would find Missouri's
                continue;
            }
            if (!markOrganisationPlaces && ExclusionRules.ORGANISATION.equals(candidate.verdict)) {
                continue; // "the Qom Seminary Management Center": the decision of GeoWebNews' convention, whatever the model says
            }
            features.of(candidate, document, markOrganisationPlaces, toponymScorer);
            double p = toponymScorer.probability();
            if (KEPT.equals(candidate.verdict) ? p >= toponymVeto : p >= toponymThreshold) {
                places.add(candidate);
            }
        }
        return places;
    }

    /** Training events of the resolution ranker for these resolved places (see {@link LearnedResolver#events}). */
    List<opennlp.tools.ml.model.Event> resolutionEvents(List<ToponymMention> places,
            java.util.function.Function<ToponymMention, double[]> goldPoint) {
        return resolver.events(places, goldPoint);
    }

    /**
     * Training events of the usage classifier: the rules classify {@code places} (in text order),
     * and each mention with a gold usage gives one event.
     *
     * @param metonymic per mention, TRUE/FALSE for a gold metonymic/literal usage, null for none
     */
    List<opennlp.tools.ml.model.Event> usageEvents(List<ToponymMention> places,
            java.util.function.Function<ToponymMention, Boolean> metonymic) {
        learnedUsage.classify(places, null);
        List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
        for (ToponymMention place : places) {
            Boolean gold = metonymic.apply(place);
            if (gold != null) {
                events.add(learnedUsage.event(place, gold));
            }
        }
        return events;
    }

    /**
     * The toponym classifier's features of each candidate of one document, in order.
     *
     * @param organisationPlacesMarked the convention of the document's gold (see {@link #PARAM_MARK_ORGANISATION_PLACES})
     */
    List<String[]> features(List<ToponymMention> candidates, boolean organisationPlacesMarked) {
        DocumentNames document = new DocumentNames(candidates, exclusions);
        List<String[]> contexts = new ArrayList<>(candidates.size());
        for (ToponymMention candidate : candidates) {
            contexts.add(features.of(candidate, document, organisationPlacesMarked));
        }
        return contexts;
    }

    /** Names of countries, divisions and regions are never taken for surnames document-wide. */
    private static boolean isPopulatedPlaceOnly(ToponymMention mention) {
        for (GazetteerEntry candidate : mention.candidates) {
            if (!candidate.featureClass().startsWith("P.")) {
                return false;
            }
        }
        return true;
    }

    private List<Boilerplate> skippedBoilerplate(JCas jcas) {
        List<Boilerplate> skipped = new ArrayList<>();
        if (skipBoilerplate) {
            for (Boilerplate boilerplate : JCasUtil.select(jcas, Boilerplate.class)) {
                if (!PLACE_BOILERPLATE.contains(boilerplate.getKind())) {
                    skipped.add(boilerplate);
                }
            }
        }
        return skipped;
    }

    /**
     * Cues that mark a name as a place without a preposition before it: a resident noun right
     * after it ("a Chapin man", "London residents", {@code resident-nouns.txt}), or a dateline —
     * the name opens a sentence, maybe with its state, and a dash follows ("BYESVILLE --",
     * "SPRINGFIELD, Ill. —", "Washington —").
     */
    private void markLocativeCues(List<ToponymMention> mentions, String text) {
        for (ToponymMention mention : mentions) {
            SentenceTokens s = mention.sentence;
            int next = mention.lastToken + 1;
            if (mention.prefixEnd < 0 && next < s.size() && residentNouns.contains(s.word(next))) {
                mention.locativeCue = true;
            }
            if (!mention.demonym && mention.suffixBegin < 0 && s.isSentenceInitial(mention.firstToken)) {
                ToponymMention last = mention.qualifier != null ? mention.qualifier : mention;
                if (DATELINE_DASH.matcher(text).region(last.end(), text.length()).lookingAt()) {
                    mention.locativeCue = true;
                    last.locativeCue = true;
                }
            }
        }
    }

    /**
     * "Walton and Oconee counties", "Douglas, Sarpy and Lancaster counties": names coordinated
     * before a plural division noun are those divisions ("Walton County", "Oconee County"), also
     * where the bare name is no gazetteer name or names a town; names whose division is not in the
     * gazetteer are still marked as places ("Pleasant and Madison townships").
     */
    private void divisionLists(SentenceTokens s, String text, List<ToponymMention> found) {
        for (int h = 1; h < s.size(); h++) {
            String generic = s.word(h).endsWith("s") ? DIVISION_PLURALS.get(s.word(h)) : null; // every plural ends in "s"
            if (generic == null) {
                continue;
            }
            int end = h - 1;
            while (end >= 0 && s.isCapitalised(end)) {
                int start = end;
                while (start > 0 && s.isCapitalised(start - 1)) {
                    start--;
                }
                boolean replaced = false;
                for (int first = start; first <= end && !replaced; first++) {
                    String key = NameKeys.normalise(text.substring(s.begin(first), s.wordEnd(end)) + " " + generic);
                    List<GazetteerEntry> divisions = gazetteer.lookup(key).stream()
                            .filter(e -> e.featureClass().equals("A.ADM2")).toList();
                    if (!divisions.isEmpty()) {
                        int from = first;
                        int to = end;
                        found.removeIf(m -> m.firstToken <= to && m.lastToken >= from);
                        ToponymMention division = new ToponymMention(s, first, end, key, divisions, false);
                        division.locativeCue = true;
                        found.add(division);
                        replaced = true;
                    }
                }
                if (!replaced) {
                    for (ToponymMention m : found) {
                        if (m.firstToken >= start && m.lastToken <= end) {
                            m.locativeCue = true;
                        }
                    }
                }
                int previous = start - 1;
                if (previous >= 0 && (s.word(previous).equals("and") || s.word(previous).equals("or"))) {
                    previous--;
                }
                if (previous >= 0 && s.word(previous).equals(",")) {
                    previous--;
                    if (previous >= 0 && (s.word(previous).equals("and") || s.word(previous).equals("or"))) {
                        previous--;
                    }
                }
                if (previous == start - 1) {
                    break;
                }
                end = previous;
            }
        }
        found.sort(Comparator.comparingInt((ToponymMention m) -> m.firstToken));
    }

    /** "Paris, Texas": a place name right after "name ," qualifies that name. */
    private static void linkQualifiers(List<ToponymMention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            ToponymMention mention = mentions.get(i);
            ToponymMention following = mentions.get(i + 1);
            int comma = mention.lastToken + 1;
            if (!following.demonym && following.firstToken == comma + 1
                    && mention.sentence.word(comma).equals(",")) {
                mention.qualifier = following;
            }
        }
    }

    private static void addLocation(JCas jcas, ToponymMention mention) {
        GazetteerEntry place = mention.resolved;
        Location location = new Location(jcas, mention.begin(), mention.end());
        location.setName(place.name());
        location.setGeonamesId(place.geonamesId());
        location.setCountryCode(place.countryCode());
        location.setFeatureClass(place.featureClass());
        location.setLatitude(place.latitude());
        location.setLongitude(place.longitude());
        location.setUsage(mention.usage.name());
        location.setValue(place.featureClassLetter());
        if (place.geonamesId() > 0) {
            location.setIdentifier("https://sws.geonames.org/" + place.geonamesId() + "/");
        }
        location.addToIndexes();
    }
}
