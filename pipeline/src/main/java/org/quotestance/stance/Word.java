package org.quotestance.stance;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quotestance.text.Offsets;

/** A token as stance analysis sees it: its text, lower-cased form and character span. */
public record Word(String text, String lower, int begin, int end) {

    private static final String QUOTE_MARKS = "\"'‘’“”«»‹›`";
    /** Punctuation that ends a phrase; the hyphen does not ("trans-regional", "Nagorno-Karabakh"). */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}–—…&&[^-]]");

    /**
     * The words of a run of tokens. Quote marks are left out: "a ‘serious cause of concern’"
     * reads as "a serious cause of concern" to the cue matcher.
     */
    public static List<Word> of(Collection<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        String document = tokens.iterator().next().getCAS().getDocumentText();
        List<Word> plain = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            plain.add(plain(document, Offsets.begin(token), Offsets.end(token)));
        }
        return read(plain);
    }

    /** The word of one token, {@code [begin, end)} of the document, as it reads on its own. */
    static Word plain(String document, int begin, int end) {
        return word(document.substring(begin, end), begin, end);
    }

    /**
     * The words of a run of tokens given as their {@link #plain} words, in order: {@link #of} without reading
     * the tokens' text again.
     */
    static List<Word> read(List<Word> plain) {
        if (plain.isEmpty()) {
            return List.of();
        }
        List<Word> words = new ArrayList<>(plain.size());
        for (int i = 0; i < plain.size(); i++) {
            String text = plain.get(i).text();
            if (isApostrophe(text) && isInsideWord(plain, i) && !words.isEmpty()) {
                Word before = words.remove(words.size() - 1);
                Word after = plain.get(++i);
                words.add(word(before.text() + text + after.text(), before.begin(), after.end()));
            } else if (!isQuoteMarks(text) && !isSpace(text)) {
                words.add(plain.get(i));
            }
        }
        return List.copyOf(words);
    }

    private static Word word(String text, int begin, int end) {
        return new Word(text, text.toLowerCase(Locale.ROOT).replace('’', '\''), begin, end);
    }

    private static boolean isApostrophe(String text) {
        return text.equals("’") || text.equals("'");
    }

    /**
     * "Brell’s", "don’t": the segmenter splits a curly apostrophe from the letters on both sides; it is
     * part of the word, not a quote mark.
     */
    private static boolean isInsideWord(List<Word> tokens, int i) {
        return i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() == tokens.get(i).begin()
                && tokens.get(i + 1).begin() == tokens.get(i).end()
                && startsWithLetter(tokens.get(i + 1))
                && startsWithLetter(tokens.get(i - 1));
    }

    private static boolean startsWithLetter(Word token) {
        return !token.text().isEmpty() && Character.isLetter(token.text().charAt(0));
    }

    /** A token of spaces the segmenter kept ("praised\u00a0Trump" after a plain space): no word. */
    private static boolean isSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isSpaceChar(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is one or more quote marks and nothing else. */
    private static boolean isQuoteMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    public boolean isPunctuation() {
        return PUNCTUATION.matcher(text).matches();
    }

    public boolean isInside(int spanBegin, int spanEnd) {
        return begin >= spanBegin && end <= spanEnd;
    }
}
