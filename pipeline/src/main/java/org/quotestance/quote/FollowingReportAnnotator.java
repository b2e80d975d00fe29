package org.quotestance.quote;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.Word;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;

/**
 * Reported content that runs on over a report of its own is cut before it, and that report becomes an
 * attribution of its own, as PolNeAR draws them: "Trump said taxes would fall | , adding that wages would
 * rise" is two attributions of Trump's, "Video shows that he raised his hands | , contradicting the
 * police's claim that …" two of two sources. The following report is a participle after a comma, or a verb
 * right after "and", "but" or "or", that the learned cue model ({@link AttributionCueModel}) takes for a cue with
 * its content after it; its source is the subject of the clause it hangs on, which is the speaker of the content
 * it ends (for a verb after a conjunction this takes the subject shared: "X argued that …, but suggested …";
 * "X said Y lied and claimed …" gives "claimed" to X too, which PolNeAR's training articles make the better bet). Runs after the
 * attribution annotators and before the content boundary model, which then draws both contents' edges.
 */
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "org.quotestance.type.Boilerplate", "org.quotestance.type.Headline", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeechCue", "org.quotestance.type.SpeakerMention" },
        outputs = { "org.quotestance.type.Quote", "org.quotestance.type.SpeechCue" })
public class FollowingReportAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MODEL = "model";
    @ConfigurationParameter(name = PARAM_MODEL, mandatory = false, defaultValue = "",
            description = "Attribution cue model file made by 'quotestance train quotes'; empty: the shipped model")
    private String modelFile;

    public static final String PARAM_MIN_PROBABILITY = "minProbability";
    @ConfigurationParameter(name = PARAM_MIN_PROBABILITY, mandatory = false, defaultValue = "0.5",
            description = "A participle is a following report when the model gives it a cue with content after it "
                    + "with at least this probability")
    private float minProbability;

    public static final String PARAM_MIN_CONTENT_WORDS = "minContentWords";
    @ConfigurationParameter(name = PARAM_MIN_CONTENT_WORDS, mandatory = false, defaultValue = "2",
            description = "Both contents keep at least this many words, else the content is left whole")
    private int minContentWords;

    /** Words a clause with a report of its own starts after. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "although", "though", "whereas",
            "yet", "as", "when", "after", "before", "because", "since");
    /**
     * Conjunctions a second verb phrase of the same subject follows ("argued that …, but suggested …", "mentioned
     * her remarks and went right back to …"): its report is the content's own speaker's.
     */
    private static final Set<String> SHARED_SUBJECT = Set.of("and", "but", "or");
    /** Relative pronouns, the subjects of the clause they open ("…, who cited her years as …"). */
    private static final Set<String> RELATIVES = Set.of("who", "which");
    private static final Set<String> BREAKS = Set.of(",", ";", "—", "--", "―");
    private static final int MAX_SUBJECT_WORDS = 6;

    private AttributionCueModel model;
    private final CueSpeaker subjects = new CueSpeaker();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        model = AttributionCueModel.loadOrDefault(modelFile);
    }

    @Override
    public void process(JCas jcas) {
        ArticleView view = ArticleView.of(jcas);
        Deque<Quote> reported = new ArrayDeque<>();
        for (Quote q : jcas.select(Quote.class)) {
            if (!q.getQuoteType().equals(QuoteType.DIRECT.name()) && q.getCue() != null
                    && q.getCue().getEnd() <= q.getBegin()) {
                reported.add(q);
            }
        }
        QuoteFactory quotes = new QuoteFactory(jcas);
        Set<Integer> cues = new HashSet<>();
        jcas.select(Quote.class).forEach(q -> cues.add(q.getCue() == null ? -1 : q.getCue().getBegin()));
        while (!reported.isEmpty()) {
            Quote following = split(view, quotes, reported.poll(), cues);
            if (following != null) {
                reported.add(following); // "…, adding that …, noting that …"
            }
        }
    }

    /** Cuts {@code q} before its first following report and returns that report's quote, or null. */
    private Quote split(ArticleView view, QuoteFactory quotes, Quote q, Set<Integer> cues) {
        ArticleView.Para para = view.paragraphAt(q.getBegin());
        if (para == null) {
            return null;
        }
        List<Word> words = para.words();
        int start = ArticleView.wordAt(words, q.getBegin());
        int[] sentence = para.sentenceAt(start);
        if (sentence == null) {
            return null;
        }
        int last = Math.min(ArticleView.wordAt(words, q.getEnd()), sentence[1]);
        for (int c = start + minContentWords; c < last - minContentWords; c++) {
            Word w = words.get(c);
            if (!model.isCandidate(w) || view.insideQuotation(w)) {
                continue;
            }
            Report report = report(words, start + minContentWords, c, q);
            if (report == null || report.cut() - start < minContentWords
                    || view.quotationStraddles(words.get(report.cut()).begin())) {
                continue; // a break inside a quotation belongs to the quoted words
            }
            // the probability of a cue with its content after it, not of a cue on either side
            double after = model.outcomes(words, sentence[0], sentence[1], c)[AttributionCueModel.Side.AFTER.ordinal()];
            if (after >= minProbability) {
                return cutAt(view, quotes, q, words, report, c, last, cues);
            }
        }
        return null;
    }

    /** Where the content before a following report ends (its first word left out) and who reports. */
    private record Report(int cut, MentionCandidate source) {
    }

    /**
     * The report whose cue is {@code c}: a participle right after a comma, reported by the content's own
     * speaker ("…, adding that"); a verb right after "and", "but" or "or", reported by the same speaker ("…, but
     * suggested"); or a clause of its own after a break, a conjunction or a subordinator,
     * reported by its subject ("…, but he has also intensified …", "… and Democrats accused …", "… as he
     * discussed …", "…, who cited …": the relative pronoun). Null when the words before
     * the cue are no subject of a clause that starts after {@code from}.
     */
    private Report report(List<Word> words, int from, int c, Quote q) {
        if (words.get(c - 1).text().equals(",") && words.get(c).lower().endsWith("ing")) {
            return new Report(c - 1, speakerOf(q));
        }
        if (SHARED_SUBJECT.contains(words.get(c - 1).lower()) && c - 1 > from) {
            return new Report(words.get(c - 2).text().equals(",") ? c - 2 : c - 1, speakerOf(q));
        }
        int b = c - 1;
        while (b > from && c - b <= MAX_SUBJECT_WORDS && !isClauseStart(words.get(b))) {
            b--;
        }
        if (b <= from || !isClauseStart(words.get(b))) {
            return null;
        }
        int subjectStart = RELATIVES.contains(words.get(b).lower()) ? b : b + 1;
        if (subjectStart >= c) {
            return null;
        }
        MentionCandidate subject = subjects.find(words, subjectStart, c + 1, c, AttributionCueModel.Side.AFTER, true);
        if (subject == null || subject.begin() != words.get(subjectStart).begin()) {
            return null;
        }
        int cut = BREAKS.contains(words.get(b).text()) || !words.get(b - 1).text().equals(",") ? b : b - 1;
        return new Report(cut, subject);
    }

    private static MentionCandidate speakerOf(Quote q) {
        SpeakerMention speaker = q.getSpeaker();
        return speaker == null ? null
                : new MentionCandidate(speaker.getBegin(), speaker.getEnd(), speaker.getMentionType(), "", "", "");
    }

    private static boolean isClauseStart(Word w) {
        return CONJUNCTIONS.contains(w.lower()) || RELATIVES.contains(w.lower()) || BREAKS.contains(w.text());
    }

    private static Quote cutAt(ArticleView view, QuoteFactory quotes, Quote q, List<Word> words, Report report,
            int c, int last, Set<Integer> cues) {
        int from = c + 1;
        while (from < last && (words.get(from).text().equals(",") || words.get(from).text().equals(":"))) {
            from++;
        }
        if (from == last) {
            return null;
        }
        int end = q.getEnd();
        int begin = words.get(from).begin();
        q.removeFromIndexes();
        q.setEnd(words.get(report.cut() - 1).end());
        q.setQuoteType(typeOf(view, q.getBegin(), q.getEnd()).name());
        q.addToIndexes();
        Word cue = words.get(c);
        if (!cues.add(cue.begin())) {
            return null; // the report is an attribution already ("…, while 73 percent said the same")
        }
        return quotes.add(begin, end, typeOf(view, begin, end),
                new Attribution(report.source(), cue.begin(), cue.end(), CueClass.lemmaOf(cue.lower())));
    }

    private static QuoteType typeOf(ArticleView view, int begin, int end) {
        return view.quotationsOpeningIn(begin, end).isEmpty() ? QuoteType.INDIRECT : QuoteType.MIXED;
    }
}
