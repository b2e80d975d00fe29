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
 * place-name prefix ("St. | Louis", "Mt. | Pleasant", "Ft. | Worth"), a middle initial ("Marc H. | Morial") or a dotted
 * acronym before a hyphen or a name ("the U.S. | -Mexico border", "the U.S. | State Department", "scholar A.E. | Dick
 * Howard"; "in the U.S. | The …" stays split). Runs right after the segmenter; tokens are left as they are.
 */
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence")
public class AbbreviationSentenceJoiner extends JCasAnnotator_ImplBase {

    /** Abbreviations that stand before a name and so never end a sentence ("Jr." and "Sr." follow a name, so a capital after them starts a new sentence). */
    private static final Pattern TITLE_AT_END = Pattern.compile(
            "(?:^|[^\\p{L}])(?:Mr|Mrs|Ms|Messrs|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Rev|Prof|"
                    + "Supt|Insp|Atty|Pres|Amb|Fr|St|Mt|Ft)\\.$");
    /** A capital initial after a capitalised word: "Marc H." ("War I." is a numeral, not an initial). */
    private static final Pattern INITIAL_AT_END = Pattern.compile("\\p{Lu}\\p{L}+ (?!I\\.)\\p{Lu}\\.$");

    /** Letters each followed by a full stop, two or more: "U.S.", "D.C.", "A.E.". */
    private static final Pattern DOTTED_ACRONYM_AT_END = Pattern.compile("(?:^|[^\\p{L}.])(?:\\p{L}\\.){2,}$");
    /** Capitalised words that open a sentence far more often than they continue a name after an acronym. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
            "You", "This", "That", "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For",
            "If", "As", "When", "While", "After", "Before", "Since", "His", "Her", "Its", "Their", "Our", "My", "Your",
            "What", "Who", "Why", "How", "Where", "Some", "Many", "Most", "All", "One", "No", "Not", "Still", "Now",
            "Then", "Also", "Even", "Only", "Both", "Each", "Such", "By", "With", "From", "To", "Of", "Under", "Over",
            "Despite", "Although", "Though", "Because", "Meanwhile", "However", "Yes", "Instead", "Last", "Next");

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
        char first = text.charAt(next.getBegin());
        if (DOTTED_ACRONYM_AT_END.matcher(end).find()) {
            return between.isEmpty() && (first == '-' || first == '–') || Character.isUpperCase(first)
                    && !SENTENCE_OPENERS.contains(firstWord(text, next));
        }
        return Character.isUpperCase(first)
                && (TITLE_AT_END.matcher(end).find() || INITIAL_AT_END.matcher(end).find());
    }

    private static String firstWord(String text, Sentence sentence) {
        int end = sentence.getBegin();
        while (end < sentence.getEnd() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(sentence.getBegin(), end);
    }
}
