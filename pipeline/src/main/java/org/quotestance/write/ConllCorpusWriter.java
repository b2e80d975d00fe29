package org.quotestance.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Writes the BIO export {@code conll/corpus.conll}, one file for the corpus: per document a line
 * {@code -DOCSTART- <doc_id>} and a blank line, then every token a line with tab-separated columns
 * {@code token begin end QUOTE SPEAKER LOC} (tags {@code B-X}, {@code I-X}, {@code O}; offsets as in the
 * CSV tables), and a blank line after each sentence. A whitespace character inside a token (a no-break
 * space is a token of its own) is written as {@code _}, so whitespace-splitting readers see six columns. Every token is written, boilerplate included, so the
 * lines match the document's {@code Token} annotations one to one. Tokens outside any sentence form a
 * block of their own.
 */
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeakerMention", "org.quotestance.type.Location" })
public class ConllCorpusWriter extends SingleFileCorpusWriter {

    /** The file's path inside the corpus folder. */
    public static final String FILE = "conll/corpus.conll";

    private Writer out;

    @Override
    protected void open(OutputStream stream) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    protected void flush() throws IOException {
        out.flush();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        List<Token> tokens = jcas.select(Token.class).asList();
        String[] quote = BioTags.tag(tokens, jcas.select(Quote.class).asList(), "QUOTE");
        String[] speaker = BioTags.tag(tokens, jcas.select(SpeakerMention.class).asList(), "SPEAKER");
        String[] loc = BioTags.tag(tokens, jcas.select(Location.class).asList(), "LOC");
        List<Sentence> sentences = jcas.select(Sentence.class).asList();
        String text = jcas.getDocumentText();
        try {
            out.write("-DOCSTART- " + DocumentMetaData.get(jcas).getDocumentId() + "\n\n");
            int s = 0;
            Sentence current = null;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                while (s < sentences.size() && sentences.get(s).getEnd() <= token.getBegin()) {
                    s++;
                }
                Sentence sentence = s < sentences.size() && sentences.get(s).getBegin() <= token.getBegin()
                        ? sentences.get(s) : null;
                if (i > 0 && sentence != current) {
                    out.write('\n');
                }
                current = sentence;
                writeLine(text, token, quote[i], speaker[i], loc[i]);
            }
            if (!tokens.isEmpty()) {
                out.write('\n');
            }
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    private void writeLine(String text, Token token, String quote, String speaker, String loc) throws IOException {
        column(text, token.getBegin(), token.getEnd());
        out.write('\t');
        number(token.getBegin());
        out.write('\t');
        number(token.getEnd());
        out.write('\t');
        out.write(quote);
        out.write('\t');
        out.write(speaker);
        out.write('\t');
        out.write(loc);
        out.write('\n');
    }

    /** The token column: a whitespace character inside a token (a no-break space) is written as '_'. */
    private void column(String text, int begin, int end) throws IOException {
        // no code point above U+FFFF is a space, so the chars of the text can be looked at one by one
        int space = begin;
        while (space < end && !isSpace(text.charAt(space))) {
            space++;
        }
        if (space == end) {
            out.write(text, begin, end - begin);
            return;
        }
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            out.write(isSpace(c) ? '_' : c);
        }
    }

    private final char[] digits = new char[11];

    private void number(int n) throws IOException {
        int at = digits.length;
        int rest = n;
        do {
            digits[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        out.write(digits, at, digits.length - at);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
