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
import org.quotestance.type.SpeakerMention;

/**
 * Transcript lines: a paragraph that starts with a speaker's name and a colon ({@code PENCE: Well, I
 * think …}, {@code Alex Seitz-Wald: She is right …}) is what that person said; the rest of the
 * paragraph is the quote (INDIRECT, or MIXED with quoted words inside), the name its speaker (a
 * PERSON even when written in capitals), the colon its cue. A paragraph the quote annotators already
 * took a quote from is left alone. A one-word label needs a transcript (other labelled lines) or the
 * person named in full elsewhere ("BUSTED:" heads a line alone); a title "Gingrich: Trump Must Decide …"
 * is its label's attribution when the article names that person in full.
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
        List<Quote> found = List.copyOf(jcas.select(Quote.class).asList());
        SpanCover quoted = SpanCover.of(found, Quote::getBegin, Quote::getEnd);
        String text = jcas.getDocumentText();
        List<ArticleView.Para> labelled = view.paragraphs().stream().filter(p -> {
            int colon = labelEnd(p.words(), isTitleLine(text, p));
            return colon >= 0 && p.words().size() - colon - 1 >= minContentWords;
        }).toList();
        for (ArticleView.Para para : labelled) {
            List<Word> words = para.words();
            int colon = labelEnd(words, isTitleLine(text, para));
            Word label = words.get(colon - 1);
            boolean oneWord = colon - (words.get(0).isQuoteMark() ? 1 : 0) == 1;
            boolean capitals = label.text().equals(label.text().toUpperCase(Locale.ROOT));
            if (oneWord && (!capitals || labelled.size() < 2) && !namedElsewhere(text, label, para)) {
                // "BUSTED:", "BYLINE:", "Wow:" head a line alone; a transcript has turns, a title "Gingrich: …"
                // names someone the article names in full
                continue;
            }
            int begin = words.get(colon + 1).begin();
            int end = para.end();
            // a transcript quoted whole opens each line with a quotation mark ("PENCE: …): the quote
            // the quotation made of that line is the label's, not the quote of an earlier speaker
            List<Quote> overLabel = found.stream()
                    .filter(q -> q.getBegin() <= words.get(colon).begin() && q.getEnd() > begin).toList();
            overLabel.forEach(q -> drop(q, quotes, found));
            if (overLabel.isEmpty() && quoted.overlaps(begin, end)) {
                continue;
            }
            Word first = words.get(0);
            Word opening = first.isQuoteMark() ? first : null;
            QuoteType type = QuoteType.INDIRECT;
            if (opening == null && view.isQuoted(begin, end)) {
                type = QuoteType.DIRECT;
            } else if (view.quotationsOpeningIn(begin, end).stream().anyMatch(q -> opening == null
                    || q.begin() != opening.begin())) {
                type = QuoteType.MIXED;
            }
            Word name = opening == null ? first : words.get(1);
            Word last = words.get(colon - 1);
            // SpeakerLinker reads the label as a person (speaker.TranscriptLabel)
            MentionCandidate speaker = new MentionCandidate(name.begin(), last.end(), "NAME", "PERSON",
                    jcas.getDocumentText().substring(name.begin(), last.end()), "");
            Word cue = words.get(colon);
            quotes.add(begin, end, type, new Attribution(speaker, cue.begin(), cue.end(), ""));
        }
    }

    /** Takes a quote, its cue and its speaker mention (when no other quote names it) out of the CAS. */
    private static void drop(Quote quote, QuoteFactory quotes, List<Quote> found) {
        quote.removeFromIndexes();
        if (quote.getCue() != null) {
            quote.getCue().removeFromIndexes();
        }
        SpeakerMention speaker = quote.getSpeaker();
        if (speaker != null && found.stream().noneMatch(q -> q != quote && q.getSpeaker() == speaker)) {
            quotes.remove(speaker);
        }
    }

    /**
     * The article names the one-word label ("TAPPER:", a title's "Gingrich:") elsewhere after another
     * capitalised word, as a person's surname ("Jake Tapper", "Newt Gingrich").
     */
    private static boolean namedElsewhere(String text, Word label, ArticleView.Para para) {
        String name = label.text().charAt(0) + label.text().substring(1).toLowerCase(Locale.ROOT);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            boolean outside = at < para.begin() || at >= para.end();
            int before = at - 1;
            boolean afterName = before > 0 && text.charAt(before) == ' '
                    && Character.isUpperCase(text.charAt(wordStart(text, before)));
            int after = at + name.length();
            boolean wholeWord = after >= text.length() || !Character.isLetter(text.charAt(after));
            if (outside && afterName && wholeWord) {
                return true;
            }
        }
        return false;
    }

    /** The first character of the word that ends right before {@code space}. */
    private static int wordStart(String text, int space) {
        int i = space;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The article's first line, where a title such as "Gingrich: Trump Must Decide …" stands. */
    private static boolean isTitleLine(String text, ArticleView.Para para) {
        return text.lastIndexOf('\n', para.begin()) < 0;
    }

    /**
     * The index of the colon after a label of one to three capitalised words ("PENCE", "Alex
     * Seitz-Wald", "SEN. KAINE"), or -1. A one-word label must be in capitals, or head the article's
     * title ({@code title}): "Trump:" at the start of another line is more often a heading than a
     * transcript; a title "Trump: …" reports what he said.
     */
    static int labelEnd(List<Word> words, boolean title) {
        int i = !words.isEmpty() && words.get(0).isQuoteMark() ? 1 : 0;
        int nameWords = 0;
        boolean capitals = true;
        while (i < words.size() && nameWords <= MAX_NAME_WORDS) {
            Word w = words.get(i);
            if (w.text().equals(":")) {
                return nameWords >= 2 || nameWords == 1 && (capitals || title) ? i : -1;
            }
            if (NOT_NAMES.contains(w.lower())) {
                return -1;
            }
            if (w.text().equals(".") && nameWords > 0) {
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
