package org.quotestance.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.lexicon.SpeakerLexicon;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.speaker.NameScanner;
import org.quotestance.text.PartyLabel;
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

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_PARTY_WORDS = 5;
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
        Map<ArticleView.Para, Integer> labelled = new LinkedHashMap<>();
        for (ArticleView.Para p : view.paragraphs()) {
            int colon = labelEnd(p.words(), isTitleLine(text, p));
            if (colon >= 0 && p.words().size() - colon - 1 >= minContentWords) {
                labelled.put(p, colon);
            }
        }
        Map<String, List<Integer>> surnames = null; // scanned once, and only when a one-word label needs it
        for (Map.Entry<ArticleView.Para, Integer> entry : labelled.entrySet()) {
            ArticleView.Para para = entry.getKey();
            List<Word> words = para.words();
            int colon = entry.getValue();
            Word label = words.get(nameEnd(words, colon) - 1);
            boolean oneWord = nameEnd(words, colon) - (words.get(0).isQuoteMark() ? 1 : 0) == 1;
            boolean capitals = label.text().equals(label.text().toUpperCase(Locale.ROOT));
            if (oneWord && (!capitals || labelled.size() < 2)) {
                surnames = surnames == null ? fullNameSurnames(text) : surnames;
                if (!namedElsewhere(surnames, label, para)) {
                    // "BUSTED:", "BYLINE:", "Wow:" head a line alone; a transcript has turns, a title "Gingrich: …"
                    // names someone the article names in full
                    continue;
                }
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
            Word last = words.get(nameEnd(words, colon) - 1);
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

    /** Where the article names someone in full ("Newt Gingrich"), by the surname's lower-case form. */
    private static Map<String, List<Integer>> fullNameSurnames(String text) {
        Map<String, List<Integer>> surnames = new HashMap<>();
        for (NameScanner.Found found : NameScanner.scan(text)) {
            if (found.isFullName() && !hasDeterminer(text, found)) {
                surnames.computeIfAbsent(found.surname().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(found.begin());
            }
        }
        return surnames;
    }

    /** "Take A Look" is a title-case phrase, not a given name, a middle name and a surname. */
    private static boolean hasDeterminer(String text, NameScanner.Found found) {
        int end = text.indexOf(found.surname(), found.begin());
        if (end < 0) {
            return false;
        }
        for (String word : SPACES.split(text.substring(found.begin(), end))) {
            if (SpeakerLexicon.get().isDeterminer(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article names the one-word label ("TAPPER:", a title's "Gingrich:") elsewhere as the surname of a person
     * named in full ("Jake Tapper", "Newt Gingrich"); "the Mueller Report" names no "Report".
     */
    private static boolean namedElsewhere(Map<String, List<Integer>> surnames, Word label, ArticleView.Para para) {
        return surnames.getOrDefault(label.lower(), List.of()).stream()
                .anyMatch(at -> at < para.begin() || at >= para.end());
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
            int party = nameWords > 0 ? partyEnd(words, i) : -1;
            if (party >= 0) {
                i = party; // "GOV. MIKE PENCE (R-IN):"
                continue;
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

    /** Where the label's name ends, before a party in parentheses ("PENCE (R-IN)") and the colon at {@code colon}. */
    static int nameEnd(List<Word> words, int colon) {
        int end = colon;
        if (end > 0 && words.get(end - 1).text().equals(")")) {
            while (end > 0 && !words.get(end - 1).text().equals("(")) {
                end--;
            }
            end--;
        }
        return end;
    }

    /**
     * The index of the colon right after a party and state in parentheses at {@code i} ("(R-IN):", "(D-Calif.):",
     * {@link PartyLabel}), or -1: the words up to the closing parenthesis, at most {@value #MAX_PARTY_WORDS}
     * inside, spell one.
     */
    private static int partyEnd(List<Word> words, int i) {
        if (!words.get(i).text().equals("(")) {
            return -1;
        }
        StringBuilder party = new StringBuilder("(");
        for (int j = i + 1; j < words.size() && j <= i + MAX_PARTY_WORDS + 1; j++) {
            party.append(words.get(j).text());
            if (words.get(j).text().equals(")")) {
                boolean colon = j + 1 < words.size() && words.get(j + 1).text().equals(":");
                return colon && PartyLabel.is(party) ? j + 1 : -1;
            }
        }
        return -1;
    }
}
