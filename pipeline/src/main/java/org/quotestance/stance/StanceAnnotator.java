package org.quotestance.stance;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;
import org.quotestance.text.SentenceIndex;
import org.quotestance.text.SpanCover;

/**
 * Marks each quoted speaker's stance toward targets. The holder is the quote's speaker mention
 * (quotes without a speaker give no stance). Evidence is searched in the quote and in the words
 * of the attributing sentence outside any quote ("X voiced support for Y, saying ..."). Targets are
 * the objects/subjects of stance cues and, if a targets file is given, mentions of its targets;
 * polarity comes from {@link TargetSentimentClassifier}. One stance per holder, target and evidence.
 */
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                  "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                  "org.quotestance.type.Quote", "org.quotestance.type.SpeakerMention",
                  "org.quotestance.type.Location"},
        outputs = {"org.quotestance.type.Stance"})
public class StanceAnnotator extends JCasAnnotator_ImplBase {

    /** CSV file (header target,aliases; aliases |-separated) of targets to add to the extracted ones. */
    public static final String PARAM_TARGETS_FILE = "targetsFile";
    @ConfigurationParameter(name = PARAM_TARGETS_FILE, mandatory = false,
            description = "CSV of user targets (target,aliases) that add to or rename extracted targets")
    private String targetsFile;

    private TargetExtractor extractor;
    private TargetSentimentClassifier classifier;
    private UserTargets userTargets;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        StanceCueLexicon cues = StanceCueLexicon.loadDefault();
        NegationScope negation = NegationScope.loadDefault();
        extractor = TargetExtractor.loadDefault(cues, negation);
        classifier = new TargetSentimentClassifier(cues, OpinionLexicon.loadVader(), negation,
                TargetSentimentClassifier.DEFAULT_DISTANCE_DECAY, TargetSentimentClassifier.DEFAULT_FAVOR_THRESHOLD,
                TargetSentimentClassifier.DEFAULT_AGAINST_THRESHOLD);
        userTargets = targetsFile == null ? UserTargets.none() : UserTargets.read(Path.of(targetsFile));
    }

    @Override
    public void process(JCas jcas) {
        Set<String> seen = new HashSet<>();
        SentenceIndex sentences = new SentenceIndex(jcas);
        Map<Sentence, AttributingSentence> attributing = new HashMap<>();
        for (Quote quote : new ArrayList<>(JCasUtil.select(jcas, Quote.class))) {
            if (quote.getSpeaker() == null) {
                continue;
            }
            for (List<Word> words : evidenceRuns(jcas, sentences, attributing, quote)) {
                annotateRun(jcas, quote, words, seen);
            }
        }
    }

    /** Runs of words that speak for the quote's speaker: the quote and its attribution clause. */
    private List<List<Word>> evidenceRuns(JCas jcas, SentenceIndex sentences,
            Map<Sentence, AttributingSentence> attributing, Quote quote) {
        List<List<Word>> runs = new ArrayList<>();
        for (Sentence sentence : sentences.overlapping(quote.getBegin(), quote.getEnd())) {
            runs.add(Word.of(jcas.select(Token.class).coveredBy(Math.max(sentence.getBegin(), quote.getBegin()),
                    Math.min(sentence.getEnd(), quote.getEnd())).asList()));
        }
        SpeechCue cue = quote.getCue();
        if (cue != null) {
            for (Sentence sentence : sentences.covering(cue.getBegin(), cue.getEnd())) {
                runs.addAll(attributing.computeIfAbsent(sentence, s -> new AttributingSentence(jcas, s))
                        .runsOutsideQuotes(quote.getSpeaker()));
            }
        }
        return runs;
    }

    /**
     * A sentence that attributes quotes: its tokens and the quotes wholly inside it, read once however
     * many quotes it attributes.
     */
    private static final class AttributingSentence {

        private final List<Token> tokens;
        private final SpanCover quotes;

        AttributingSentence(JCas jcas, Sentence sentence) {
            tokens = JCasUtil.selectCovered(jcas, Token.class, sentence);
            quotes = SpanCover.of(jcas.select(Quote.class).coveredBy(sentence).asList(), Quote::getBegin,
                    Quote::getEnd);
        }

        /** The runs of words outside the sentence's quotes and the speaker. */
        List<List<Word>> runsOutsideQuotes(SpeakerMention speaker) {
            List<List<Word>> runs = new ArrayList<>();
            List<Token> run = new ArrayList<>();
            for (Token token : tokens) {
                boolean quoted = quotes.overlaps(token.getBegin(), token.getEnd());
                boolean speakerItself = token.getBegin() < speaker.getEnd() && speaker.getBegin() < token.getEnd();
                if (quoted || speakerItself) {
                    runs.add(Word.of(run));
                    run = new ArrayList<>();
                } else {
                    run.add(token);
                }
            }
            runs.add(Word.of(run));
            runs.removeIf(List::isEmpty);
            return runs;
        }
    }

    private void annotateRun(JCas jcas, Quote quote, List<Word> words, Set<String> seen) {
        if (words.isEmpty()) {
            return;
        }
        String text = jcas.getDocumentText();
        for (TargetCandidate candidate : extractor.extract(words, text)) {
            String name = userTargets.nameOf(candidate.phrase()).orElse(candidate.phrase());
            addStance(jcas, quote, words, name, candidate.begin(), candidate.end(),
                    classifier.decideByCue(words, candidate.cue()), seen);
        }
        for (UserTargets.TargetMention mention : userTargets.find(text, words.get(0).begin(),
                words.get(words.size() - 1).end())) {
            PolarityDecision decision = classifier.classify(words, mention.begin(), mention.end());
            if (decision.hasEvidence()) {
                addStance(jcas, quote, words, mention.name(), mention.begin(), mention.end(), decision, seen);
            }
        }
    }

    /**
     * Adds the stance unless the holder already has it toward this target from the same cue. Its span,
     * the evidence, is the run of words the cue was found in: the quoted sentence or the attribution
     * clause; its {@code evidence} feature holds the cue that decided the polarity.
     */
    private void addStance(JCas jcas, Quote quote, List<Word> run, String target, int targetBegin, int targetEnd,
            PolarityDecision decision, Set<String> seen) {
        String evidence = jcas.getDocumentText().substring(decision.evidenceBegin(), decision.evidenceEnd());
        SpeakerMention holder = quote.getSpeaker();
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
