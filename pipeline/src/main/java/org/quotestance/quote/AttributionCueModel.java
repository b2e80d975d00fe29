package org.quotestance.quote;

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
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import org.quotestance.pipeline.ReadOnce;
import org.quotestance.text.Word;

import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Which words of a sentence are attribution cues, and on which side their content stands: a maxent
 * model (OpenNLP GIS) over {@link AttributionCueFeatures}, asked only about the candidate words
 * (word forms that were the cue of an attribution often enough in the training data).
 * {@link AttributionCueTrainer} makes it; the file holds the candidate words and the model, gzipped.
 */
public final class AttributionCueModel {

    /**
     * The outcomes: no cue; a cue whose content follows it; a cue whose content comes before it; a cue inside its
     * content, which has no source ("[Trump is expected to win the state]", "[the campaign appears to have shifted]").
     */
    public enum Side { NONE, AFTER, BEFORE, AROUND }

    /** The model trained on PolNeAR's train compartment, shipped with the pipeline. */
    public static final String DEFAULT_RESOURCE = "/org/quotestance/quote/attribution-cue.model.gz";

    private static final String FORMAT = "quotestance-attribution-cue-1";

    private final Set<String> candidates;
    /**
     * The candidates' hashes, one bit each (hash modulo the bits): most words of a text are no candidate, and a
     * clear bit says so without the set's probes comparing the word with the candidates it meets.
     */
    private final long[] candidateHashes = new long[256];
    private final AttributionCueScorer scorer;
    private final int[] outcomeIndex = new int[Side.values().length];

    /**
     * The candidate words and the GIS model as OpenNLP reads and writes it: for training and for checking the
     * scorer.
     */
    record Trained(Set<String> candidates, MaxentModel gis) {
    }

    /**
     * A model scoring as {@code trained}, keeping only the candidates and the scorer's arrays: OpenNLP's objects
     * (a context with two arrays per feature) would stay live for the whole run.
     */
    AttributionCueModel(Trained trained) {
        this(trained.candidates(), GisParameters.of(trained.gis()));
    }

    private AttributionCueModel(Set<String> candidates, GisParameters gis) {
        this.candidates = Set.copyOf(candidates);
        for (String c : this.candidates) {
            int hash = c.hashCode();
            candidateHashes[(hash >>> 6) & (candidateHashes.length - 1)] |= 1L << hash;
        }
        this.scorer = new AttributionCueScorer(gis);
        for (Side side : Side.values()) {
            outcomeIndex[side.ordinal()] = gis.outcome(side.name());
        }
    }

    /** A cue prediction: the likelier side and the probability that the word is a cue. */
    public record Prediction(Side side, double probability) {
    }

    boolean isCandidate(Word w) {
        String lower = w.lower();
        int hash = lower.hashCode();
        return (candidateHashes[(hash >>> 6) & (candidateHashes.length - 1)] & 1L << hash) != 0
                && candidates.contains(lower);
    }

    /**
     * The side of the cue at {@code words[i]} in the sentence {@code words[from, to)}: the likeliest of AFTER, BEFORE
     * and AROUND (AFTER on a tie), with the probability that the word is a cue at all (one minus NONE's).
     */
    Prediction predict(List<Word> words, int from, int to, int i) {
        double[] p = outcomes(words, from, to, i);
        Side side = p[Side.AFTER.ordinal()] >= p[Side.BEFORE.ordinal()] ? Side.AFTER : Side.BEFORE;
        if (p[Side.AROUND.ordinal()] > p[side.ordinal()]) {
            side = Side.AROUND;
        }
        return new Prediction(side, 1 - p[Side.NONE.ordinal()]);
    }

    /** The probability of each {@link Side}, by its ordinal. */
    double[] outcomes(List<Word> words, int from, int to, int i) {
        double[] p = scorer.outcomes(words, from, to, i);
        double[] bySide = new double[Side.values().length];
        for (Side side : Side.values()) {
            int k = outcomeIndex[side.ordinal()];
            bySide[side.ordinal()] = k < 0 ? 0 : p[k];
        }
        return bySide;
    }

    public static AttributionCueModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attribution cue model " + file, e);
        }
    }

    /** The model in {@code file}, or the shipped one when the annotator's model parameter is empty. */
    public static AttributionCueModel loadOrDefault(String file) {
        return file.isEmpty() ? loadDefault() : load(Path.of(file));
    }

    /**
     * The shipped model, read once per JVM: it is immutable, and the learned-attribution and following-report
     * annotators of every worker thread share it.
     */
    public static AttributionCueModel loadDefault() {
        return SHIPPED.get();
    }

    private static final ReadOnce<AttributionCueModel> SHIPPED = new ReadOnce<>(AttributionCueModel::readDefault);

    private static AttributionCueModel readDefault() {
        try (InputStream in = AttributionCueModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The model of a model file, its parameters read straight into the scorer's arrays ({@link GisParameters#read}). */
    static AttributionCueModel read(InputStream in) throws IOException {
        DataInputStream data = ModelFile.open(in, FORMAT, "an attribution cue model");
        Set<String> candidates = readCandidates(data);
        return new AttributionCueModel(candidates, GisParameters.read(data));
    }

    /** The candidate words and the GIS model of a model file as OpenNLP reads it. */
    static Trained readTrained(InputStream in) throws IOException {
        DataInputStream data = ModelFile.open(in, FORMAT, "an attribution cue model");
        Set<String> candidates = readCandidates(data);
        return new Trained(candidates, new BinaryGISModelReader(data).getModel());
    }

    private static Set<String> readCandidates(DataInputStream data) throws IOException {
        int n = data.readInt();
        Set<String> candidates = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            candidates.add(data.readUTF());
        }
        return candidates;
    }

    /** The model's bytes: the same model gives the same bytes (no time stamp in the gzip header). */
    static byte[] toBytes(Trained trained) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            DataOutputStream data = new DataOutputStream(gzip);
            data.writeUTF(FORMAT);
            Set<String> sorted = new TreeSet<>(trained.candidates());
            data.writeInt(sorted.size());
            for (String c : sorted) {
                data.writeUTF(c);
            }
            new BinaryGISModelWriter((AbstractModel) trained.gis(), data).persist(); // closes the streams
        }
        return bytes.toByteArray();
    }

    int candidateCount() {
        return candidates.size();
    }
}
