package org.quotestance.stance;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A token as stance analysis sees it: its text, lower-cased form and character span. */
public record Word(String text, String lower, int begin, int end) {

    private static final Pattern QUOTE_MARK = Pattern.compile("[\"'‘’“”«»‹›`]+");
    /** Punctuation that ends a phrase; the hyphen does not ("trans-regional", "Nagorno-Karabakh"). */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}–—…&&[^-]]");

    /**
     * The words of a run of tokens. Quote marks are left out: "a ‘serious cause of concern’"
     * reads as "a serious cause of concern" to the cue matcher.
     */
    public static List<Word> of(Collection<Token> tokens) {
        return tokens.stream()
                .filter(token -> !QUOTE_MARK.matcher(token.getCoveredText()).matches())
                .map(token -> new Word(token.getCoveredText(),
                        token.getCoveredText().toLowerCase(Locale.ROOT).replace('’', '\''),
                        token.getBegin(), token.getEnd()))
                .toList();
    }

    public boolean isPunctuation() {
        return PUNCTUATION.matcher(text).matches();
    }

    public boolean isInside(int spanBegin, int spanEnd) {
        return begin >= spanBegin && end <= spanEnd;
    }
}
