package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The words of a document's runs of tokens, read once per token, are those {@link Word#of} reads per run. */
class DocumentWordsTest {

    /** "Brell’s" as three tokens, as a segmenter that splits curly apostrophes leaves it; quote marks on their own. */
    private static JCas splitAtEveryMark(String text) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");
        int i = 0;
        while (i < text.length()) {
            int end = i + 1;
            if (Character.isLetter(text.charAt(i))) {
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            }
            if (!Character.isWhitespace(text.charAt(i))) {
                new Token(jcas, i, end).addToIndexes();
            }
            i = end;
        }
        return jcas;
    }

    @Test
    @DisplayName("apostrophes inside words and quote marks read the same in every run as Word.of reads them")
    void everyRunReadsAsWordOf() throws Exception {
        JCas jcas = splitAtEveryMark("Brell’s aide called the ‘serious cause of concern’ Clinton’s, and "
                + "“don’t” isn't ' a word.");
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        DocumentWords words = new DocumentWords(jcas);
        for (int from = 0; from <= tokens.size(); from++) {
            for (int to = from; to <= tokens.size(); to++) {
                assertEquals(Word.of(tokens.subList(from, to)), words.words(from, to));
            }
        }
        assertEquals(Word.of(tokens.subList(3, 12)), words.wordsIn(tokens.get(3).getBegin(), tokens.get(11).getEnd()));
    }

    @Test
    @DisplayName("the words left after a quote is taken out read as one run, as Word.of reads the tokens left")
    void wordsWithoutAQuoteReadAsOneRun() throws Exception {
        JCas jcas = splitAtEveryMark("Brell’s aide said “no” ’s plan and O’Neill’s.");
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        DocumentWords words = new DocumentWords(jcas);
        List<Token> kept = new ArrayList<>(tokens);
        kept.removeIf(token -> token.getCoveredText().equals("no"));
        assertEquals(Word.of(kept),
                words.wordsWithout(0, tokens.size(), token -> tokens.get(token).getCoveredText().equals("no")));
    }

    @Test
    @DisplayName("a sentence's runs between commas are its words between them, empty runs left out")
    void runsBetweenCommas() throws Exception {
        JCas jcas = splitAtEveryMark("Sanders, , Clinton’s aide, praised Trump,");
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        DocumentWords words = new DocumentWords(jcas);
        List<List<Word>> runs = words.runsBetween(0, tokens.size(), token -> tokens.get(token).getCoveredText().equals(","));
        assertEquals(List.of(Word.of(tokens.subList(0, 1)), Word.of(tokens.subList(3, 7)), Word.of(tokens.subList(8, 10))),
                runs);
    }
}
