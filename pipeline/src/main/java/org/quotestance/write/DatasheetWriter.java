package org.quotestance.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Writes the dataset card {@code README.md} when the collection is complete: YAML front matter in the
 * Hugging Face style, then sources, counts per layer from this run, layer definitions, the annotation
 * method with the figures measured in {@code eval-results/} (read, never typed), limitations, licences
 * and how to cite ({@link DatasheetMarkdown}).
 */
@TypeCapability(inputs = { "org.quotestance.type.ArticleInfo", "org.quotestance.type.Quote",
        "org.quotestance.type.SpeakerMention", "org.quotestance.type.Location", "org.quotestance.type.Stance",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token" })
public class DatasheetWriter extends JCasAnnotator_ImplBase {

    /** The card's path inside the corpus folder. */
    public static final String FILE = "README.md";

    public static final String PARAM_TARGET_FILE = "targetFile";
    @ConfigurationParameter(name = PARAM_TARGET_FILE, description = "The dataset card to write")
    private String targetFile;

    public static final String PARAM_EVAL_RESULTS = "evalResults";
    @ConfigurationParameter(name = PARAM_EVAL_RESULTS, mandatory = false,
            description = "Folder of the eval command's JSON figures; the card says so when it is absent")
    private String evalResults;

    public static final String PARAM_TOOL_VERSION = "toolVersion";
    @ConfigurationParameter(name = PARAM_TOOL_VERSION, defaultValue = "dev", description = "The tool's version")
    private String toolVersion;

    public static final String PARAM_FORMATS = "formats";
    @ConfigurationParameter(name = PARAM_FORMATS, defaultValue = { "xmi", "csv", "jsonl", "conll", "datasheet" },
            description = "The formats this run writes, for the card's list of files")
    private String[] formats;

    private CorpusTally tally;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        tally = new CorpusTally();
    }

    @Override
    public void process(JCas jcas) {
        tally.add(jcas);
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            Path evalFolder = evalResults == null ? null : Path.of(evalResults);
            List<EvalFigures.FigureFile> figures = evalFolder == null ? List.of() : EvalFigures.read(evalFolder);
            String folderName = evalFolder == null || evalFolder.getFileName() == null ? "eval-results"
                    : evalFolder.getFileName().toString();
            String card = new DatasheetMarkdown(tally, toolVersion, List.of(formats), folderName, figures).render();
            AtomicFile.write(Path.of(targetFile), card.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }
}
