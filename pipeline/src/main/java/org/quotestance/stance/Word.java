package org.quotestance.stance;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
        List<Word> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String text = token.getCoveredText();
            if (!isQuoteMarks(text)) {
                words.add(new Word(text, text.toLowerCase(Locale.ROOT).replace('’', '\''), token.getBegin(),
                        token.getEnd()));
            }
        }
        return List.copyOf(words);
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
