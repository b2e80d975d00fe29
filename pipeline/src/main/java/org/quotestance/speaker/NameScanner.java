package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.quotestance.lexicon.SpeakerLexicon;
import org.quotestance.lexicon.WordList;
import org.quotestance.lexicon.WordSet;

/**
 * Finds, in raw text and without tokenising it, the people it names in full ("Given Surname", with an optional
 * middle name or initial), with the honorifics and title words right before them ("former President Bill
 * Clinton", "Mrs. Hillary Clinton"), and the honorific or title phrases before a surname alone ("Mrs. Clinton",
 * "Sen. Sanders"). Cheap enough to run over a whole corpus before it is annotated.
 */
public final class NameScanner {

    private static final WordSet NOT_GIVEN = WordSet.of(WordList.lines(NameScanner.class,
            "/org/quotestance/speaker/not-given-names.txt"));
    private static final WordSet NOT_SURNAMES = WordSet.of(WordList.lines(NameScanner.class,
            "/org/quotestance/speaker/not-surnames.txt"));

    /** One name found: the given and surname words (null given for a surname alone), and what stood before it. */
    public record Found(String given, String surname, char gender, List<String> titles, int begin) {

        public boolean isFullName() {
            return given != null;
        }
    }

    private NameScanner() {
    }

    /**
     * The last text each annotating thread scanned, and what it found (the speaker linker and the stance annotator
     * scan the same document). It keeps at most one document per thread alive, replaced by the thread's next scan:
     * bounded by the number of annotating threads (annotate --threads), and released with them.
     */
    private static final ThreadLocal<Object[]> LAST_SCAN = new ThreadLocal<>();

    /** Every full name, and every surname alone that an honorific or title introduces, in text order (a read-only list). */
    public static List<Found> scan(String text) {
        Object[] last = LAST_SCAN.get();
        if (last != null && last[0] == text) {
            @SuppressWarnings("unchecked")
            List<Found> found = (List<Found>) last[1];
            return found;
        }
        List<Found> found = List.copyOf(scanAll(text));
        LAST_SCAN.set(new Object[] { text, found });
        return found;
    }

    private static List<Found> scanAll(String text) {
        List<Found> found = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        // the lower-case words as [begin, end) pairs: only a given name at a sentence start is looked up among them
        int[] lowerCaseWords = new int[64];
        int lowerCaseCount = 0;
        int previousEnd = -1;
        // read from an array: String.charAt of a text with a non-Latin-1 character is a call per character under C1
        char[] chars = text.toCharArray();
        int n = chars.length;
        for (int start = nextWord(chars, 0); start < n; start = nextWord(chars, previousEnd)) {
            int end = wordEnd(chars, start);
            boolean capital = Character.isUpperCase(chars[start]);
            boolean joined = previousEnd >= 0 && start == previousEnd + 1 && chars[previousEnd] == ' ';
            if (!capital || !joined) {
                read(text, run, found);
                run.clear();
            }
            if (capital) {
                run.add(new int[] { start, end });
            } else {
                if (2 * lowerCaseCount + 2 > lowerCaseWords.length) {
                    lowerCaseWords = java.util.Arrays.copyOf(lowerCaseWords, 2 * lowerCaseWords.length);
                }
                lowerCaseWords[2 * lowerCaseCount] = start;
                lowerCaseWords[2 * lowerCaseCount + 1] = end;
                lowerCaseCount++;
            }
            previousEnd = end;
        }
        read(text, run, found);
        // "Should Trump win, ...": a capital that only the start of a sentence gives is no given name
        int[] spans = lowerCaseWords;
        int count = lowerCaseCount;
        found.removeIf(f -> f.isFullName() && isSentenceStart(text, f.begin())
                && isAmong(text, spans, count, f.given().toLowerCase(Locale.ROOT)));
        return found;
    }

    /** Whether one of the {@code count} words {@code spans} holds is spelled {@code word}. */
    private static boolean isAmong(String text, int[] spans, int count, String word) {
        for (int i = 0; i < count; i++) {
            int begin = spans[2 * i];
            if (spans[2 * i + 1] - begin == word.length() && text.startsWith(word, begin)) {
                return true;
            }
        }
        return false;
    }

    /*
     * A word is a letter, then letters, marks, apostrophes, hyphens and full stops. Read by hand rather than with a
     * regular expression: the scan runs over every document of the corpus, in the first pass and again in the
     * speaker linker.
     */

    /** Where the first word at or after {@code from} starts (the text's length if none does). */
    private static int nextWord(char[] text, int from) {
        int i = from;
        int n = text.length;
        while (i < n) {
            char ch = text[i];
            if (ch < 0x80) {  // ASCII, most of the text: no code point or Unicode table needed
                if (isAsciiLetter(ch)) {
                    return i;
                }
                i++;
                continue;
            }
            int c = Character.isHighSurrogate(ch) ? Character.codePointAt(text, i) : ch;
            if (Character.isLetter(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return n;
    }

    /** Where the word that starts at {@code start} ends. */
    private static int wordEnd(char[] text, int start) {
        int i = start + charCountAt(text, start);
        int n = text.length;
        while (i < n) {
            char ch = text[i];
            if (ch < 0x80) {
                if (!isAsciiLetter(ch) && ch != '\'' && ch != '.' && ch != '-') {
                    break;
                }
                i++;
                continue;
            }
            int c = Character.isHighSurrogate(ch) ? Character.codePointAt(text, i) : ch;
            if (!isWordPart(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * The chars of the code point at {@code i}: one unless a high surrogate starts a pair (asked without
     * Character.codePointAt, a call per word under the launcher's C1 compiler).
     */
    private static int charCountAt(char[] text, int i) {
        return Character.isHighSurrogate(text[i]) ? Character.charCount(Character.codePointAt(text, i)) : 1;
    }

    /** a-z or A-Z: most of a text's characters, answered without a Unicode table. */
    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isWordPart(int c) {
        if (Character.isLetter(c) || c == '\'' || c == '’' || c == '.' || c == '-') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether {@code begin} starts a line or follows the end of a sentence (opening quotes passed over). */
    static boolean isSentenceStart(String text, int begin) {
        int i = begin - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || OPENING.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' || ".?!:".indexOf(text.charAt(i)) >= 0;
    }

    private static final String OPENING = "\"'“‘(—–-";

    private static void read(String text, List<int[]> run, List<Found> found) {
        // one capitalised word ("The", "Sen.", "Clinton") is neither a full name nor a title and a surname
        if (run.size() < 2) {
            return;
        }
        SpeakerLexicon lexicon = SpeakerLexicon.get();
        int i = 0;
        char gender = 0;
        List<String> titles = new ArrayList<>();
        int begin = run.get(0)[0];
        for (; i < run.size(); i++) {
            String lower = lowerWord(text, run.get(i));
            String bare = strip(lower);
            if (lexicon.isHonorific(lower) || lexicon.isHonorific(bare)) {
                gender = gender != 0 ? gender : DocumentSpeakers.genderOfWord(bare);
                titles.add(bare);
            } else if (lexicon.isTitleWord(lower) || lexicon.isTitleWord(bare)) {
                gender = gender != 0 ? gender : DocumentSpeakers.genderOfWord(bare);
                titles.add(bare);
            } else {
                break;
            }
        }
        List<String> name = new ArrayList<>();
        for (; i < run.size(); i++) {
            String word = text.substring(run.get(i)[0], run.get(i)[1]);
            String lower = word.toLowerCase(Locale.ROOT);
            if (lexicon.isHonorific(lower) || lexicon.isHonorific(strip(lower))) {
                // "Should Mr. Trump get trounced": the name starts after the honorific
                name.clear();
                gender = DocumentSpeakers.genderOfWord(strip(lower));
                titles.add(strip(lower));
                begin = run.get(i + 1 < run.size() ? i + 1 : i)[0];
            } else if (!isInitial(word)) {
                name.add(word);
            }
        }
        if (name.isEmpty() || name.size() > 3) {
            return;
        }
        String surname = SpeakerLexicon.stripPossessive(trimStop(name.get(name.size() - 1)));
        if (!isNameWord(surname) || NOT_SURNAMES.contains(surname.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (name.size() == 1) {
            if (!titles.isEmpty()) {
                found.add(new Found(null, surname, gender, List.copyOf(titles), begin));
            }
            return;
        }
        String given = name.get(0);
        if (isNameWord(given) && !NOT_GIVEN.contains(given.toLowerCase(Locale.ROOT))
                && !SpeakerLexicon.get().isCountry(given.toLowerCase(Locale.ROOT))
                && !SpeakerLexicon.get().isMajorPlace(given)) {
            found.add(new Found(given, surname, gender, List.copyOf(titles), begin));
        }
    }

    /** A word that can be part of a person's name: not all capitals, not a title, honorific or determiner. */
    private static boolean isNameWord(String word) {
        if (word.length() < 2 || word.indexOf('.') >= 0 || word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        SpeakerLexicon lexicon = SpeakerLexicon.get();
        return !lexicon.isTitleWord(lower) && !lexicon.isHonorific(lower) && !lexicon.isDeterminer(lower)
                && !lexicon.isGroupName(lower) && !lexicon.isSpeakerPronoun(lower);
    }

    private static boolean isInitial(String word) {
        return word.length() == 2 && word.charAt(1) == '.';
    }

    private static String lowerWord(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private static String strip(String lower) {
        return trimStop(lower);
    }

    private static String trimStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
