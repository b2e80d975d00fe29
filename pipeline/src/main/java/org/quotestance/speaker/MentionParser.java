package org.quotestance.speaker;

import java.util.List;

import org.quotestance.lexicon.SpeakerLexicon;
import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.lexicon.WordSet;
import org.quotestance.text.Word;

/**
 * Finds the speaker in a stretch of words: the subject before a speech cue ("Iranian Deputy Foreign
 * Minister Abbas Araqchi said"), or the phrase after an inverted cue ("said the minister"). Without a
 * parser, it reads the shape of the phrase: runs of capitalised words, title and role words,
 * honorifics, organisation heads and pronouns (see {@link SpeakerLexicon}).
 *
 * <p>Preference, left to right: a person's name of two or more words, then any name, then an
 * organisation, then a nominal with a role head ("the senior diplomat"), then a pronoun.
 */
public final class MentionParser {

    private static final WordSet NOT_NAMES = WordSet.of(
            "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "during", "while",
            "when", "if", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our", "he",
            "she", "they", "we", "i", "you", "there", "some", "many", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "meanwhile", "however", "also",
            "speaking", "according", "not", "no", "both", "all", "each", "every", "other", "another", "such",
            "for", "from", "with", "by", "to", "of", "so", "yet", "still", "then", "now", "today", "yesterday",
            "last", "next", "earlier", "later", "new", "once", "only", "having", "my", "your", "me", "him",
            "them", "us", "here", "even", "just", "despite", "instead", "finally", "first", "second", "perhaps",
            "maybe", "already", "again", "though", "although", "because", "since", "until", "unless", "whether",
            "what", "which", "who", "how", "why", "where", "most", "more", "much", "few", "any", "none", "very",
            "well", "tonight", "asked", "given", "like", "unlike", "among", "additionally", "moreover",
            "furthermore", "nevertheless", "similarly", "likewise", "lastly", "notably", "importantly", "overall",
            "thus", "therefore", "hence", "indeed", "besides", "accordingly", "consequently", "separately",
            "previously", "recently");
    private static final WordSet CONNECTORS = WordSet.of("of", "for", "in", "at", "on", "the", "and", "’s", "'s",
            "’", "'", "s", "-", ".");

    private static final int MAX_NOUN_PHRASE = 7;
    /** A role ending in one of these ("a spokesman for", "an analyst at") names whom the speaker works for. */
    private static final WordSet PREPOSITIONS = WordSet.of("for", "of", "at", "in", "from", "with");
    /** Prepositions that open an adverbial before a sentence's subject ("In a speech in Ohio, X …"). */
    private static final WordSet OPENING_ADVERBIALS = WordSet.of("in", "at", "on", "during", "after", "before",
            "from", "with", "since", "despite", "amid", "following", "for");
    /** Particles and prepositions that show a clause's first word to be a verb, not a name. */
    private static final WordSet NOT_AFTER_OPENING_NAME = WordSet.of("by", "out", "up", "on", "off", "to", "about",
            "into", "over", "back", "down", "your", "our", "my", "it", "this", "that", "these", "those");
    private static final WordSet COMPLEMENTIZERS = WordSet.of("that", "this");
    /** A phrase with one of these is a clause ("the states were exaggerating"), not a speaker. */
    private static final WordSet AUXILIARIES = WordSet.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "should", "must", "may", "might", "do", "does", "did");
    private static final WordSet NOUN_PHRASE_STARTS = WordSet.of("the", "a", "an", "one", "another", "two",
            "three", "several", "some", "many");

    private final SpeakerLexicon lexicon = SpeakerLexicon.get();
    private final OrganisationNames organisations = OrganisationNames.get();

    /** The speaker among {@code words[from, to)}, or null. */
    public MentionCandidate parse(List<Word> words, int from, int to) {
        if (from < to && lexicon.isSpeakerPronoun(withoutClitic(words.get(from).lower()))) {
            return pronoun(words, from, from + 1);
        }
        MentionCandidate name = null;
        MentionCandidate anyName = null;
        MentionCandidate organisation = null;
        int i = from;
        int organisationEnd = -1;
        while (i < to) {
            if (!isNameWord(words.get(i)) && !isNewBeforeName(words, i, to)) {
                i++;
                continue;
            }
            int heading = headingEnd(words, from, i, to);
            if (heading > i) {
                i = heading; // "THE BORROWING Back when …", "WASHINGTON --": a heading or dateline, no speaker
                continue;
            }
            int runEnd = runEnd(words, i, to);
            MentionCandidate candidate = continuesOrganisation(words, organisationEnd, i)
                    ? null : classifyRun(words, from, i, runEnd, to);
            if (candidate != null && candidate.mentionType().equals("ORGANIZATION")
                    || continuesOrganisation(words, organisationEnd, i)) {
                organisationEnd = runEnd;
            }
            if (candidate != null) {
                if (candidate.mentionType().equals("ORGANIZATION")) {
                    organisation = organisation == null ? candidate : organisation;
                } else if (candidate.name().indexOf(' ') > 0) {
                    name = name == null ? candidate : name;
                } else {
                    anyName = anyName == null ? candidate : anyName;
                }
            }
            i = runEnd;
        }
        if (name != null) {
            return name;
        }
        if (anyName != null) {
            return anyName;
        }
        if (organisation != null) {
            return organisation;
        }
        MentionCandidate nominal = nominal(words, from, to);
        if (nominal != null) {
            return nominal;
        }
        MentionCandidate pronoun = pronoun(words, from, to);
        return pronoun != null ? pronoun : nounPhrase(words, from, to);
    }

    /**
     * Whether a mention that {@link #parse} finds in words from {@code w} on can begin at {@code w}: every mention
     * begins at a pronoun, a name word ("New" among them), a title or honorific, a determiner, a role or group noun,
     * or a noun phrase's first word ("one"), whichever words follow. Most words ("said", "would", ",") begin
     * none, and need no parse.
     */
    public boolean mayBeginAt(Word w) {
        String lower = w.lower();
        return isNameWord(w) || w.text().equals("New") || lexicon.isDeterminer(lower) || lexicon.isTitleWord(lower)
                || lexicon.isHonorific(lower) || lexicon.isRoleHead(lower) || NOUN_PHRASE_STARTS.contains(lower)
                || lexicon.isSpeakerPronoun(withoutClitic(lower)) || lexicon.isGroupNoun(lower);
    }

    /**
     * The person named with a role among {@code words[from, to)} ("Deputy Foreign Minister Abbas Araqchi"), or null:
     * {@link #parse}'s choice when it is one. A role holds a title word ({@link #role}), so words without one are
     * not parsed at all: most clauses of an article name nobody with a title.
     */
    public MentionCandidate titledName(List<Word> words, int from, int to) {
        if (!hasTitleWordBeforeName(words, from, to)) {
            return null;
        }
        MentionCandidate c = parse(words, from, to);
        return c != null && c.kind().equals("PERSON") && c.mentionType().equals("NAME") && !c.role().isEmpty()
                ? c : null;
    }

    /**
     * A title word before the last name word of {@code words[from, to)}: a titled name's role stands before the last
     * word of its name, which is a name word ({@link #runEnd}). Most clauses hold no name word after a title word
     * ("told us", "the president said"), and need no parse.
     */
    private boolean hasTitleWordBeforeName(List<Word> words, int from, int to) {
        int lastName = to - 1;
        while (lastName > from && !isNameWord(words.get(lastName))) {
            lastName--;
        }
        for (int i = from; i < lastName; i++) {
            if (lexicon.isTitleWord(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a sentence's main clause, for a participle that continues it ("X did this,
     * saying …"): the speaker in its first clause, or in the second when the first is an adverbial
     * ("On Monday, X …").
     */
    public MentionCandidate parseLeftmost(List<Word> words, int from, int to) {
        int start = from;
        for (int clause = 0; clause < 2 && start < to; clause++) {
            int end = start;
            while (end < to && !words.get(end).isClauseBreak()) {
                end++;
            }
            if (clause == 0 && end < to && OPENING_ADVERBIALS.contains(words.get(start).lower())) {
                // "In a victory speech in Westchester County on Tuesday night, Mr. Trump …": the place is no subject
                start = end + 1;
                continue;
            }
            MentionCandidate c = openingName(words, start, end);
            if (c == null) {
                c = parse(words, start, end);
            }
            if (c != null) {
                return c;
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * The name a clause opens with, read alone ("Reid frequently mocked Romney …": Reid): the
     * subject stands first, and a name further on is more often the main verb's object.
     */
    private MentionCandidate openingName(List<Word> words, int from, int to) {
        int end = from;
        while (end < to && words.get(end).isLetters() && words.get(end).isCapitalized()) {
            end++;
        }
        String next = end < to ? words.get(end).lower() : "";
        if (end == from || end == to || NOT_AFTER_OPENING_NAME.contains(next) || PREPOSITIONS.contains(next)
                || lexicon.isDeterminer(next) || lexicon.isDeterminer(words.get(from).lower())) {
            // "Chastened by the analyses, Trump …", "Check out the website …": a participle or an imperative
            return null;
        }
        MentionCandidate c = parse(words, from, end);
        return c != null && c.mentionType().equals("NAME") ? c : null;
    }

    /**
     * "the announcer", "a friend", "one Democratic source on the panel", "the letter": a short phrase
     * opening with a determiner that stands alone as the subject; its head is no known role.
     */
    private MentionCandidate nounPhrase(List<Word> words, int from, int to) {
        if (to - from < 2 || to - from > MAX_NOUN_PHRASE || !NOUN_PHRASE_STARTS.contains(words.get(from).lower())) {
            return null;
        }
        for (int i = from + 1; i < to; i++) {
            Word w = words.get(i);
            if (!w.isLetters() && !w.text().equals("-") || AUXILIARIES.contains(w.lower())) {
                return null;
            }
        }
        String text = span(words, from, to);
        return new MentionCandidate(words.get(from).begin(), words.get(to - 1).end(), "NOMINAL", "PERSON", text,
                stripDeterminer(text));
    }

    private boolean isNameWord(Word w) {
        return w.isLetters() && w.isCapitalized() && !NOT_NAMES.contains(w.lower()) && !isContraction(w.lower());
    }

    /** "I've", "We’re", "Let's": a pronoun or verb with a clitic, not a name ("Trump's" is one). */
    private static boolean isContraction(String lower) {
        int apostrophe = apostrophe(lower);
        return apostrophe > 0 && (NOT_NAMES.contains(lower.substring(0, apostrophe))
                || lower.startsWith("let") && apostrophe == 3);
    }

    /** "i've" → "i", "they’re" → "they"; possessives and other words as they are. */
    private static String withoutClitic(String lower) {
        int apostrophe = apostrophe(lower);
        if (apostrophe <= 0) {
            return lower;
        }
        String clitic = lower.substring(apostrophe + 1);
        return CLITICS.contains(clitic) ? lower.substring(0, apostrophe) : lower;
    }

    private static int apostrophe(String lower) {
        return Math.max(lower.indexOf('\''), lower.indexOf('’'));
    }

    private static final WordSet CLITICS = WordSet.of("ve", "m", "ll", "d", "re");

    /** "New York", "New Jersey Gov. Chris Christie": "New" starts a name when a name word follows. */
    private boolean isNewBeforeName(List<Word> words, int i, int to) {
        return words.get(i).text().equals("New") && i + 1 < to && isNameWord(words.get(i + 1));
    }

    /** End (exclusive) of the run of capitalised words starting at {@code start}; hyphens and initials join. */
    private int runEnd(List<Word> words, int start, int to) {
        int i = start + 1;
        while (i < to) {
            Word w = words.get(i);
            if (isNameWord(w)) {
                i++;
            } else if ((w.text().equals("-") || w.text().equals(".")) && i + 1 < to && isNameWord(words.get(i + 1))
                    && words.get(i + 1).begin() - w.end() <= 1) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private MentionCandidate classifyRun(List<Word> words, int from, int start, int end, int to) {
        Word last = words.get(end - 1);
        if (isAllCaps(words, start, end) && !lexicon.isMajorPlace(span(words, start, end))) {
            // "FBI", "USA TODAY": an acronym or a name set in capitals is a body, not a person
            int begin = extendLeft(words, from, start);
            boolean determiner = begin < start && lexicon.isDeterminer(words.get(begin).lower());
            int orgBegin = determiner ? begin : start;
            return new MentionCandidate(words.get(orgBegin).begin(), last.end(), "ORGANIZATION", "ORGANIZATION",
                    span(words, start, end), "");
        }
        boolean worksFor = start > from && PREPOSITIONS.contains(words.get(start - 1).lower());
        if (organisations.names(words, start, end, lexicon) && !isModifier(words, end, to) && !worksFor) {
            // "Microsoft said", "according to Bloomberg": a company or outlet known by its name alone ("a
            // spokesman for Microsoft" is the spokesman, below)
            return new MentionCandidate(words.get(start).begin(), last.end(), "ORGANIZATION", "ORGANIZATION",
                    SpeakerLexicon.stripPossessive(span(words, start, end)), "");
        }
        boolean orgFollows = end < to && lexicon.isOrganisationHead(words.get(end).lower())
                && !words.get(end).isCapitalized();
        if (lexicon.isOrganisationHead(last.lower()) || orgFollows) {
            int orgEnd = orgFollows ? organisationEnd(words, end, to) : end;
            int begin = extendLeft(words, from, start);
            String text = span(words, begin, orgEnd);
            return new MentionCandidate(words.get(begin).begin(), words.get(orgEnd - 1).end(), "ORGANIZATION",
                    "ORGANIZATION", stripDeterminer(text), "");
        }
        if (isGroupNounRun(words, start, end) && !isModifier(words, end, to)) {
            // "Analysts said", "Labour MPs say": a group set in capitals, like "sources said"
            int begin = extendLeft(words, from, start);
            String text = span(words, begin, end);
            return new MentionCandidate(words.get(begin).begin(), last.end(), "NOMINAL", "GROUP", text,
                    stripDeterminer(text));
        }
        if (lexicon.isGroupName(last.lower()) && onlyTitleWordsBefore(words, start, end - 1)
                && !isModifier(words, end, to)) {
            // "Republicans said", "Iranians fear": a party or people speaking as one
            int begin = extendLeft(words, from, start);
            return new MentionCandidate(words.get(begin).begin(), last.end(), "ORGANIZATION", "ORGANIZATION",
                    span(words, start, end), "");
        }
        if (!isModifier(words, end, to) && lexicon.isMajorPlace(span(words, start, end))) {
            return new MentionCandidate(words.get(start).begin(), last.end(), "NAME", "GPE", span(words, start, end), "");
        }
        int nameStart = start;
        for (int i = start; i < end; i++) {
            String lower = words.get(i).lower();
            if (lexicon.isTitleWord(lower) || lexicon.isHonorific(lower) || lexicon.isOrganisationHead(lower)) {
                nameStart = i + 1;
            }
        }
        while (nameStart < end && !words.get(nameStart).isLetters()) {
            nameStart++;
        }
        boolean honorific = false;
        for (int i = start; i < nameStart; i++) {
            honorific |= lexicon.isHonorific(words.get(i).lower());
        }
        boolean possessive = last.lower().endsWith("'s") || last.lower().endsWith("’s")
                || end < to && (words.get(end).text().equals("'s") || words.get(end).text().equals("’s"));
        if (nameStart >= end || end - nameStart == 1 && (!honorific || possessive) && isModifier(words, end, to)) {
            // "Karabakh developments" names nobody; "Mrs. Clinton delivered" does
            return null;
        }
        int begin = extendLeft(words, from, start);
        if (nameStart == start && containsPlace(words, nameStart, end)) {
            // (after a title, "House Speaker Paul Ryan", the words are a person's name)
            // "Missouri Highway Patrol", "Manitoba Underdogs Rescue": a body named after a place
            return new MentionCandidate(words.get(begin).begin(), last.end(), "ORGANIZATION", "ORGANIZATION",
                    stripDeterminer(span(words, begin, end)), "");
        }
        if (begin < nameStart && PREPOSITIONS.contains(words.get(nameStart - 1).lower())) {
            // "a spokesman for Yukos": the name is whom the speaker works for, not the speaker
            String text = span(words, begin, end);
            return new MentionCandidate(words.get(begin).begin(), last.end(), "NOMINAL", "PERSON", text,
                    stripDeterminer(text));
        }
        String role = begin < nameStart ? role(words, begin, titleEnd(words, begin, nameStart)) : "";
        return new MentionCandidate(words.get(begin).begin(), last.end(), "NAME", "PERSON",
                span(words, nameStart, end), role);
    }

    /**
     * End of a heading or dateline set in capitals around {@code start}: two or more words in capitals
     * with a function word among them ("THE BORROWING"), three or more ("SAVE A QUARTER"), or a place
     * in capitals ("WASHINGTON --"); {@code start} when there is none. Looks no further back than {@code from}.
     */
    private int headingEnd(List<Word> words, int from, int start, int to) {
        int first = start;
        while (first > from && isCapitalsWord(words.get(first - 1))) {
            first--; // "THE BORROWING": the function word before is no name word but part of the heading
        }
        int i = first;
        boolean functionWord = false;
        while (i < to && isCapitalsWord(words.get(i))) {
            // "A" is written the same in a heading and in a sentence ("A CNN poll"), "THE" is not
            functionWord |= words.get(i).text().length() > 1 && NOT_NAMES.contains(words.get(i).lower());
            i++;
        }
        if (i - first >= 2 && functionWord || i - first >= 3) {
            return i;
        }
        Word w = words.get(start);
        return i - start == 1 && w.text().length() >= 4 && isCapitalsWord(w) && lexicon.isMajorPlace(w.text())
                ? i : start;
    }

    /** A word of two or more letters, all capitals ("FBI", "THE"), or a single capital "A". */
    private static boolean isCapitalsWord(Word w) {
        String t = w.text();
        if (t.equals("A")) {
            return true;
        }
        if (t.length() < 2) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isUpperCase(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private boolean isAllCaps(List<Word> words, int start, int end) {
        for (int i = start; i < end; i++) {
            Word w = words.get(i);
            if (w.isLetters() && (!isCapitalsWord(w) || w.text().length() < 2)
                    || lexicon.isTitleWord(w.lower()) || lexicon.isHonorific(w.lower())) {
                return false; // "the deputy FM", "MP": a title in capitals is still a title
            }
        }
        return true;
    }

    /** "Institute for Policy Integrity": a run joined by of/for/on to an organisation's name belongs to it. */
    private static boolean continuesOrganisation(List<Word> words, int organisationEnd, int runStart) {
        if (organisationEnd < 0 || runStart <= organisationEnd) {
            return false;
        }
        for (int k = organisationEnd; k < runStart; k++) {
            String w = words.get(k).lower();
            if (!w.equals("of") && !w.equals("for") && !w.equals("on") && !w.equals("the") && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    /** A country, division, region or large city among the words of a would-be person's name, but its last. */
    private boolean containsPlace(List<Word> words, int from, int to) {
        // the last word is where a surname stands ("John Bolton"); bodies put the place first
        for (int i = from; i < to - 1; i++) {
            if (lexicon.isMajorPlace(words.get(i).text())
                    || i + 1 < to && lexicon.isMajorPlace(span(words, i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Karabakh developments": a single capitalised word before a common noun names no speaker; before
     * an auxiliary ("Obama is", "Warren has") it is a subject.
     */
    private boolean isModifier(List<Word> words, int end, int to) {
        if (end >= to) {
            return false;
        }
        Word next = words.get(end);
        return next.isLetters() && !next.isCapitalized() && !AUXILIARIES.contains(next.lower()) && SpeechCueLexicon.speech().matchAt(words, end) == null && !CONNECTORS.contains(next.lower())
                && !lexicon.isTitleWord(next.lower()) && !lexicon.isOrganisationHead(next.lower());
    }

    /** Titles written before the name: capitalised or not, joined by of/for/in/'s. */
    private int extendLeft(List<Word> words, int from, int start) {
        int begin = start;
        int i = start - 1;
        while (i >= from) {
            Word w = words.get(i);
            String lower = w.lower();
            if (lexicon.isTitleWord(lower) || lexicon.isHonorific(lower) || isNameWord(w)) {
                begin = i;
            } else if (CONNECTORS.contains(lower) || lexicon.isDeterminer(lower)) {
                boolean insideTitle = i > from && (words.get(i - 1).lower().equals("of")
                        || words.get(i - 1).lower().equals("for"));
                if (lexicon.isDeterminer(lower) && !insideTitle) {
                    // "said that Trump is …": "that" before a name is the conjunction
                    begin = COMPLEMENTIZERS.contains(lower) && i + 1 == begin && isNameWord(words.get(begin)) ? begin : i;
                    break;
                }
            } else {
                break;
            }
            i--;
        }
        while (begin < start && CONNECTORS.contains(words.get(begin).lower())
                && !lexicon.isDeterminer(words.get(begin).lower())) {
            begin++;
        }
        return begin;
    }

    /** Honorifics at the end of a title ("Ayatollah Seyyed") belong to the name, not the role. */
    private int titleEnd(List<Word> words, int begin, int nameStart) {
        int end = nameStart;
        while (end > begin && lexicon.isHonorific(words.get(end - 1).lower())) {
            end--;
        }
        return end;
    }

    /** A group noun ("Analysts", "MPs") after nothing but title words ("Labour", "Senate"). */
    private boolean isGroupNounRun(List<Word> words, int start, int end) {
        String head = words.get(end - 1).lower();
        return !lexicon.isRoleHead(head) && lexicon.isGroupNoun(head) && onlyTitleWordsBefore(words, start, end - 1);
    }

    private boolean onlyTitleWordsBefore(List<Word> words, int start, int head) {
        for (int i = start; i < head; i++) {
            if (!lexicon.isTitleWord(words.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    private int organisationEnd(List<Word> words, int from, int to) {
        int i = from;
        while (i < to && lexicon.isOrganisationHead(words.get(i).lower())) {
            i++;
        }
        return i;
    }

    private MentionCandidate nominal(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (!lexicon.isRoleHead(w.lower()) && lexicon.isGroupNoun(w.lower())) {
                // "sources", "restructuring experts", "two Democratic speechwriters": a group
                int begin = extendLeft(words, from, i);
                String text = span(words, begin, i + 1);
                return new MentionCandidate(words.get(begin).begin(), w.end(), "NOMINAL", "GROUP", text,
                        stripDeterminer(text));
            }
            if (!lexicon.isRoleHead(w.lower())) {
                continue;
            }
            int end = i + 1;
            for (int j = i + 1; j < to && lexicon.isTitleWord(words.get(j).lower()); j++) {
                if (lexicon.isRoleHead(words.get(j).lower())) {
                    end = j + 1;
                }
            }
            int begin = extendLeft(words, from, i);
            String text = span(words, begin, end);
            return new MentionCandidate(words.get(begin).begin(), words.get(end - 1).end(), "NOMINAL", "PERSON",
                    text, stripDeterminer(text));
        }
        return null;
    }

    private MentionCandidate pronoun(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            String pronoun = withoutClitic(w.lower());
            if (lexicon.isSpeakerPronoun(pronoun)) {
                String kind = lexicon.isPersonPronoun(pronoun) ? "PERSON" : "ORGANIZATION";
                return new MentionCandidate(w.begin(), w.end(), "PRONOUN", kind, w.text(), "");
            }
        }
        return null;
    }

    /**
     * The words before a name as a role: without determiners and conjunctions at either edge ("the",
     * "prime minister and"), and empty unless a title word is left ("a" or "Said" is no role).
     */
    private String role(List<Word> words, int begin, int end) {
        while (begin < end && isRoleEdge(words.get(begin).lower())) {
            begin++;
        }
        while (end > begin && isRoleEdge(words.get(end - 1).lower())) {
            end--;
        }
        for (int i = begin; i < end; i++) {
            if (lexicon.isTitleWord(words.get(i).lower())) {
                return span(words, begin, end);
            }
        }
        return "";
    }

    private boolean isRoleEdge(String lower) {
        return lexicon.isDeterminer(lower) || lower.equals("and") || lower.equals("or") || lower.equals(",");
    }

    private String stripDeterminer(String text) {
        int space = text.indexOf(' ');
        if (space > 0 && lexicon.isDeterminer(text.substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
            return text.substring(space + 1);
        }
        return text;
    }

    /** The words {@code [from, to)} joined as they stand in the text (no space before "'s", "-" or "."). */
    static String span(List<Word> words, int from, int to) {
        if (to == from + 1) {
            return words.get(from).text(); // most runs are one word: no new string to build and hash
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (i > from && w.begin() > words.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }
}
