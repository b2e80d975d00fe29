package org.quotestance.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.SpanCover;
import org.quotestance.text.Word;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;

/**
 * Attributions the rules do not find: a learned cue model ({@link AttributionCueModel}, trained on
 * PolNeAR) marks the words that attribute content ("believes", "accused", "according to", "in a
 * statement") and the side the content stands on; the content runs from the cue to the end of the
 * sentence (or from the sentence start to the clause of the speaker), and the speaker is the subject
 * next to the cue, found as for the rules. Runs after the rule-based quote annotators and adds nothing
 * that overlaps a quote they found, so direct quotes and the rules' reported speech stay as they are.
 */
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "org.quotestance.type.Boilerplate", "org.quotestance.type.Headline", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeechCue", "org.quotestance.type.SpeakerMention" },
        outputs = { "org.quotestance.type.Quote", "org.quotestance.type.SpeechCue",
                "org.quotestance.type.SpeakerMention" })
public class LearnedAttributionAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MODEL = "model";
    @ConfigurationParameter(name = PARAM_MODEL, mandatory = false, defaultValue = "",
            description = "Attribution cue model file made by 'quotestance train quotes'; empty: the shipped model")
    private String modelFile;

    public static final String PARAM_MIN_PROBABILITY = "minProbability";
    @ConfigurationParameter(name = PARAM_MIN_PROBABILITY, mandatory = false, defaultValue = "0.3",
            description = "A word is a cue when the model gives it at least this probability of being one "
                    + "(AFTER and BEFORE together; chosen on PolNeAR dev)")
    private float minProbability;

    public static final String PARAM_MIN_CONTENT_WORDS = "minContentWords";
    @ConfigurationParameter(name = PARAM_MIN_CONTENT_WORDS, mandatory = false, defaultValue = "2",
            description = "Content shorter than this many words is not an attribution")
    private int minContentWords;

    public static final String PARAM_REQUIRE_SPEAKER = "requireSpeaker";
    @ConfigurationParameter(name = PARAM_REQUIRE_SPEAKER, mandatory = false, defaultValue = "true",
            description = "Keep only attributions whose speaker stands next to the cue")
    private boolean requireSpeaker;

    public static final String PARAM_ADJACENT_SPEAKER = "adjacentSpeaker";
    @ConfigurationParameter(name = PARAM_ADJACENT_SPEAKER, mandatory = false, defaultValue = "false",
            description = "The speaker before a cue must end at most three words before it")
    private boolean adjacentSpeaker;

    public static final String PARAM_SOURCE_MODEL = "sourceModel";
    @ConfigurationParameter(name = PARAM_SOURCE_MODEL, mandatory = false, defaultValue = "",
            description = "Attribution source model file made by 'quotestance train quotes --source-out'; "
                    + "empty: the shipped model; 'none': the rules' speaker")
    private String sourceModelFile;

    public static final String PARAM_MIN_SOURCE_PROBABILITY = "minSourceProbability";
    @ConfigurationParameter(name = PARAM_MIN_SOURCE_PROBABILITY, mandatory = false, defaultValue = "0.3",
            description = "The source model's likeliest source is kept when it has at least this probability")
    private float minSourceProbability;

    private static final int MAX_WORDS_TO_CUE = 3;

    private AttributionCueModel model;
    private SourceModel sources;
    private final AttributionFinder attributions = new AttributionFinder();
    private final CueSpeaker cueSpeaker = new CueSpeaker();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        model = AttributionCueModel.loadOrDefault(modelFile);
        sources = sourceModelFile.equals("none") ? null
                : sourceModelFile.isEmpty() ? SourceModel.loadDefault() : SourceModel.load(Path.of(sourceModelFile));
    }

    @Override
    public void process(JCas jcas) {
        ArticleView view = ArticleView.of(jcas);
        List<Quote> rulesQuotes = List.copyOf(jcas.select(Quote.class).asList());
        Added added = new Added(new QuoteFactory(jcas), view,
                SpanCover.of(rulesQuotes, Quote::getBegin, Quote::getEnd), rulesQuotesByCue(rulesQuotes));
        for (ArticleView.Para para : view.paragraphs()) {
            List<Word> words = para.words();
            for (int[] sentence : para.sentences()) {
                added.nextSentence();
                annotateSentence(added, view, words, sentence[0], sentence[1]);
            }
        }
    }

    private static Map<Integer, Quote> rulesQuotesByCue(List<Quote> rulesQuotes) {
        Map<Integer, Quote> quotes = new HashMap<>();
        for (Quote q : rulesQuotes) {
            if (q.getCue() != null) {
                quotes.put(q.getCue().getBegin(), q);
            }
        }
        return quotes;
    }

    /**
     * Where the attributions go, and what they must not overlap: the rules' quotes (indexed by offset, since a
     * scan per candidate is quadratic on a long document), the attributions of earlier sentences (they begin
     * before this sentence, so they overlap a span exactly when the furthest of their ends lies past its begin)
     * and those already added in this sentence.
     */
    private static final class Added {

        private final QuoteFactory quotes;
        private final ArticleView view;
        private final SpanCover rulesQuotes;
        private final Map<Integer, Quote> rulesQuotesByCue;
        private final List<int[]> inSentence = new ArrayList<>();
        private int earlierEnd;

        Added(QuoteFactory quotes, ArticleView view, SpanCover rulesQuotes,
                Map<Integer, Quote> rulesQuotesByCue) {
            this.quotes = quotes;
            this.view = view;
            this.rulesQuotes = rulesQuotes;
            this.rulesQuotesByCue = rulesQuotesByCue;
        }

        /**
         * A cue attributes one content, so a cue the rules gave a quotation ("“…,” Ms. Wahl told [the audience]")
         * gets no second one, nor does a cue of their reported speech when the content would hold that report's
         * speaker ("…, said [Jake Horowitz, editor …]"). Another content for a cue of the rules' reported speech
         * stays: there the rules sometimes chose the wrong one.
         */
        boolean isSecondContentOf(Word cue, List<Word> words, int[] content) {
            Quote q = rulesQuotesByCue.get(cue.begin());
            if (q == null) {
                return false;
            }
            if (!q.getQuoteType().equals(QuoteType.INDIRECT.name())) {
                return true;
            }
            SpeakerMention speaker = q.getSpeaker();
            return speaker != null && speaker.getBegin() < words.get(content[1] - 1).end()
                    && words.get(content[0]).begin() < speaker.getEnd();
        }

        void nextSentence() {
            for (int[] span : inSentence) {
                earlierEnd = Math.max(earlierEnd, span[1]);
            }
            inSentence.clear();
        }

        boolean overlapsAQuote(int begin, int end) {
            if (rulesQuotes.overlaps(begin, end) || begin < earlierEnd) {
                return true;
            }
            for (int[] span : inSentence) {
                if (span[0] < end && begin < span[1]) {
                    return true;
                }
            }
            return false;
        }

        void add(int begin, int end, QuoteType type, Attribution attribution) {
            quotes.add(begin, end, type, attribution);
            inSentence.add(new int[] { begin, end });
        }
    }

    private void annotateSentence(Added added, ArticleView view, List<Word> words, int from, int to) {
        int end = Word.endBeforeFinalPunctuation(words, from, to);
        int sharedCue = -1;
        MentionCandidate sharedSpeaker = null;
        for (int c = from; c < end; c++) {
            Word w = words.get(c);
            if (!model.isCandidate(w) || view.insideQuotation(w)) {
                continue;
            }
            AttributionCueModel.Prediction p = model.predict(words, from, to, c);
            if (p.probability() < minProbability) {
                continue;
            }
            int[] content = switch (p.side()) {
                case AFTER -> contentAfter(view, words, c, end);
                case AROUND -> contentAround(words, from, c, end);
                default -> contentBefore(words, from, c);
            };
            int[] coordinated = p.side() == AttributionCueModel.Side.AFTER && content != null
                    ? coordinatedCue(view, words, from, to, end, content) : null;
            if (coordinated != null) {
                content[1] = coordinated[0];
            }
            if (content == null || content[1] - content[0] < minContentWords || !isContent(words, content, p.side())
                    || isTaken(added, words, content) || added.isSecondContentOf(w, words, content)) {
                continue; // before the speaker: the source model is the costly part, and rejected content needs none
            }
            boolean citesNobody = p.side() == AttributionCueModel.Side.AROUND; // "[Trump is expected to win]"
            MentionCandidate speaker = citesNobody ? null
                    : c == sharedCue ? sharedSpeaker : source(words, from, end, c, p.side(), content);
            if (speaker == null && requireSpeaker && !citesNobody) {
                continue;
            }
            add(added, words, content, new Attribution(speaker, w.begin(), cueEnd(words, c, end),
                    CueClass.lemmaOf(cueText(words, c, end))));
            if (coordinated != null) {
                sharedCue = coordinated[1]; // "has promoted … and downplayed …": one subject for both
                sharedSpeaker = speaker;
            }
        }
    }

    /**
     * The source of the attribution whose cue is {@code words[c]}: the source model's choice among the candidates,
     * the rules' speaker without one; a named main-clause subject before a cue with its content after it wins.
     */
    private MentionCandidate source(List<Word> words, int from, int end, int c, AttributionCueModel.Side side,
            int[] content) {
        MentionCandidate speaker = speaker(words, from, end, c, side);
        if (sources != null) {
            speaker = sources.speaker(words, from, end, c, content, speaker, minSourceProbability);
        }
        MentionCandidate mainSubject = side == AttributionCueModel.Side.AFTER
                ? attributions.mainClauseSubject(words, from, c) : null;
        return mainSubject != null && mainSubject.mentionType().equals("NAME") ? mainSubject : speaker;
    }

    /** "according to" is one cue; any other cue is its head word. */
    static boolean isAccordingTo(List<Word> words, int c, int end) {
        return words.get(c).lower().equals("according") && c + 1 < end && words.get(c + 1).lower().equals("to");
    }

    private static int cueEnd(List<Word> words, int c, int end) {
        return words.get(isAccordingTo(words, c, end) ? c + 1 : c).end();
    }

    private static String cueText(List<Word> words, int c, int end) {
        return isAccordingTo(words, c, end) ? "according to" : words.get(c).lower();
    }

    private int[] contentAfter(ArticleView view, List<Word> words, int c, int end) {
        int from = c + 1;
        if (isAccordingTo(words, c, end)) {
            // "according to X, content": the content starts after X's clause
            from = AttributionFinder.clauseEnd(words, c + 2, end) + 1;
        }
        while (from < end && (words.get(from).text().equals(",") || words.get(from).text().equals(":"))) {
            from++;
        }
        int to = from;
        while (to < end && !words.get(to).text().equals(";")) {
            to++;
        }
        if (from < to && CUE_PARTICLES.contains(words.get(from).lower())) {
            if (to - from - 1 < minContentWords) {
                return null; // "said on Monday", "responded with logic": an adjunct, nothing said
            }
            if (!view.isQuoted(words.get(from + 1).begin(), words.get(to - 1).end())) {
                from++; // "talked about [the plan]", "called for [talks]": the preposition goes with the cue
            }
        }
        return from < to ? new int[] { from, to } : null;
    }

    /**
     * "has promoted [unproven therapies] and downplayed [the risk …]", "understood [that …], told [his advisers …]":
     * content after a cue ends before a second cue that the model finds coordinated with the first (after "and",
     * "or", "but", "while" or a comma, perhaps with an adverb between), when that cue's own content follows it. Where
     * the content stops and the second cue's index, or null.
     */
    private int[] coordinatedCue(ArticleView view, List<Word> words, int from, int to, int end, int[] content) {
        for (int i = content[0] + minContentWords + 1; i < content[1] - 1; i++) {
            int connective = CueAdverbs.is(words.get(i - 1)) ? i - 2 : i - 1;
            Word w = words.get(i);
            if (connective > content[0] && COORDINATING.contains(words.get(connective).lower())
                    && model.isCandidate(w) && !view.insideQuotation(w)) {
                AttributionCueModel.Prediction p = model.predict(words, from, to, i);
                if (p.side() != AttributionCueModel.Side.AFTER || p.probability() < minProbability) {
                    continue;
                }
                int[] next = contentAfter(view, words, i, end);
                if (next == null || next[1] - next[0] < minContentWords) {
                    return null;
                }
                int stop = connective;
                while (stop > content[0] && words.get(stop - 1).isClauseBreak()) {
                    stop--;
                }
                return new int[] { stop, i };
            }
        }
        return null;
    }

    private static final Set<String> COORDINATING = Set.of("and", "or", "but", "while", ",");

    /**
     * "[Trump is expected to deliver a victory speech]", "Indeed, [a broader swath of voters appears to be moving …]":
     * the clause around a cue that cites nobody, from the sentence start (after an opening adverbial phrase and its
     * comma, or a connective) to the sentence end or a semicolon.
     */
    private static int[] contentAround(List<Word> words, int from, int c, int end) {
        int start = from;
        String first = words.get(from).lower();
        if (AdverbialOpeners.opens(first) || first.endsWith("ing")) {
            for (int i = from + 1; i < c; i++) {
                if (words.get(i).text().equals(",")) {
                    start = i + 1;
                    break;
                }
            }
        }
        int to = c + 1;
        while (to < end && !words.get(to).text().equals(";")) {
            to++;
        }
        start = LeadingConnective.skip(words, start, to, 1);
        return start < c ? new int[] { start, to } : null;
    }

    /** "content, X said" / "content, according to X": from the sentence start to the comma before the speaker. */
    private int[] contentBefore(List<Word> words, int from, int c) {
        int to = c;
        MentionCandidate subject = attributions.subjectBefore(words, from, c);
        if (subject == null || adjacentSpeaker && !isNextTo(words, subject, c)) {
            MentionCandidate phrase = SubjectPhrase.before(words, from, c);
            subject = phrase != null ? phrase : subject;
        }
        if (subject != null) {
            to = ArticleView.wordAt(words, subject.begin());
            if (to > from && !words.get(to - 1).isClauseBreak() && !words.get(to - 1).isQuoteMark()) {
                return null; // "More than 1,000 people reportedly …": the speaker's clause is set off by a comma
            }
        }
        while (to > from && (words.get(to - 1).isClauseBreak() || words.get(to - 1).isQuoteMark())) {
            to--;
        }
        return from < to ? new int[] { from, to } : null;
    }

    private MentionCandidate speaker(List<Word> words, int from, int end, int c, AttributionCueModel.Side side) {
        return cueSpeaker.find(words, from, end, c, side, adjacentSpeaker);
    }

    /**
     * Prepositions that belong to the cue before them: PolNeAR's train compartment starts content right after
     * "about", "for", "of", "on" … seven to seventeen times as often as at them ("spoke about [X]", "called for [X]").
     */
    private static final Set<String> CUE_PARTICLES = Set.of("about", "for", "of", "on", "with", "over", "against",
            "into");

    /**
     * Not content: a lead-in to a quotation ("told the conference in Qom:"), words that end in another
     * cue ("quoted Rudenko as saying"), or an adverbial clause or phrase before the speaker ("Highlighting …, X
     * said", "In a victory speech …, X struck a measured tone").
     */
    private static boolean isContent(List<Word> words, int[] content, AttributionCueModel.Side side) {
        Word first = words.get(content[0]);
        Word last = words.get(content[1] - 1);
        boolean leadIn = last.text().equals(":");
        boolean endsInCue = SpeechCueLexicon.speech().matchAt(words, content[1] - 1) != null;
        boolean adverbial = side == AttributionCueModel.Side.BEFORE
                && (first.lower().endsWith("ing") || isPrepositionalPhraseOnly(words, content));
        return !leadIn && !endsInCue && !adverbial;
    }

    /**
     * A prepositional phrase and nothing else: no comma after it that a clause follows, no modal, auxiliary or
     * subject pronoun ("In a victory speech early Wednesday, Mr. Trump struck …"). Content that opens with one and
     * goes on into a clause stays ("In 2014, crime rose 5 percent, the mayor said"; "In Pennsylvania she is up …").
     */
    static boolean isPrepositionalPhraseOnly(List<Word> words, int[] content) {
        return AdverbialOpeners.opens(words.get(content[0]).lower())
                && AdverbialOpeners.isPhraseOnly(words, content[0], content[1]);
    }

    /** The subject ends at most {@code MAX_WORDS_TO_CUE} words before the cue ("Trump has repeatedly said"). */
    static boolean isNextTo(List<Word> words, MentionCandidate subject, int c) {
        int last = ArticleView.wordAt(words, subject.end()) - 1;
        return c - last <= MAX_WORDS_TO_CUE;
    }

    /**
     * Whether the content overlaps the rules' quotes or attributions found earlier in this sentence (they stay as
     * they are), or stands inside a quotation (a direct quote's business).
     */
    private static boolean isTaken(Added added, List<Word> words, int[] content) {
        int begin = words.get(content[0]).begin();
        int end = words.get(content[1] - 1).end();
        return added.overlapsAQuote(begin, end) || added.view.isQuoted(begin, end);
    }

    private static void add(Added added, List<Word> words, int[] content, Attribution attribution) {
        int begin = words.get(content[0]).begin();
        int end = words.get(content[1] - 1).end();
        QuoteType type = QuoteType.INDIRECT;
        for (Quotation q : added.view.quotationsOpeningIn(begin, end)) {
            type = QuoteType.MIXED;
            end = Math.max(end, q.end());
        }
        added.add(begin, end, type, attribution);
    }
}
