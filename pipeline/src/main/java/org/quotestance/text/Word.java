package org.quotestance.text;

import java.util.List;
import java.util.Locale;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** A token's text and offsets, detached from the CAS so rules can look around it cheaply. */
public record Word(int begin, int end, String text) {

    public static List<Word> in(JCas jcas, Annotation span) {
        return jcas.select(Token.class).coveredBy(span)
                .map(t -> new Word(t.getBegin(), t.getEnd(), t.getCoveredText())).filter(w -> !w.isBlank()).toList();
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isLetters() {
        return Character.isLetter(text.codePointAt(0));
    }

    /** Opening or closing quotation mark of any style. */
    public boolean isQuoteMark() {
        return text.length() == 1 && "\"“”‘’«»„".indexOf(text.charAt(0)) >= 0;
    }

    /** Punctuation that ends a clause: a speaker never spans it. ’ and ' are left out: mostly apostrophes. */
    public boolean isClauseBreak() {
        return text.length() == 1 && ",;:()[]—–―!?.\"“”‘«»„".indexOf(text.charAt(0)) >= 0;
    }

    /** A token of no-break or other Unicode spaces, which the segmenter keeps as a token. */
    public boolean isBlank() {
        return text.codePoints().allMatch(Character::isSpaceChar);
    }
}
