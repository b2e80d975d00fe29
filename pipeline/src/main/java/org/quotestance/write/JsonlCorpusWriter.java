package org.quotestance.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

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
public class JsonlCorpusWriter extends JCasAnnotator_ImplBase {

    /** The file's path inside the corpus folder. */
    public static final String FILE = "jsonl/corpus.jsonl";

    public static final String PARAM_TARGET_FILE = "targetFile";
    @ConfigurationParameter(name = PARAM_TARGET_FILE, description = "The JSONL file to write")
    private String targetFile;

    private AtomicFile file;
    private JsonGenerator json;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            file = AtomicFile.create(Path.of(targetFile));
            json = new JsonFactory().createGenerator(new BufferedOutputStream(file.stream()), JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
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

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            json.flush();
            json.close();
            file.stream().flush();
            file.commit();
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }

    @Override
    public void destroy() {
        try {
            file.close();
        } catch (IOException e) {
            // nothing was committed; the temporary file is all that could be left
        }
        super.destroy();
    }
}
