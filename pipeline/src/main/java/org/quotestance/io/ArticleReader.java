package org.quotestance.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Level;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;

/**
 * Reads a folder of UTF-8 {@code .txt} news articles (plus optional {@code metadata.csv}) for use in
 * any uimaFIT pipeline. Files that are not usable articles are logged with their reason and skipped;
 * {@link #getFailures()} lists them. The {@code annotate} command uses {@link ArticleSource} directly
 * so that it can put these failures in the run report.
 */
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "org.quotestance.type.ArticleInfo" })
public class ArticleReader extends JCasCollectionReader_ImplBase {

    public static final String PARAM_SOURCE_LOCATION = "sourceLocation";
    @ConfigurationParameter(name = PARAM_SOURCE_LOCATION, description = "Folder of .txt articles")
    private String sourceLocation;

    public static final String PARAM_MAX_BYTES = "maxBytes";
    @ConfigurationParameter(name = PARAM_MAX_BYTES, mandatory = false, defaultValue = "5242880",
            description = "Files larger than this are rejected")
    private long maxBytes;

    private ArticleSource source;
    private Iterator<Path> files;
    private Article next;
    private int read;
    private final List<InputFailure> failures = new ArrayList<>();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            source = ArticleSource.open(Path.of(sourceLocation), maxBytes);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
        source.metadataFailures().forEach(this::fail);
        files = source.files().iterator();
    }

    @Override
    public boolean hasNext() {
        while (next == null && files.hasNext()) {
            Path file = files.next();
            try {
                next = source.read(file);
            } catch (IOException | ArticleDecoder.InvalidArticleException e) {
                fail(new InputFailure(file.getFileName().toString(), e.getMessage()));
            }
        }
        return next != null;
    }

    @Override
    public void getNext(JCas jcas) throws CollectionException {
        if (!hasNext()) {
            throw new CollectionException(new IllegalStateException("no more articles"));
        }
        ArticleCasInitializer.initialize(jcas, next);
        next = null;
        read++;
    }

    private void fail(InputFailure failure) {
        failures.add(failure);
        getLogger().log(Level.WARNING, failure.file() + ": " + failure.reason());
    }

    public List<InputFailure> getFailures() {
        return List.copyOf(failures);
    }

    @Override
    public Progress[] getProgress() {
        return new Progress[] { new ProgressImpl(read, source.files().size(), Progress.ENTITIES) };
    }
}
