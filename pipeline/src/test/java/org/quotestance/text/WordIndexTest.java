package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class WordIndexTest {

    @Test
    @DisplayName("every span, token edges or mid-word, gets the words of the tokens the CAS selects in it, blank tokens left out")
    void sameWordsAsTheCasSelection() throws Exception {
        JCas jcas = Segmented.text("Sen. Ada Holm said, \u201cWe won\u2019t back down.\u201d \u00a0 Then she left.\n\nMore later.");
        WordIndex index = WordIndex.of(jcas);
        int length = jcas.getDocumentText().length();
        int nonEmpty = 0;
        for (int begin = 0; begin <= length; begin++) {
            for (int end = begin; end <= length; end++) {
                List<Word> expected = selected(jcas, new Annotation(jcas, begin, end));
                assertEquals(expected, index.in(begin, end), "span " + begin + "-" + end);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 1000, "spans holding words: " + nonEmpty);
    }

    @Test
    @DisplayName("the engines of one document share its words; the next document in the same CAS gets its own")
    void oneIndexPerDocument() throws Exception {
        JCas jcas = Segmented.text("Sen. Ada Holm said she would stay.");
        WordIndex first = WordIndex.of(jcas);
        assertSame(first, WordIndex.of(jcas));
        jcas.reset();
        Segmented.into(jcas, "Rep. Bo Lind left.");
        WordIndex next = WordIndex.of(jcas);
        assertNotSame(first, next);
        assertEquals("Lind", next.in(0, 18).get(3).text());
    }

    /** The reference: the words of the tokens the CAS selects inside {@code span}, blank ones left out. */
    private static List<Word> selected(JCas jcas, Annotation span) {
        List<Word> words = new ArrayList<>();
        for (Token t : jcas.select(Token.class).coveredBy(span)) {
            Word w = new Word(t.getBegin(), t.getEnd(), t.getCoveredText());
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }
}
