package org.quotestance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Joins sentences that the JDK's sentence break iterator splits after an abbreviation: a title or
 * honorific before a name ("Mr. | Obama said", "Sen. | Ted Cruz", "Gov. | Chris Christie"), a
 * place-name prefix ("St. | Louis", "Mt. | Pleasant", "Ft. | Worth", a dateline's "ST. | PAUL"), a middle initial ("Marc H. | Morial"), a state's compass initial ("W. | Va.") or a dotted
 * acronym before a hyphen or an institution's name ("the U.S. | -Mexico border", "the U.S. | State Department"; "into the
 * U.S. | Initially, …" stays split). Runs right after the segmenter; tokens are left as they are.
 */
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence")
public class AbbreviationSentenceJoiner extends JCasAnnotator_ImplBase {

    /** Abbreviations that stand before a name and so never end a sentence ("Jr." and "Sr." follow a name, so a capital after them starts a new sentence). */
    private static final Pattern TITLE_AT_END = Pattern.compile(
            "(?:^|[^\\p{L}])(?:Mr|Mrs|Ms|Messrs|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Rev|Prof|"
                    + "Supt|Insp|Atty|Pres|Amb|Fr|St|Mt|Ft|ST|MT|FT)\\.$");
    /** A capital initial after a capitalised word: "Marc H." ("War I." is a numeral, not an initial). */
    private static final Pattern INITIAL_AT_END = Pattern.compile("\\p{Lu}\\p{L}+ (?!I\\.)\\p{Lu}\\.$");

    /** A compass initial that opens a state's abbreviation: "W. | Va.", "N. | Dak.". */
    private static final Pattern COMPASS_INITIAL_AT_END = Pattern.compile("(?:^|[^\\p{L}.])[NSEW]\\.$");
    private static final Pattern ABBREVIATED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{1,3}\\.");

    /** Capitals each followed by a full stop, two or more: "U.S.", "U.N." ("p.m." and "a.m." end sentences too often). */
    private static final Pattern DOTTED_ACRONYM_AT_END = Pattern.compile("(?:^|[^\\p{L}.])(?:\\p{Lu}\\.){2,}$");
    /**
     * Words that continue an institution's name after a country's or body's acronym ("the U.S. State Department", "a
     * U.N. Security Council vote"); after any other capitalised word the acronym more often ends the sentence ("in
     * Bedminster, N.J. Roger Ailes …", "into the U.S. Initially, …").
     */
    private static final Set<String> NAME_CONTINUATIONS = Set.of("State", "States", "Senate", "House", "Department",
            "Army", "Navy", "Air", "Marine", "Marines", "Coast", "Embassy", "Attorney", "Supreme", "Court", "District",
            "Congress", "Government", "Treasury", "Census", "Chamber", "Capitol", "Justice", "Secretary", "Ambassador",
            "Special", "Forces", "Agency", "Postal", "Customs", "Border", "Secret", "Security", "Council", "General",
            "Central", "Command", "Military", "Intelligence", "Bureau", "Geological", "Olympic", "Citizenship",
            "Immigration", "Environmental", "Food", "Fish", "Patent", "Trade", "Conference", "Open", "Mint",
            "Marshals", "Park", "Parks", "Forest", "Representative", "Representatives");

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Sentence> sentences = new ArrayList<>(jcas.select(Sentence.class).asList());
        Sentence current = null;
        for (Sentence next : sentences) {
            if (current != null && joins(text, current, next)) {
                current.removeFromIndexes();
                current.setEnd(next.getEnd());
                current.addToIndexes();
                next.removeFromIndexes();
            } else {
                current = next;
            }
        }
    }

    private static boolean joins(String text, Sentence current, Sentence next) {
        String between = text.substring(current.getEnd(), next.getBegin());
        if (!between.isBlank() || between.indexOf('\n') >= 0 || next.getBegin() >= text.length()) {
            return false;
        }
        String end = text.substring(Math.max(current.getBegin(), current.getEnd() - 40), current.getEnd()).stripTrailing();
        if (!mayEndInAbbreviation(end)) {
            return false;
        }
        int first = text.codePointAt(next.getBegin());
        if (DOTTED_ACRONYM_AT_END.matcher(end).find()
                && (between.isEmpty() && (first == '-' || first == '\u2013')
                || NAME_CONTINUATIONS.contains(firstWord(text, next)))) {
            return true;
        }
        if (COMPASS_INITIAL_AT_END.matcher(end).find()
                && ABBREVIATED_WORD.matcher(text).region(next.getBegin(), next.getEnd()).lookingAt()) {
            return true;
        }
        return Character.isUpperCase(first)
                && (TITLE_AT_END.matcher(end).find() || INITIAL_AT_END.matcher(end).find());
    }

    /**
     * Whether {@code end} may end as one of the three patterns do: a full stop after a run of one to six letters
     * that begins with a capital ("Sen.", "U.S.", "Marc H."). Most sentences end in a word in lower case, which
     * this rules out before the patterns search the text. A letter beyond the Basic Multilingual Plane before
     * the stop (a surrogate) is left to the patterns.
     */
    private static boolean mayEndInAbbreviation(String end) {
        int stop = end.length() - 1;
        if (stop < 1 || end.charAt(stop) != '.') {
            return false;
        }
        int start = stop;
        while (start > 0 && Character.isLetter(end.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && Character.isSurrogate(end.charAt(start - 1))) {
            return true;
        }
        return start < stop && stop - start <= 6 && Character.isUpperCase(end.charAt(start));
    }

    private static String firstWord(String text, Sentence sentence) {
        int end = sentence.getBegin();
        while (end < sentence.getEnd() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(sentence.getBegin(), end);
    }
}
