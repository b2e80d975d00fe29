package org.quotestance.stance;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;
import org.quotestance.text.SentenceIndex;
import org.quotestance.text.SpanCover;

/**
 * Marks each quoted speaker's stance toward targets, precision first. The holder is the quote's
 * speaker mention, only when it resolves to a named person or organisation ({@link StanceHolder}).
 * Evidence is searched in the quote and in the words of the attributing sentence outside any quote
 * ("X voiced support for Y, saying ..."). Targets are the objects/subjects of stance cues that make a
 * complete name or issue phrase ({@link TargetPhrase}) and whose cue is the holder's own position
 * ({@link OwnStance}); the cue decides their polarity. Mentions of a user's targets are classified
 * by the trained {@link PolarityModel}. Targets naming a place or speaker are linked to it
 * ({@link TargetLinker}). One stance per holder, target and evidence.
 */
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                  "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                  "org.quotestance.type.Quote", "org.quotestance.type.SpeakerMention",
                  "org.quotestance.type.Location"},
        outputs = {"org.quotestance.type.Stance"})
public class StanceAnnotator extends JCasAnnotator_ImplBase {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");

    /** CSV file (header target,aliases; aliases |-separated) of targets to add to the extracted ones. */
    public static final String PARAM_TARGETS_FILE = "targetsFile";
    @ConfigurationParameter(name = PARAM_TARGETS_FILE, mandatory = false,
            description = "CSV of user targets (target,aliases) that add to or rename extracted targets")
    private String targetsFile;

    private TargetExtractor extractor;
    private TargetSentimentClassifier cueRules;
    private PolarityFeatures features;
    private PolarityModel model;
    private TargetPhrase targetPhrase;
    private OwnStance ownStance;
    private UserTargets userTargets;
    private ReportedSubject reportedSubject;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        StanceCueLexicon cues = StanceCueLexicon.loadDefault();
        NegationScope negation = NegationScope.loadDefault();
        extractor = TargetExtractor.loadDefault(cues, negation);
        OpinionLexicon opinions = OpinionLexicon.loadVader();
        cueRules = new TargetSentimentClassifier(cues, opinions, negation);
        features = new PolarityFeatures(opinions, negation, cueRules);
        model = PolarityModel.bundled();
        targetPhrase = TargetPhrase.loadDefault();
        ownStance = OwnStance.loadDefault(negation);
        reportedSubject = ReportedSubject.loadDefault(negation);
        userTargets = targetsFile == null ? UserTargets.none() : UserTargets.read(Path.of(targetsFile));
    }

    @Override
    public void process(JCas jcas) {
        Set<String> seen = new HashSet<>();
        SentenceIndex sentences = SentenceIndex.of(jcas);
        DocumentWords words = new DocumentWords(jcas);
        List<Quote> quotes = new ArrayList<>(JCasUtil.select(jcas, Quote.class));
        DocumentQuotes quoteIndex = new DocumentQuotes(quotes);
        Map<Sentence, AttributingSentence> attributing = new HashMap<>();
        StanceHolder.OfDocument named = new StanceHolder.OfDocument();
        DocumentHolders holders = new DocumentHolders(jcas, named);
        TargetLinker linker = new TargetLinker(jcas, holders);
        HolderGender gender = new HolderGender(jcas);
        PronounAntecedent antecedent = new PronounAntecedent(holders, gender,
                SpanCover.of(jcas.select(Location.class).asList(), Location::getBegin, Location::getEnd));
        Map<SpeakerEntity, Set<String>> holderWordsOf = new IdentityHashMap<>();
        for (Quote quote : quotes) {
            if (!named.isNamedSpeaker(quote.getSpeaker())
                    || isPronoun(quote.getSpeaker()) && antecedent.namesOthersOnly(quote.getSpeaker(),
                            wordsBefore(words, sentences, quote.getSpeaker()))) {
                continue;
            }
            Set<String> holderWords = holderWordsOf.computeIfAbsent(quote.getSpeaker().getEntity(), StanceHolder::words);
            String foreignPronoun = gender.foreignPronoun(quote.getSpeaker());
            for (Run run : evidenceRuns(jcas, words, quoteIndex, sentences, attributing, quote)) {
                annotateRun(jcas, quote, run, holderWords, foreignPronoun, linker, seen);
            }
        }
        annotateReported(jcas, words, quotes, holders, named, linker, antecedent, seen);
    }

    /**
     * Stances the article states in its own words, outside quotes, with a holder of the document as the
     * named subject of a verb cue ({@link ReportedSubject}): "Sanders endorsed Clinton on Tuesday".
     */
    private void annotateReported(JCas jcas, DocumentWords words, List<Quote> quotes, DocumentHolders holders,
            StanceHolder.OfDocument named, TargetLinker linker, PronounAntecedent antecedent, Set<String> seen) {
        String text = jcas.getDocumentText();
        List<Quote> speakersOwn = new ArrayList<>();
        // a name in the words someone speaks before "She criticized Trump" is seldom who "she" is
        List<Quote> spokenQuotes = new ArrayList<>();
        for (Quote quote : quotes) {
            if (speaksForHolder(quote, named) && !statesAct(text, quote)) {
                speakersOwn.add(quote);
            }
            if (!"INDIRECT".equals(quote.getQuoteType())) {
                spokenQuotes.add(quote);
            }
        }
        SpanCover quoted = SpanCover.of(speakersOwn, Quote::getBegin, Quote::getEnd);
        SpanCover spoken = SpanCover.of(spokenQuotes, Quote::getBegin, Quote::getEnd);
        IntPredicate isQuoted = token -> quoted.overlaps(words.begin(token), words.end(token));
        IntPredicate isSpoken = token -> spoken.overlaps(words.begin(token), words.end(token));
        int previousFrom = 0;
        int previousTo = 0;
        for (Sentence sentence : jcas.select(Sentence.class)) {
            int from = words.firstAtOrAfter(sentence.getBegin());
            int to = words.endOfCovered(from, sentence.getEnd());
            int beforeFrom = previousFrom;
            int beforeTo = previousTo;
            previousFrom = from;
            previousTo = to;
            if (!mayStateAct(text, words, from, to)) {
                continue;
            }
            for (List<Word> run : words.runsBetween(from, to, isQuoted)) {
                boolean opensSentence = run.get(0).begin() == words.begin(from);
                if (!reportedSubject.mayHaveSubject(run)) {
                    continue;
                }
                if (!holders.mayBeNamedIn(run) && !(opensSentence && hasPronoun(run))) {
                    continue;
                }
                for (TargetCandidate candidate : extractor.extract(run, text)) {
                    Optional<SpeakerMention> holder = reportedSubject.holderOf(run, candidate.cue(), holders);
                    if (holder.isEmpty() && opensSentence) {
                        holder = reportedSubject.pronounSubject(run, candidate.cue())
                                .flatMap(pronoun -> antecedent.of(pronoun,
                                        concat(words.wordsWithout(beforeFrom, beforeTo, isSpoken),
                                                run.subList(0, candidate.cue().first()))));
                    }
                    Optional<int[]> span = holder.isPresent() ? completeTarget(run, candidate, text) : Optional.empty();
                    if (span.isPresent() && !holders.isNameOf(holder.get(), text.substring(span.get()[0], span.get()[1]))) {
                        int begin = span.get()[0];
                        int end = span.get()[1];
                        addStance(jcas, holder.get(), null, run, TargetPhrase.normalise(text.substring(begin, end)),
                                begin, end, cueRules.decideByCue(run, candidate.cue()), linker, seen);
                    }
                }
            }
        }
    }

    /**
     * "Christie endorsed Trump last week": an indirect quote whose cue is a verb of a stated act is no
     * speech but the article's account of the act, and its words are read as the article's own.
     */
    private boolean statesAct(String text, Quote quote) {
        SpeechCue cue = quote.getCue();
        return "INDIRECT".equals(quote.getQuoteType()) && cue != null && cue.getEnd() > cue.getBegin()
                && reportedSubject.mayBeVerb(text, cue.getBegin(), cue.getEnd());
    }

    /** Whether a token of the sentence may be the verb of a stated act ({@link ReportedSubject#mayBeVerb}). */
    private boolean mayStateAct(String text, DocumentWords words, int from, int to) {
        for (int token = from; token < to; token++) {
            int begin = words.begin(token);
            int end = words.end(token);
            if (end > begin && reportedSubject.mayBeVerb(text, begin, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quote's words are its speaker's own and stay out of the article's own words: every quote
     * but an indirect one whose speaker is no holder ("Sanders endorsed Clinton, the Times reported"),
     * whose content the article states as fact.
     */
    private static boolean speaksForHolder(Quote quote, StanceHolder.OfDocument named) {
        return !"INDIRECT".equals(quote.getQuoteType()) || named.isNamedSpeaker(quote.getSpeaker());
    }

    private static boolean isPronoun(SpeakerMention mention) {
        return "PRONOUN".equals(mention.getMentionType());
    }

    /** The words from the start of the sentence before the mention's up to the mention. */
    private static List<Word> wordsBefore(DocumentWords words, SentenceIndex sentences, SpeakerMention mention) {
        List<Sentence> own = sentences.covering(mention.getBegin(), mention.getEnd());
        int from = own.isEmpty() ? mention.getBegin() : own.get(0).getBegin();
        List<Sentence> before = own.isEmpty() ? List.of() : JCasUtil.selectPreceding(Sentence.class, own.get(0), 1);
        if (!before.isEmpty()) {
            from = before.get(0).getBegin();
        }
        return words.wordsIn(from, mention.getBegin());
    }

    private static List<Word> concat(List<Word> first, List<Word> second) {
        List<Word> words = new ArrayList<>(first);
        words.addAll(second);
        return words;
    }

    private static boolean hasPronoun(List<Word> words) {
        for (Word word : words) {
            if (word.lower().equals("he") || word.lower().equals("she")) {
                return true;
            }
        }
        return false;
    }

    /** A run of words that speaks for the quote's speaker, and where it stands. */
    private record Run(List<Word> words, OwnStance.RunKind kind) {
    }

    /** Runs of words that speak for the quote's speaker: the quote and its attribution clause. */
    private List<Run> evidenceRuns(JCas jcas, DocumentWords words, DocumentQuotes quotes, SentenceIndex sentences,
            Map<Sentence, AttributingSentence> attributing, Quote quote) {
        List<Run> runs = new ArrayList<>();
        OwnStance.RunKind quoteKind = "DIRECT".equals(quote.getQuoteType()) ? OwnStance.RunKind.DIRECT_QUOTE
                : OwnStance.RunKind.QUOTE;
        for (Sentence sentence : sentences.overlapping(quote.getBegin(), quote.getEnd())) {
            runs.add(new Run(words.wordsIn(Math.max(sentence.getBegin(), quote.getBegin()),
                    Math.min(sentence.getEnd(), quote.getEnd())), quoteKind));
        }
        SpeechCue cue = quote.getCue();
        if (cue != null) {
            String text = jcas.getDocumentText();
            SpeakerMention speaker = quote.getSpeaker();
            for (Sentence sentence : sentences.covering(cue.getBegin(), cue.getEnd())) {
                for (List<Word> clause : attributing.computeIfAbsent(sentence, s -> new AttributingSentence(words, quotes, s))
                        .runsOutsideQuotes(speaker)) {
                    runs.add(new Run(clause, attributionKind(text, clause, speaker)));
                }
            }
        }
        return runs;
    }

    /**
     * A sentence that attributes quotes: its tokens and the quotes wholly inside it, read once however
     * many quotes it attributes.
     */
    private static final class AttributingSentence {

        private final DocumentWords words;
        private final int from;
        private final int to;
        private final SpanCover quotes;

        AttributingSentence(DocumentWords words, DocumentQuotes quotes, Sentence sentence) {
            this.words = words;
            from = words.firstAtOrAfter(sentence.getBegin());
            to = words.endOfCovered(from, sentence.getEnd());
            this.quotes = SpanCover.of(quotes.coveredBy(sentence.getBegin(), sentence.getEnd()), Quote::getBegin,
                    Quote::getEnd);
        }

        /** The runs of words outside the sentence's quotes and the speaker. */
        List<List<Word>> runsOutsideQuotes(SpeakerMention speaker) {
            int speakerBegin = speaker.getBegin();
            int speakerEnd = speaker.getEnd();
            return words.runsBetween(from, to, token -> {
                int begin = words.begin(token);
                int end = words.end(token);
                return quotes.overlaps(begin, end) || begin < speakerEnd && speakerBegin < end;
            });
        }
    }

    private static OwnStance.RunKind attributionKind(String text, List<Word> words, SpeakerMention speaker) {
        if (words.isEmpty()) {
            return OwnStance.RunKind.ELSEWHERE;
        }
        int first = words.get(0).begin();
        int last = words.get(words.size() - 1).end();
        if (first >= speaker.getEnd() && text.substring(speaker.getEnd(), first).isBlank()) {
            return OwnStance.RunKind.AFTER_SPEAKER;
        }
        if (last <= speaker.getBegin() && text.substring(last, speaker.getBegin()).isBlank()) {
            return OwnStance.RunKind.BEFORE_SPEAKER;
        }
        return OwnStance.RunKind.ELSEWHERE;
    }

    private void annotateRun(JCas jcas, Quote quote, Run run, Set<String> holderWords, String foreignPronoun,
            TargetLinker linker,
            Set<String> seen) {
        List<Word> words = run.words();
        if (words.isEmpty()) {
            return;
        }
        String text = jcas.getDocumentText();
        for (TargetCandidate candidate : extractor.extract(words, text)) {
            if (!ownStance.isHoldersOwn(words, candidate.cue(), holderWords, foreignPronoun, run.kind())) {
                continue;
            }
            Optional<String> userName = userTargets.nameOf(candidate.phrase());
            Optional<int[]> span = userName.isPresent() ? Optional.of(new int[] {candidate.begin(), candidate.end()})
                    : completeTarget(words, candidate, text);
            if (span.isPresent()) {
                int begin = span.get()[0];
                int end = span.get()[1];
                String name = userName.orElseGet(() -> TargetPhrase.normalise(text.substring(begin, end)));
                if (isHolderItself(name, holderWords)) {
                    continue;
                }
                addStance(jcas, quote.getSpeaker(), quote, words, name, begin, end, cueRules.decideByCue(words, candidate.cue()), linker, seen);
            }
        }
        boolean quoted = run.kind() == OwnStance.RunKind.DIRECT_QUOTE;
        for (UserTargets.TargetMention mention : userTargets.find(text, words.get(0).begin(),
                words.get(words.size() - 1).end())) {
            Polarity polarity = model.classify(features.of(words, mention.begin(), mention.end(), quoted));
            PolarityDecision decision = cueRules.evidenceFor(words, mention.begin(), mention.end(), polarity);
            if (decision.hasEvidence()) {
                addStance(jcas, quote.getSpeaker(), quote, words, mention.name(), mention.begin(), mention.end(), decision, linker, seen);
            }
        }
    }

    /** "Eastwood thanked Eastwood": a target made only of the holder's own names is no stance. */
    private static boolean isHolderItself(String target, Set<String> holderWords) {
        for (String word : NOT_WORD.split(target.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !holderWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The character span of the complete target within the candidate phrase, if it holds one. */
    private Optional<int[]> completeTarget(List<Word> words, TargetCandidate candidate, String text) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).begin() == candidate.begin()) {
                from = i;
            }
            if (words.get(i).end() == candidate.end()) {
                to = i + 1;
            }
        }
        if (from < 0 || to <= from) {
            return Optional.empty();
        }
        return targetPhrase.complete(words, from, to, text)
                .map(range -> new int[] {words.get(range[0]).begin(), words.get(range[1] - 1).end()});
    }

    /**
     * Adds the stance unless the holder already has it toward this target from the same cue. Its span,
     * the evidence, is the run of words the cue was found in: the quoted sentence, the attribution
     * clause or the article's own clause; its {@code evidence} feature holds the cue that decided the
     * polarity. quote is the quote the evidence comes from, null for the article's own words.
     */
    private void addStance(JCas jcas, SpeakerMention holder, Quote quote, List<Word> run, String target,
            int targetBegin, int targetEnd, PolarityDecision decision, TargetLinker linker, Set<String> seen) {
        String evidence = jcas.getDocumentText().substring(decision.evidenceBegin(), decision.evidenceEnd());
        String holderKey = holder.getEntity() != null ? holder.getEntity().getEntityId() : holder.getCoveredText();
        String key = String.join("\t", holderKey, target.toLowerCase(Locale.ROOT), evidence.toLowerCase(Locale.ROOT));
        if (!seen.add(key)) {
            return;
        }
        int begin = Math.min(run.get(0).begin(), Math.min(targetBegin, decision.evidenceBegin()));
        int end = Math.max(run.get(run.size() - 1).end(), Math.max(targetEnd, decision.evidenceEnd()));
        Stance stance = new Stance(jcas, begin, end);
        stance.setHolder(holder);
        stance.setTarget(target);
        stance.setTargetMention(targetMention(jcas, targetBegin, targetEnd));
        linker.link(stance, targetBegin, targetEnd);
        stance.setPolarity(decision.polarity().name());
        stance.setQuote(quote);
        stance.setEvidence(evidence);
        stance.addToIndexes();
    }

    /** An existing Location or SpeakerMention with exactly the target's span, else a new plain span. */
    private static Annotation targetMention(JCas jcas, int begin, int end) {
        for (Class<? extends Annotation> type : List.of(Location.class, SpeakerMention.class)) {
            for (Annotation existing : JCasUtil.selectAt(jcas, type, begin, end)) {
                return existing;
            }
        }
        return new Annotation(jcas, begin, end);
    }
}
