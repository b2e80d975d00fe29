package org.quotestance.quote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.quotestance.pipeline.ReadOnce;
import org.quotestance.text.Word;

import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Where the content after a cue starts and ends: two maxent models (OpenNLP GIS) over
 * {@link ContentBoundaryFeatures}, each scoring one candidate boundary as the gold one or not; the
 * likeliest candidate wins. Starts are tried from the word after the cue up to {@link #MAX_START_GAP}
 * words later, ends at every word up to the sentence end. {@link ContentBoundaryTrainer} makes it.
 */
public final class ContentBoundaryModel {

    /** The model trained on PolNeAR's train compartment, shipped with the pipeline. */
    public static final String DEFAULT_RESOURCE = "/org/quotestance/quote/content-boundary.model.gz";

    /** How many words may stand between the cue and the content ("told reporters on Monday that …"). */
    static final int MAX_START_GAP = 8;
    static final String YES = "yes";
    static final String NO = "no";

    private static final String FORMAT = "quotestance-content-boundary-1";

    private final ContentStartScorer startScorer;
    private final ContentEndScorer endScorer;

    /** The two GIS models as OpenNLP reads and writes them: for training and for checking the scorers. */
    record GisModels(MaxentModel start, MaxentModel end) {
    }

    /**
     * A model scoring as {@code startModel} and {@code endModel}, keeping only the scorers' arrays: OpenNLP's
     * objects (a context with two arrays per feature) would stay live for the whole run.
     */
    ContentBoundaryModel(MaxentModel startModel, MaxentModel endModel) {
        this(GisParameters.of(startModel), GisParameters.of(endModel));
    }

    private ContentBoundaryModel(GisParameters startModel, GisParameters endModel) {
        this.startScorer = new ContentStartScorer(new IndexedGisModel(startModel, YES));
        this.endScorer = new ContentEndScorer(new IndexedGisModel(endModel, YES));
    }

    /** "said [in a statement] that": content after an adjunct that opens right after the cue starts at its "that". */
    private static final AdjunctThat THAT_AFTER_ADJUNCT = new AdjunctThat(Set.of("during", "at", "in", "on", "after",
            "before", "from", "with", "via", "by", "amid", "following", "last", "earlier", "this"), MAX_START_GAP, true);

    /**
     * The first word of the content after the cue whose head word is {@code words[cue]}, in the sentence ending at
     * {@code to}: the likeliest candidate, unless it is not likelier than {@code current} (the rules' start)
     * by {@code margin}; after an adjunct that opens right after the cue or a phrase set off right after it
     * ({@link ParentheticalThat}), its "that", whatever the model says.
     */
    int start(List<Word> words, int cue, int to, int current, double margin) {
        int that = THAT_AFTER_ADJUNCT.find(words, cue + 1, to - 1);
        if (that < 0) {
            that = ParentheticalThat.find(words, cue, to - 1);
        }
        if (that >= 0 && current <= that) {
            return that; // "said during a rally in Michigan [that …]": PolNeAR starts all 102 such contents at "that"
        }
        int best = current;
        double bestP = -1;
        double currentP = Double.NaN;
        ContentStartScorer.Candidates starts = startScorer.candidates(words, cue, to, Math.min(to - 2, cue + 1 + MAX_START_GAP));
        for (int i = cue + 1; i < to - 1 && i <= cue + 1 + MAX_START_GAP; i++) {
            if (i > cue + 1 && words.get(i - 1).isClauseBreak()) {
                break; // the start does not move past a clause break ("responded with attacks, including …")
            }
            if (isPunctuation(words.get(i))) {
                continue;
            }
            double p = starts.yes(i);
            if (p > bestP) {
                best = i;
                bestP = p;
            }
            currentP = i == current ? p : currentP;
        }
        if (Double.isNaN(currentP)) {
            currentP = current < to ? starts.yes(current) : -1;
        }
        return bestP - currentP > margin ? best : current;
    }

    /**
     * The end (exclusive) of content starting at {@code words[from]}, in the sentence ending at {@code to}: the
     * likeliest candidate up to {@code current} (the rules' end: where the rules stop short of the sentence end,
     * they saw another report begin, "… and said …"), unless it is not likelier than {@code current} by
     * {@code margin}.
     */
    int end(List<Word> words, int cue, int from, int to, int current, double margin) {
        int best = current;
        double bestP = -1;
        double currentP = -1;
        ContentEndScorer.Candidates ends = endScorer.candidates(words, cue, from, to, current);
        for (int j = from + 1; j <= current; j++) {
            if (isPunctuation(words.get(j - 1)) && j < to) {
                continue; // content does not end on a comma or an opening mark
            }
            double p = ends.yes(j);
            if (p > bestP) {
                best = j;
                bestP = p;
            }
            currentP = j == current ? p : currentP;
        }
        return bestP - currentP > margin ? best : current;
    }

    static boolean isPunctuation(Word w) {
        return !w.isLetters() && !Character.isDigit(w.text().codePointAt(0)) && !w.isQuoteMark();
    }

    public static ContentBoundaryModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content boundary model " + file, e);
        }
    }

    /**
     * The shipped model, read once per JVM: it is immutable (its scorers' tables are built when it is read),
     * and the content-boundary annotators of every worker thread share it.
     */
    public static ContentBoundaryModel loadDefault() {
        return SHIPPED.get();
    }

    private static final ReadOnce<ContentBoundaryModel> SHIPPED = new ReadOnce<>(ContentBoundaryModel::readDefault);

    private static ContentBoundaryModel readDefault() {
        try (InputStream in = ContentBoundaryModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The model of a model file, its parameters read straight into the scorers' arrays ({@link GisParameters#read}). */
    public static ContentBoundaryModel read(InputStream in) throws IOException {
        DataInputStream data = ModelFile.open(in, FORMAT, "a content boundary model");
        GisParameters start = readParameters(data);
        GisParameters end = readParameters(data);
        return new ContentBoundaryModel(start, end);
    }

    /** The GIS models of a model file as OpenNLP reads them. */
    static GisModels readGisModels(InputStream in) throws IOException {
        DataInputStream data = ModelFile.open(in, FORMAT, "a content boundary model");
        MaxentModel start = readModel(data);
        MaxentModel end = readModel(data);
        return new GisModels(start, end);
    }

    private static MaxentModel readModel(DataInputStream data) throws IOException {
        byte[] bytes = new byte[data.readInt()];
        data.readFully(bytes);
        return new BinaryGISModelReader(new DataInputStream(new ByteArrayInputStream(bytes))).getModel();
    }

    /** One GIS model's parameters; the length written before it is passed over, the layout ends itself. */
    private static GisParameters readParameters(DataInputStream data) throws IOException {
        data.readInt();
        return GisParameters.read(data);
    }

    /** The model's bytes: the same model gives the same bytes (no time stamp in the gzip header). */
    static byte[] toBytes(GisModels models) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            DataOutputStream data = new DataOutputStream(gzip);
            data.writeUTF(FORMAT);
            writeModel(data, models.start());
            writeModel(data, models.end());
            data.flush();
        }
        return bytes.toByteArray();
    }

    private static void writeModel(DataOutputStream data, MaxentModel model) throws IOException {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        new BinaryGISModelWriter((AbstractModel) model, new DataOutputStream(one)).persist();
        data.writeInt(one.size());
        one.writeTo(data);
    }
}
