package org.quotestance.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * A writer of one file for the whole corpus, fed the documents in order: the file is written under a
 * temporary name and renamed into place when the collection is complete, so an interrupted run leaves
 * nothing half-written. Subclasses open their writer over {@link #stream()} and flush it in
 * {@link #flush()}.
 */
public abstract class SingleFileCorpusWriter extends JCasAnnotator_ImplBase {

    public static final String PARAM_TARGET_FILE = "targetFile";
    @ConfigurationParameter(name = PARAM_TARGET_FILE, description = "The file to write")
    private String targetFile;

    public static final String PARAM_SHA256 = "sha256";
    @ConfigurationParameter(name = PARAM_SHA256, defaultValue = "false",
            description = "Compute the file's SHA-256 as it is written, for the Croissant file (WrittenFileDigests)")
    private boolean sha256;

    private AtomicFile file;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            file = AtomicFile.create(Path.of(targetFile), sha256);
            open(file.stream());
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** Called once, with the stream of the temporary file. */
    protected abstract void open(OutputStream stream) throws IOException;

    /** Called at the end, before the file is moved into place: write out what is buffered. */
    protected abstract void flush() throws IOException;

    protected OutputStream stream() {
        return file.stream();
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            flush();
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
