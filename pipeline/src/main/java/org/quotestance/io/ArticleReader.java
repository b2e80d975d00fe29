package org.quotestance.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

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
 * Reads news articles as {@code annotate} does ({@link ArticleInput}: a folder of {@code .txt} and
 * {@code .html} files with an optional {@code metadata.csv}, or a JSONL or CSV collection) for use in any
 * uimaFIT pipeline. Articles that are not usable, and files not read, are logged with their reason;
 * {@link #getFailures()} lists them. The {@code annotate} command uses {@link ArticleInput} directly
 * so that it can put these in the run report.
 */
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "org.quotestance.type.ArticleInfo" })
public class ArticleReader extends JCasCollectionReader_ImplBase {

    public static final String PARAM_SOURCE_LOCATION = "sourceLocation";
    @ConfigurationParameter(name = PARAM_SOURCE_LOCATION, description = "Folder of articles, or a .jsonl or .csv file")
    private String sourceLocation;

    public static final String PARAM_MAX_BYTES = "maxBytes";
    @ConfigurationParameter(name = PARAM_MAX_BYTES, mandatory = false, defaultValue = "5242880",
            description = "Files larger than this are rejected")
    private long maxBytes;

    private ArticleInput source;
    private Stream<ArticleEntry> stream;
    private Iterator<ArticleEntry> entries;
    private int size;
    private Article next;
    private int read;
    private final List<InputFailure> failures = new ArrayList<>();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            source = ArticleInput.open(Path.of(sourceLocation), maxBytes);
            size = source.size();
            stream = source.entries();
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
        source.problems().forEach(this::fail);
        source.skipped().forEach(this::fail);
        entries = stream.iterator();
    }

    @Override
    public boolean hasNext() {
        while (next == null && entries.hasNext()) {
            ArticleEntry entry = entries.next();
            try {
                next = entry.read();
            } catch (IOException | ArticleDecoder.InvalidArticleException e) {
                fail(new InputFailure(entry.name(), e.getMessage()));
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
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        super.close();
    }

    @Override
    public Progress[] getProgress() {
        return new Progress[] { new ProgressImpl(read, size, Progress.ENTITIES) };
    }
}
