package org.quotestance.text;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Splits the tokens that the JDK's word break iterator keeps whole across a dash without spaces ("Paris—a city",
 * "WASHINGTON—President", "Iran―not Iraq") into the words and the dash, so that the layers reading words see
 * "Paris" and "President". Only the em dash and the horizontal bar: a hyphen or an en dash joins the parts of one
 * name or number ("Winston-Salem", "1990–2000"). Runs right after the segmenter; sentences are left as they are.
 */
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
public class DashTokenSplitter extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        int dash = text == null ? -1 : nextDash(text, 0);
        if (dash < 0) {
            return;
        }
        List<Token> joined = new ArrayList<>();
        for (Token token : jcas.select(Token.class)) { // in text order, as the dashes are found
            while (dash >= 0 && dash < token.getBegin()) {
                dash = nextDash(text, dash + 1);
            }
            if (dash < 0) {
                break;
            }
            if (dash < token.getEnd() && token.getEnd() - token.getBegin() > 1) {
                joined.add(token);
            }
        }
        for (Token token : joined) {
            token.removeFromIndexes();
            int from = token.getBegin();
            for (int i = from; i < token.getEnd(); i++) {
                if (isDash(text.charAt(i))) {
                    add(jcas, from, i);
                    add(jcas, i, i + 1);
                    from = i + 1;
                }
            }
            add(jcas, from, token.getEnd());
        }
    }

    private static void add(JCas jcas, int begin, int end) {
        if (end > begin) {
            new Token(jcas, begin, end).addToIndexes();
        }
    }

    private static int nextDash(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isDash(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2015';
    }
}
