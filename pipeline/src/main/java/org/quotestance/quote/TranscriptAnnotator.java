package org.quotestance.quote;

import java.util.List;
import java.util.Locale;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.SpanCover;
import org.quotestance.text.Word;
import org.quotestance.type.Quote;

/**
 * Transcript lines: a paragraph that starts with a speaker's name and a colon ({@code PENCE: Well, I
 * think …}, {@code Alex Seitz-Wald: She is right …}) is what that person said; the rest of the
 * paragraph is the quote (INDIRECT, or MIXED with quoted words inside), the name its speaker (a
 * PERSON even when written in capitals), the colon its cue. A paragraph the quote annotators already
 * took a quote from is left alone.
 */
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "org.quotestance.type.Boilerplate", "org.quotestance.type.Headline", "org.quotestance.type.Quote" },
        outputs = { "org.quotestance.type.Quote", "org.quotestance.type.SpeechCue",
                "org.quotestance.type.SpeakerMention" })
public class TranscriptAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MIN_CONTENT_WORDS = "minContentWords";
    @ConfigurationParameter(name = PARAM_MIN_CONTENT_WORDS, mandatory = false, defaultValue = "3",
            description = "A transcript line needs this many words after the colon")
    private int minContentWords;

    private static final int MAX_NAME_WORDS = 3;
    /** Labels that head a line but name no speaker ("UPDATE:", "WATCH:", "Q:"). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("update", "updated", "note", "watch",
            "read", "more", "poll", "photos", "photo", "video", "related", "breaking", "exclusive", "correction",
            "editor", "editors", "source", "sources", "listen", "see", "also", "click", "share", "follow", "via",
            "credit", "warning", "transcript", "live", "analysis", "opinion", "q", "a");

    @Override
    public void process(JCas jcas) {
        ArticleView view = ArticleView.of(jcas);
        QuoteFactory quotes = new QuoteFactory(jcas);
        SpanCover quoted = SpanCover.of(List.copyOf(jcas.select(Quote.class).asList()), Quote::getBegin, Quote::getEnd);
        for (ArticleView.Para para : view.paragraphs()) {
            List<Word> words = para.words();
            int colon = labelEnd(words);
            if (colon < 0 || words.size() - colon - 1 < minContentWords) {
                continue;
            }
            int begin = words.get(colon + 1).begin();
            int end = para.end();
            if (quoted.overlaps(begin, end)) {
                continue;
            }
            QuoteType type = QuoteType.INDIRECT;
            if (view.isQuoted(begin, end)) {
                type = QuoteType.DIRECT;
            } else if (!view.quotationsOpeningIn(begin, end).isEmpty()) {
                type = QuoteType.MIXED;
            }
            Word first = words.get(0);
            Word last = words.get(colon - 1);
            // SpeakerLinker reads the label as a person (speaker.TranscriptLabel)
            MentionCandidate speaker = new MentionCandidate(first.begin(), last.end(), "NAME", "PERSON",
                    jcas.getDocumentText().substring(first.begin(), last.end()), "");
            Word cue = words.get(colon);
            quotes.add(begin, end, type, new Attribution(speaker, cue.begin(), cue.end(), ""));
        }
    }

    /**
     * The index of the colon after a label of one to three capitalised words ("PENCE", "Alex
     * Seitz-Wald", "SEN. KAINE"), or -1. A one-word label must be in capitals: "Poll:" or "Trump:"
     * at the start of a line is more often a headline than a transcript.
     */
    static int labelEnd(List<Word> words) {
        int i = 0;
        int nameWords = 0;
        boolean capitals = true;
        while (i < words.size() && nameWords <= MAX_NAME_WORDS) {
            Word w = words.get(i);
            if (w.text().equals(":")) {
                return nameWords >= 2 || nameWords == 1 && capitals ? i : -1;
            }
            if (NOT_NAMES.contains(w.lower())) {
                return -1;
            }
            if (w.text().equals(".") && i > 0) {
                i++; // "SEN. KAINE", "Rep."
                continue;
            }
            if (!w.isLetters() || !w.isCapitalized()) {
                return -1;
            }
            capitals &= w.text().length() > 1 && w.text().equals(w.text().toUpperCase(Locale.ROOT));
            nameWords++;
            i++;
        }
        return -1;
    }
}
