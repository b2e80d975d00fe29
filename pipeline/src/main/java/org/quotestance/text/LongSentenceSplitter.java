package org.quotestance.text;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Cuts a "sentence" of more than {@value #DEFAULT_MAX_TOKENS} tokens (text scraped without full stops,
 * a list run together) into pieces, each ending at its last comma, semicolon or colon, or else at the
 * limit. The quote, speaker and stance rules read a sentence as a whole, some of them once per quote
 * in it, so an unbounded sentence would make them quadratic in the length of the document; news
 * sentences stay far below the limit and are left as they are.
 */
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token" },
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence")
public class LongSentenceSplitter extends JCasAnnotator_ImplBase {

    static final int DEFAULT_MAX_TOKENS = 250;

    public static final String PARAM_MAX_TOKENS = "maxTokens";
    @ConfigurationParameter(name = PARAM_MAX_TOKENS, mandatory = false, defaultValue = "" + DEFAULT_MAX_TOKENS,
            description = "A sentence of more tokens than this is cut into pieces of at most this many")
    private int maxTokens;

    @Override
    public void process(JCas jcas) {
        TokenIndex tokens = TokenIndex.of(jcas);
        List<Sentence> tooLong = new ArrayList<>();
        for (Sentence sentence : jcas.select(Sentence.class)) {
            TokenIndex.Range covered = tokens.rangeCoveredBy(Offsets.begin(sentence), Offsets.end(sentence));
            if (covered.to() - covered.from() > maxTokens) {
                tooLong.add(sentence);
            }
        }
        for (Sentence sentence : tooLong) {
            split(jcas, sentence);
        }
    }

    private void split(JCas jcas, Sentence sentence) {
        List<Token> tokens = jcas.select(Token.class).coveredBy(sentence).asList();
        sentence.removeFromIndexes();
        int begin = sentence.getBegin();
        int from = 0;
        while (from < tokens.size()) {
            int to = Math.min(tokens.size(), from + maxTokens);
            if (to < tokens.size()) {
                to = afterLastClauseBreak(tokens, from + maxTokens / 2, to);
            }
            int end = to == tokens.size() ? sentence.getEnd() : tokens.get(to - 1).getEnd();
            new Sentence(jcas, begin, end).addToIndexes();
            if (to < tokens.size()) {
                begin = tokens.get(to).getBegin();
            }
            from = to;
        }
    }

    /** The index after the last ",", ";" or ":" in {@code [from, to)}, or {@code to} when there is none. */
    private static int afterLastClauseBreak(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            String t = tokens.get(i).getCoveredText();
            if (t.equals(",") || t.equals(";") || t.equals(":")) {
                return i + 1;
            }
        }
        return to;
    }
}
