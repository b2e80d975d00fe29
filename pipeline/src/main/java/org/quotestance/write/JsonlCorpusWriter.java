package org.quotestance.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the training export {@code jsonl/corpus.jsonl}: one JSON object a line per document, in the
 * order the documents come ({@link JsonlDocument} has the fields), streamed with Jackson's generator and
 * renamed into place when the collection is complete.
 */
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "org.quotestance.type.ArticleInfo", "org.quotestance.type.Quote", "org.quotestance.type.SpeakerMention",
        "org.quotestance.type.Location", "org.quotestance.type.Stance" })
public class JsonlCorpusWriter extends SingleFileCorpusWriter {

    /** The file's path inside the corpus folder. */
    public static final String FILE = "jsonl/corpus.jsonl";

    private JsonGenerator json;

    @Override
    protected void open(OutputStream stream) throws IOException {
        json = new JsonFactory().createGenerator(new BufferedOutputStream(stream), JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    protected void flush() throws IOException {
        json.flush();
        json.close();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            JsonlDocument.write(jcas, json);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }
}
