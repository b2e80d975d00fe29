package org.quotestance.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.quotestance.text.Offsets;
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

    private OutputStream out;

    @Override
    protected void open(OutputStream stream) {
        out = new BufferedOutputStream(stream, 1 << 16);
    }

    @Override
    protected void flush() throws IOException {
        out.flush();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        List<Token> tokens = jcas.<Token>select(Token.type).asList();
        BioTags bio = new BioTags(tokens);
        String[] quote = bio.tag(jcas.<Quote>select(Quote.type).asList(), "QUOTE");
        String[] speaker = bio.tag(jcas.<SpeakerMention>select(SpeakerMention.type).asList(), "SPEAKER");
        String[] loc = bio.tag(jcas.<Location>select(Location.type).asList(), "LOC");
        List<Sentence> sentences = jcas.<Sentence>select(Sentence.type).asList();
        String text = jcas.getDocumentText();
        Utf8Lines lines = document;
        lines.clear();
        String id = DocumentMetaData.get(jcas).getDocumentId();
        lines.ascii("-DOCSTART- ").text(id, 0, id.length()).ascii("\n\n");
        int s = 0;
        Sentence current = null;
        for (int i = 0; i < tokens.size(); i++) {
            int begin = bio.begin(i);
            while (s < sentences.size() && Offsets.end(sentences.get(s)) <= begin) {
                s++;
            }
            Sentence sentence = s < sentences.size() && Offsets.begin(sentences.get(s)) <= begin
                    ? sentences.get(s) : null;
            if (i > 0 && sentence != current) {
                lines.append('\n');
            }
            current = sentence;
            int end = bio.end(i);
            lines.text(text, begin, end, '_').append('\t').number(begin).append('\t').number(end).append('\t')
                    .ascii(quote[i]).append('\t').ascii(speaker[i]).append('\t').ascii(loc[i]).append('\n');
        }
        if (!tokens.isEmpty()) {
            lines.append('\n');
        }
        try {
            lines.writeTo(out);
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** One document's lines, built before they are handed to the writer at once (far fewer calls into it). */
    private final Utf8Lines document = new Utf8Lines();
}
