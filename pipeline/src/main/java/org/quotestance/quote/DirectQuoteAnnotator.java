package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.SpanCover;
import org.quotestance.text.Word;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Direct quotes: text in quotation marks of any style (straight, curly, single, mismatched) that
 * stands as speech — alone in its sentence, introduced by an attribution ({@code He said: "…"}), or
 * followed by one ({@code "…," Name said}, {@code "…" — Name}). A quote split around its attribution
 * ({@code "…," he said. "…"}) is one quote spanning both parts; a quote with no attribution at the start
 * of a paragraph continues the speaker of the quote just before it. Quoted fragments inside a
 * sentence are not direct quotes: inside reported speech they make it MIXED (see
 * {@link IndirectQuoteAnnotator}, which must run first), elsewhere they are scare quotes or titles.
 */
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "org.quotestance.type.Boilerplate", "org.quotestance.type.Headline", "org.quotestance.type.Quote" },
        outputs = { "org.quotestance.type.Quote", "org.quotestance.type.SpeechCue",
                "org.quotestance.type.SpeakerMention" })
public class DirectQuoteAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MIN_UNATTRIBUTED_WORDS = "minUnattributedWords";
    @ConfigurationParameter(name = PARAM_MIN_UNATTRIBUTED_WORDS, mandatory = false, defaultValue = "4",
            description = "A quotation with no attribution needs this many words to count as a quote")
    private int minUnattributedWords;

    public static final String PARAM_CONTINUATION_PARAGRAPHS = "continuationParagraphs";
    @ConfigurationParameter(name = PARAM_CONTINUATION_PARAGRAPHS, mandatory = false, defaultValue = "2",
            description = "An unattributed quote takes the speaker of a quote at most this many paragraphs back")
    private int continuationParagraphs;

    private static final int MAX_WORDS_BETWEEN_PARTS = 40;
    /**
     * Words between two quotations that start a report of their own ("…," he said, adding that "…"; "…," Sanders
     * said, going on to say "…"): the second quotation is then no second part of the first quote.
     */
    private static final Set<String> NEXT_REPORT_WORDS = Set.of("adding", "asking", "arguing", "suggesting",
            "going");
    /** Words that may stand right before a quote's second part ("…," he said, but "…"). */
    private static final Set<String> PART_JOINERS = Set.of("but", "and");
    private static final Set<String> BE_AUXILIARIES = Set.of("is", "was", "were", "be", "been",
            "being", "are");
    /** Verbs that name rather than report ("called it "reckless""): their quotation needs a comma or colon. */
    private static final Set<String> NAMING_CUES = Set.of("call", "calls", "called", "calling",
            "describe", "describes", "described", "describing", "dub", "dubs", "dubbed", "term", "terms", "termed",
            "label", "labels", "labelled", "labeled");

    private final AttributionFinder attributions = new AttributionFinder();
    private final CueSpeaker cueSpeaker = new CueSpeaker();

    @Override
    public void process(JCas jcas) {
        ArticleView view = ArticleView.of(jcas);
        QuoteFactory quotes = new QuoteFactory(jcas);
        List<ArticleView.Para> paragraphs = view.paragraphs();
        int lastSpeakerParagraph = -1;
        SpeakerMention lastSpeaker = null;
        List<Quote> rulesQuotes = jcas.select(Quote.class).asList();
        SpanCover reportedSpeech = SpanCover.of(rulesQuotes, Quote::getBegin, Quote::getEnd);
        OrderedQuotes ordered = new OrderedQuotes(rulesQuotes);
        int directQuotesReach = Integer.MIN_VALUE; // quotations open in document order: only the end matters
        for (int p = 0; p < paragraphs.size(); p++) {
            ArticleView.Para para = paragraphs.get(p);
            List<Word> words = para.words();
            List<Quotation> inPara = view.quotationsOpeningIn(para.begin(), para.end());
            for (int k = 0; k < inPara.size(); k++) {
                Quotation q = inPara.get(k);
                if (reportedSpeech.covers(q.begin(), q.end()) || directQuotesReach >= q.end()) {
                    continue;
                }
                int open = ArticleView.wordAt(words, q.begin());
                int close = Math.min(ArticleView.wordAt(words, q.end()), words.size());
                int sentenceStart = sentenceStart(para, open, k == 0 ? para.begin() : inPara.get(k - 1).end());
                int afterEnd = afterEnd(words, close, k + 1 < inPara.size() ? inPara.get(k + 1).begin() : para.end());

                Attribution attribution = attributions.before(words, sentenceStart, open);
                if (attribution == null && open == 0 && p > 0) {
                    attribution = leadInParagraph(paragraphs.get(p - 1));
                }
                if (attribution == null) {
                    attribution = cueRightBefore(words, sentenceStart, open);
                }
                boolean standsBefore = attribution != null || open == sentenceStart;
                Attribution following = attributions.after(words, close, afterEnd);
                boolean standsAfter = following != null || close >= afterEnd
                        || isSentenceEnd(words, close, afterEnd);
                if (!standsBefore || !standsAfter) {
                    continue;
                }
                if (attribution == null) {
                    attribution = following;
                }
                int end = q.end();
                if (following != null && k + 1 < inPara.size()
                        && isSecondPart(words, inPara, k + 1, close, afterEnd)) {
                    end = inPara.get(++k).end();
                }
                if (attribution == null) {
                    // the speaker of the last quote before it in the paragraph, so the quotation can continue it
                    SpeakerMention reportedBefore = ordered.lastSpeakerIn(para.begin(), q.begin());
                    if (reportedBefore != null) {
                        // "… because “…,” she said. “…”": the report just before in the paragraph
                        lastSpeaker = reportedBefore;
                        lastSpeakerParagraph = p;
                    }
                    boolean continuation = lastSpeaker != null && (lastSpeakerParagraph == p
                            || open == 0 && p - lastSpeakerParagraph <= continuationParagraphs);
                    if (!continuation && close - open - 1 < minUnattributedWords) {
                        continue;
                    }
                    Quote quote = quotes.add(q.begin(), end, QuoteType.DIRECT, null);
                    ordered.add(quote);
                    directQuotesReach = Math.max(directQuotesReach, end);
                    if (continuation) {
                        quote.setSpeaker(lastSpeaker);
                        lastSpeakerParagraph = p;
                    }
                } else {
                    Quote quote = quotes.add(q.begin(), end, QuoteType.DIRECT, attribution);
                    ordered.add(quote);
                    directQuotesReach = Math.max(directQuotesReach, end);
                    SpeakerMention coordinated = coordinatedSpeaker(jcas, words, quote);
                    if (coordinated != null) {
                        SpeakerMention replaced = quote.getSpeaker();
                        quote.setSpeaker(coordinated);
                        if (replaced != null
                                && jcas.select(Quote.class).filter(other -> other.getSpeaker() == replaced).findAny().isEmpty()) {
                            quotes.remove(replaced);
                        }
                    }
                    lastSpeaker = quote.getSpeaker();
                    lastSpeakerParagraph = p;
                }
            }
            SpeakerMention reported = ordered.lastSpeakerIn(para.begin(), para.end());
            if (reported != null) {
                lastSpeaker = reported;
                lastSpeakerParagraph = p;
            }
        }
    }

    /**
     * {@code X described it as … and said, "…"}: a cue joined by "and" to an earlier report in the
     * same sentence has that report's speaker.
     */
    private static SpeakerMention coordinatedSpeaker(JCas jcas, List<Word> words, Quote quote) {
        SpeechCue cue = quote.getCue();
        if (cue == null) {
            return null;
        }
        int at = ArticleView.wordAt(words, cue.getBegin());
        if (at == 0 || at >= words.size() || !words.get(at - 1).lower().equals("and")) {
            return null;
        }
        Sentence sentence = jcas.select(Sentence.class).covering(cue).singleOrNull();
        SpeakerMention speaker = null;
        for (Quote earlier : jcas.select(Quote.class)) {
            SpeechCue earlierCue = earlier.getCue();
            if (earlier != quote && earlierCue != null && earlier.getSpeaker() != null && sentence != null
                    && earlierCue.getBegin() >= sentence.getBegin() && earlierCue.getEnd() < cue.getBegin()) {
                speaker = earlier.getSpeaker();
            }
        }
        return speaker;
    }

    /**
     * {@code Sen. X (D-Ill.), noting …, said, "…"}: a speech cue right before the quotation (a comma or colon
     * between) introduces it even when the rules find no subject for it; the speaker is then the subject
     * phrase before the cue, if any. Not a passive cue ("was described"), and a naming verb ("described",
     * "called", "dubbed") only with the comma or colon.
     */
    private Attribution cueRightBefore(List<Word> words, int sentenceStart, int open) {
        int last = open - 1;
        boolean punctuated = last > sentenceStart
                && (words.get(last).text().equals(",") || words.get(last).text().equals(":"));
        if (punctuated) {
            last--;
        }
        for (int c = last; c > sentenceStart && c >= last - 2; c--) {
            SpeechCueLexicon.Match cue = SpeechCueLexicon.speech().matchAt(words, c);
            if (cue != null && cue.lastWord() == last) {
                boolean naming = !punctuated && NAMING_CUES.contains(words.get(last).lower());
                if (naming || isPassive(words, sentenceStart, c)) {
                    return null; // "The meeting was described "productive"" has no speaker; "described "naive"" names
                }
                MentionCandidate speaker = cueSpeaker.find(words, sentenceStart, open, c,
                        AttributionCueModel.Side.AFTER, false);
                return new Attribution(speaker, words.get(c).begin(), words.get(last).end(), cue.lemma());
            }
        }
        return null;
    }

    /** "was described as", "has been widely called": a be-auxiliary, perhaps with an adverb, before the cue. */
    private static boolean isPassive(List<Word> words, int sentenceStart, int cue) {
        int before = cue - 1;
        if (before > sentenceStart && words.get(before).lower().endsWith("ly")) {
            before--;
        }
        return before >= sentenceStart && BE_AUXILIARIES.contains(words.get(before).lower());
    }

    /** {@code Name, a doctor, said:} as a paragraph of its own, introducing the quote below it. */
    private Attribution leadInParagraph(ArticleView.Para previous) {
        List<Word> words = previous.words();
        if (!words.get(words.size() - 1).text().equals(":") || previous.sentences().isEmpty()) {
            return null;
        }
        int start = previous.sentences().get(previous.sentences().size() - 1)[0];
        return attributions.before(words, start, words.size());
    }

    private static int sentenceStart(ArticleView.Para para, int open, int notBefore) {
        int start = para.sentenceStartingAtOrBefore(open);
        List<Word> words = para.words();
        while (start < open && words.get(start).begin() < notBefore) {
            start++;
        }
        return start;
    }

    /** Where the words after a quote stop: the next quotation or the paragraph's end. */
    private static int afterEnd(List<Word> words, int close, int limit) {
        int i = close;
        while (i < words.size() && words.get(i).begin() < limit) {
            i++;
        }
        return i;
    }

    private static boolean isSentenceEnd(List<Word> words, int from, int to) {
        Word w = words.get(from);
        return w.isSentenceStop(from > 0 ? words.get(from - 1) : null, from + 1 < to ? words.get(from + 1) : null)
                || from + 1 == to && w.text().equals(",");
    }

    /**
     * {@code "…," he said. "…"}: the quotation after an attribution is the same quote when no
     * attribution of its own follows it and nothing but the attribution stands between them.
     */
    private boolean isSecondPart(List<Word> words, List<Quotation> inPara, int next, int firstClose, int secondOpen) {
        Word beforeSecond = words.get(secondOpen - 1);
        if (secondOpen - firstClose > MAX_WORDS_BETWEEN_PARTS
                || beforeSecond.isLetters() && !PART_JOINERS.contains(beforeSecond.lower())) {
            return false; // … Pence said on CNN's "State of the Union.": a title, not the quote's second part
        }
        for (int i = firstClose; i + 1 < secondOpen; i++) {
            if (words.get(i).isSentenceStop(i > 0 ? words.get(i - 1) : null, words.get(i + 1))) {
                // "…," Obama said. He called Burma a "…": a sentence of its own stands between the parts
                return false;
            }
            if (NEXT_REPORT_WORDS.contains(words.get(i).lower())) {
                return false;
            }
        }
        Quotation second = inPara.get(next);
        int close = Math.min(ArticleView.wordAt(words, second.end()), words.size());
        int limit = next + 1 < inPara.size() ? inPara.get(next + 1).begin() : Integer.MAX_VALUE;
        return attributions.after(words, close, afterEnd(words, close, limit)) == null;
    }
}
