package org.quotestance.quote;

import java.util.List;
import java.util.Set;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.speaker.MentionParser;
import org.quotestance.text.Word;

/**
 * Reported speech: {@code X said (that) …}, {@code X noted/stressed/warned that …}, inverted
 * {@code …, X said.}, {@code according to X, …}, {@code X told the conference that …},
 * {@code X voiced support for …}, and participles that continue the same speaker
 * ({@code …, adding that …}). The quote's span is the reported content, the cue is the verb.
 * Content with quoted words inside becomes a MIXED quote; content that is itself a whole quotation
 * is left to {@link DirectQuoteAnnotator}.
 */
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "org.quotestance.type.Boilerplate", "org.quotestance.type.Headline" },
        outputs = { "org.quotestance.type.Quote", "org.quotestance.type.SpeechCue",
                "org.quotestance.type.SpeakerMention" })
public class IndirectQuoteAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MIN_CONTENT_WORDS = "minContentWords";
    @ConfigurationParameter(name = PARAM_MIN_CONTENT_WORDS, mandatory = false, defaultValue = "3",
            description = "Reported content shorter than this many words is not a quote")
    private int minContentWords;

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are", "being");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "s", "this", "that", "as");
    private static final Set<String> OBJECT_CUES = Set.of("tell", "ask", "urge", "assure", "brief", "warn",
            "quote", "remind", "inform");
    private static final Set<String> SKIPPED_BEFORE_CONTENT = Set.of(",", ":", "however", "also", "on",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** A noun phrase of up to this many words, a comma and the subject: an apposition ("The Democratic candidates, …"). */
    private static final int MAX_APPOSED_PHRASE_WORDS = 4;
    private static final Set<String> CIRCUMSTANCE = Set.of("during", "at", "in", "on", "after", "before",
            "while", "when", "to", "from", "with", "last", "earlier", "later", "this", "via", ".");

    /** Conjunctions after which a clause of its own can report someone else's words. */
    private static final Set<String> COORDINATORS = Set.of("but", "and", "though", "although", "while",
            "whereas", "yet", ";");
    private static final int MAX_COORDINATED_SUBJECT = 5;

    /**
     * Words after a cue that begin no content: "responded by blocking …", "heard from …" (16 of 22 and 5 of 7 such
     * rule quotes on the fitted nine tenths of PolNeAR train are no attribution), "pledged delegates"; unless a
     * that-clause follows in the content, which is then what was said.
     */
    private static final Set<String> NOT_CONTENT_STARTS = Set.of("by", "from", "delegates");
    /** "by phone", "from her hospital bed": how far such an adjunct may run before its that-clause. */
    private static final int MAX_ADJUNCT_WORDS = 5;
    /** "he said last month that …", "said in a statement that …": the that-clause after the circumstance. */
    private static final AdjunctThat THAT_AFTER_CIRCUMSTANCE = new AdjunctThat(CIRCUMSTANCE, MAX_ADJUNCT_WORDS, false);

    private final SpeechCueLexicon cues = SpeechCueLexicon.speech();
    private final AttributionFinder attributions = new AttributionFinder();
    private final MentionParser parser = new MentionParser();

    @Override
    public void process(JCas jcas) {
        ArticleView view = ArticleView.of(jcas);
        QuoteFactory quotes = new QuoteFactory(jcas);
        for (ArticleView.Para para : view.paragraphs()) {
            for (int[] sentence : para.sentences()) {
                annotateSentence(quotes, view, para.words(), sentence[0], sentence[1]);
            }
        }
    }

    private void annotateSentence(QuoteFactory quotes, ArticleView view, List<Word> words, int from, int to) {
        int end = Word.endBeforeFinalPunctuation(words, from, to);
        MentionCandidate sentenceSpeaker = null;
        int c = from;
        while (c < end) {
            SpeechCueLexicon.Match cue = view.insideQuotation(words.get(c)) ? null : cues.matchAt(words, c);
            if (cue == null || cue.directOnly() || c > from && isNotAVerb(words.get(c - 1), words.get(c))) {
                c++;
                continue;
            }
            Reported reported = cue.lemma().equals("according to")
                    ? accordingTo(words, from, end, cue)
                    : reportingVerb(view, words, from, end, cue, sentenceSpeaker);
            if (reported != null) {
                addQuote(quotes, view, words, reported);
                // "“…,” the mayor said, adding that …": the participle continues the speaker
                // even when the first report's content is a direct quote
                sentenceSpeaker = reported.attribution().speaker();
            }
            c = cue.lastWord() + 1;
        }
    }

    private record Reported(int from, int to, Attribution attribution) {
    }

    private Reported accordingTo(List<Word> words, int from, int end, SpeechCueLexicon.Match cue) {
        int speakerFrom = cue.lastWord() + 1;
        int speakerTo = AttributionFinder.clauseEnd(words, speakerFrom, end);
        MentionCandidate speaker = parser.parse(words, speakerFrom, speakerTo);
        if (speaker == null) {
            return null;
        }
        Attribution attribution = attribution(words, cue, speaker);
        if (cue.firstWord() == from) {
            return new Reported(speakerTo + 1, end, attribution);
        }
        int contentEnd = cue.firstWord();
        while (contentEnd > from && words.get(contentEnd - 1).text().equals(",")) {
            contentEnd--;
        }
        return new Reported(from, contentEnd, attribution);
    }

    private Reported reportingVerb(ArticleView view, List<Word> words, int from, int end, SpeechCueLexicon.Match cue,
            MentionCandidate sentenceSpeaker) {
        int c = cue.firstWord();
        int beforeCue = c - 1 > from && CueAdverbs.is(words.get(c - 1)) ? c - 2 : c - 1; // ", even suggesting"
        boolean participle = words.get(c).lower().endsWith("ing") && beforeCue >= from
                && words.get(beforeCue).text().equals(",");
        boolean afterComma = c > from && (words.get(c - 1).text().equals(",") || words.get(c - 1).isQuoteMark());
        MentionCandidate subject;
        if (participle) {
            subject = sentenceSpeaker != null ? sentenceSpeaker : parser.parseLeftmost(words, from, c - 1);
        } else if (afterComma && (subject = speakerAfterCue(words, cue, end)) != null) {
            // "…, said the minister."
            int contentEnd = c;
            while (contentEnd > from && (words.get(contentEnd - 1).text().equals(",")
                    || words.get(contentEnd - 1).isQuoteMark())) {
                contentEnd--;
            }
            return new Reported(from, contentEnd, attribution(words, cue, subject));
        } else {
            subject = attributions.subjectBefore(words, from, c);
        }
        MentionCandidate speaker = subject;
        int after = cue.lastWord() + 1;
        if (cue.lemma().equals("quote")) {
            // "Interfax quoted Rudenko as saying": Rudenko is the speaker
            int as = indexOf(words, "as", after, Math.min(end, after + 8));
            if (as < 0) {
                return null;
            }
            speaker = parser.parse(words, after, as);
            after = as + 1;
            while (after < end && cues.matchAt(words, after) != null) {
                after++;
            }
        }
        if (speaker == null || subject == null) {
            return null;
        }
        Attribution attribution = attribution(words, cue, speaker);
        int subjectStart = ArticleView.wordAt(words, subject.begin());
        boolean attributesQuotation = !participle && attributesQuotation(view, words, from, subjectStart);
        if (attributesQuotation || !participle && isInverted(words, from, subjectStart, after, end)) {
            int contentEnd = subjectStart;
            while (contentEnd > from && !words.get(contentEnd - 1).text().equals(",")) {
                contentEnd--;
            }
            if (!attributesQuotation && isParenthetical(words, from, after, end)) {
                // "African-Americans, he said, can rock like Jimi": the report runs on after the attribution
                return new Reported(from, end, attribution);
            }
            return contentEnd > from + 1 ? new Reported(from, contentEnd - 1, attribution) : null;
        }
        if (OBJECT_CUES.contains(cue.lemma()) && !cue.lemma().equals("quote")) {
            int that = indexOf(words, "that", after, Math.min(end, after + 8));
            if (that < 0) {
                return null;
            }
            after = that; // PolNeAR's content starts at "that", as after any other cue
        }
        while (after < end && SKIPPED_BEFORE_CONTENT.contains(words.get(after).lower())) {
            after++;
        }
        int that = THAT_AFTER_CIRCUMSTANCE.find(words, after, end);
        if (that >= 0) {
            after = that; // PolNeAR's content starts at "that", as after any other cue
        }
        return new Reported(after, contentEnd(words, after, end), attribution);
    }

    /** {@code Content, X said (during the visit).}: the speaker's clause comes after a comma and ends the sentence. */
    private boolean isInverted(List<Word> words, int from, int subjectStart, int after, int end) {
        int comma = subjectStart - 1;
        while (comma > from && subjectStart - comma <= 3 && !words.get(comma).text().equals(",")) {
            comma--;
        }
        if (comma <= from || !words.get(comma).text().equals(",")
                || COORDINATORS.contains(words.get(comma + 1).lower())) {
            return false; // "…, and Ellen Marsh is promising to help …" is a report of its own
        }
        if (isWholeMention(words, from, comma) && !isParenthetical(words, from, after, end)) {
            return false; // "Ivanka Trump, the nominee's eldest daughter, noted …": a name and its apposition
        }
        boolean nothingReportedAfter = after >= end || words.get(after).text().equals(",")
                || CIRCUMSTANCE.contains(words.get(after).lower()) && THAT_AFTER_CIRCUMSTANCE.find(words, after, end) < 0;
        String first = words.get(from).lower();
        boolean adverbialOpener = CIRCUMSTANCE.contains(first)
                || AdverbialOpeners.opens(first) && !isParenthetical(words, from, after, end);
        // "At the rally, X said" is an adjunct before the speaker; "At private courses, members may pay more …" a report
        boolean startsWithAdverbial = first.endsWith("ing")
                || adverbialOpener && AdverbialOpeners.isPhraseOnly(words, from, comma);
        return nothingReportedAfter && !startsWithAdverbial;
    }

    /**
     * The words are one name or a short noun phrase ("Ivanka Trump", "The Democratic candidates"); the parser takes
     * longer runs opened by "the" for a role ("The treatment plan changed after the visit"), which are clauses.
     */
    private boolean isWholeMention(List<Word> words, int from, int to) {
        MentionCandidate m = parser.parse(words, from, to);
        boolean whole = m != null && m.begin() == words.get(from).begin() && m.end() == words.get(to - 1).end();
        return whole && (!m.mentionType().equals("NOMINAL") || to - from <= MAX_APPOSED_PHRASE_WORDS);
    }

    /**
     * {@code “…,” he said of the claim}, {@code “… world?” Lichtman said about …}: the speaker's clause right after a
     * quotation that opens its sentence (or closes the sentence before with a question or an exclamation) attributes
     * that quotation, so what follows the cue is an adjunct of the attribution, not reported content. A title before
     * the speaker ({@code In an interview on “Face the Nation,” Ryan said …}) does not open the sentence.
     */
    private static boolean attributesQuotation(ArticleView view, List<Word> words, int from, int subjectStart) {
        int mark = subjectStart - 1;
        boolean commaAfter = mark > from && words.get(mark).text().equals(",");
        if (commaAfter) {
            mark--;
        }
        if (mark < 1 || !words.get(mark).isQuoteMark()) {
            return false;
        }
        String last = words.get(mark - 1).text();
        boolean question = last.equals("?") || last.equals("!");
        if (mark < from) {
            return question && view.insideQuotation(words.get(mark - 1));
        }
        // a title needs no comma: "“The Apprentice” star said …"
        boolean spoken = question || last.equals(",") || commaAfter;
        return spoken && mark > from && words.get(from).isQuoteMark()
                && view.isQuoted(words.get(from).begin(), words.get(mark).end());
    }

    /**
     * {@code Content, X said, content.}: the attribution stands inside the sentence between commas and
     * the sentence goes on after it with words of its own (not a quotation, which is a direct quote).
     */
    private boolean isParenthetical(List<Word> words, int from, int after, int end) {
        if (after + 1 >= end || !words.get(after).text().equals(",") || words.get(from).isQuoteMark()) {
            return false;
        }
        int rest = 0;
        for (int i = after + 1; i < end; i++) {
            if (words.get(i).isQuoteMark() && i == after + 1 || cues.matchAt(words, i) != null && i == after + 1) {
                return false;
            }
            rest += words.get(i).isLetters() ? 1 : 0;
        }
        return rest >= minContentWords;
    }

    /**
     * Content ends at the sentence end, before a participle that starts another report
     * (", adding …") or before a coordinated cue ("… and said, “…”").
     */
    private int contentEnd(List<Word> words, int from, int end) {
        for (int k = from + 1; k + 1 < end; k++) {
            String w = words.get(k).text();
            // ", even suggesting …", "and also said …"
            int next = k + 2 < end && CueAdverbs.is(words.get(k + 1)) ? k + 2 : k + 1;
            boolean participle = w.equals(",") && words.get(next).lower().endsWith("ing");
            boolean coordinated = w.equals("and");
            if ((participle || coordinated) && cues.matchAt(words, next) != null) {
                return k;
            }
            boolean mainClause = w.equals(",") && k - from >= minContentWords && startsOwnReport(words, k + 1, end)
                    && !parentheticalCueAt(words, k + 1, end);
            if (mainClause) {
                // "… that all agreed Pence won the debate, Mark Z. Barabak noted that …"
                return k;
            }
            if (COORDINATORS.contains(words.get(k).lower()) && startsOwnReport(words, k + 1, end)) {
                // "… wait, but he said that …": the next report has a speaker of its own
                int stop = k;
                while (stop > from + 1 && words.get(stop - 1).isClauseBreak()) {
                    stop--;
                }
                return stop;
            }
        }
        return end;
    }

    /** "…, officials noted, …": the report after {@code words[at]} is set off by commas inside the content. */
    private boolean parentheticalCueAt(List<Word> words, int at, int end) {
        for (int c = at + 1; c < end && c - at <= MAX_COORDINATED_SUBJECT; c++) {
            SpeechCueLexicon.Match cue = cues.matchAt(words, c);
            if (cue != null) {
                int after = cue.lastWord() + 1;
                return after < end && words.get(after).text().equals(",");
            }
        }
        return false;
    }

    /**
     * {@code words[at]} opens a clause whose subject (a pronoun or a short name or nominal) is
     * followed by a speech verb: "he said", "Republicans argued", "the mayor also noted".
     */
    private boolean startsOwnReport(List<Word> words, int at, int end) {
        for (int c = at + 1; c < end && c - at <= MAX_COORDINATED_SUBJECT; c++) {
            if (words.get(c).isClauseBreak()) {
                return false;
            }
            SpeechCueLexicon.Match cue = cues.matchAt(words, c);
            if (cue == null || cue.directOnly() || isNotAVerb(words.get(c - 1), words.get(c))) {
                continue;
            }
            if (OBJECT_CUES.contains(cue.lemma())
                    && indexOf(words, "that", cue.lastWord() + 1, Math.min(end, cue.lastWord() + 9)) < 0) {
                return false; // "he urged North Korea to resume talks" is not taken as a report of its own
            }
            MentionCandidate subject = attributions.subjectBefore(words, at, c);
            return subject != null && subject.begin() == words.get(at).begin();
        }
        return false;
    }

    private void addQuote(QuoteFactory quotes, ArticleView view, List<Word> words, Reported reported) {
        if (reported.to() - reported.from() < minContentWords) {
            return;
        }
        if (NOT_CONTENT_STARTS.contains(words.get(reported.from()).lower())) {
            // "said by phone that …", "said from her hospital bed that …": the content is the that-clause, "that"
            // included as PolNeAR draws it
            int that = indexOf(words, "that", reported.from() + 1,
                    Math.min(reported.to(), reported.from() + MAX_ADJUNCT_WORDS + 1));
            if (that < 0 || reported.to() - that - 1 < minContentWords) {
                return;
            }
            reported = new Reported(that, reported.to(), reported.attribution());
        }
        Word first = words.get(reported.from());
        if (cues.matchAt(words, reported.from()) != null || isEditorsNote(words, reported.from(), reported.to())) {
            return;
        }
        int begin = first.begin();
        int end = words.get(reported.to() - 1).end();
        if (view.quotationStraddles(begin)) {
            return;
        }
        QuoteType type = QuoteType.INDIRECT;
        List<Quotation> quotations = view.quotations();
        for (int i = view.firstQuotationFrom(begin); i < quotations.size() && quotations.get(i).begin() < end; i++) {
            Quotation q = quotations.get(i);
            if (q.begin() == begin && q.end() >= end) {
                return;
            }
            type = QuoteType.MIXED;
            end = Math.max(end, q.end());
        }
        quotes.add(begin, end, type, reported.attribution());
    }

    /**
     * "Editor's note: Donald Trump is a serial liar … who has repeatedly pledged to …": the label of a note the
     * outlet appends (HuffPost's, under 16 of the 756 fitted PolNeAR train articles) opens no reported content.
     */
    private static boolean isEditorsNote(List<Word> words, int from, int to) {
        if (!words.get(from).lower().startsWith("editor")) {
            return false;
        }
        for (int i = from + 1; i < Math.min(to, from + 4); i++) {
            if (words.get(i).lower().equals("note")) {
                return i + 1 < to && words.get(i + 1).text().equals(":");
            }
        }
        return false;
    }

    private static Attribution attribution(List<Word> words, SpeechCueLexicon.Match cue, MentionCandidate speaker) {
        return new Attribution(speaker, words.get(cue.firstWord()).begin(), words.get(cue.lastWord()).end(),
                cue.lemma());
    }

    /** After "was" the cue is passive (but "was saying" is not); after a determiner or possessive it is an adjective ("the proposed plan");
     * after "as" it belongs to "quoted X as saying". */
    private static boolean isNotAVerb(Word previous, Word cue) {
        String p = previous.lower();
        // "is promising to help", "was telling": the progressive is active
        boolean progressive = cue.lower().endsWith("ing") && PASSIVE.contains(p) && !p.equals("being");
        return PASSIVE.contains(p) && !progressive || DETERMINERS.contains(p);
    }

    /** The speaker right after the cue when it fills the clause there ("said Peter Morgan, a lawyer"). */
    private MentionCandidate speakerAfterCue(List<Word> words, SpeechCueLexicon.Match cue, int end) {
        int after = cue.lastWord() + 1;
        int clauseEnd = AttributionFinder.clauseEnd(words, after, end);
        MentionCandidate speaker = parser.parse(words, after, clauseEnd);
        // "…, said the minister", not "…, X said on Twitter"
        return speaker != null && clauseEnd > after && speaker.end() == words.get(clauseEnd - 1).end()
                && speaker.begin() == words.get(after).begin() ? speaker : null;
    }

    private static int indexOf(List<Word> words, String lower, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).lower().equals(lower)) {
                return i;
            }
        }
        return -1;
    }
}
