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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.quotestance.pipeline.ReadOnce;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.Word;

import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Which mention of the cue's sentence is the source of an attribution: a maxent model (OpenNLP GIS) that
 * scores each {@link SourceCandidates candidate} over {@link SourceFeatures} as SOURCE or OTHER; the likeliest
 * candidate wins ({@link SourceScorer} scores them from feature numbers). {@link SourceTrainer} makes it from
 * PolNeAR's source spans; the file is gzipped.
 */
public final class SourceModel {

    static final String SOURCE = "SOURCE";
    static final String OTHER = "OTHER";
    /** The model trained on PolNeAR's train compartment, shipped with the pipeline. */
    static final String DEFAULT_RESOURCE = "/org/quotestance/quote/attribution-source.model.gz";
    private static final String FORMAT = "quotestance-attribution-source-1";

    /** The chosen source and the model's probability that it is the source. */
    record Choice(MentionCandidate mention, double probability) {
    }

    /**
     * Which candidates (by index, -1 for none) are the closest on each side of the cue and the first of the
     * sentence.
     */
    record Ranks(int nearestBefore, int nearestAfter, int leftmost) {

        static Ranks of(List<SourceCandidates.Candidate> found, int cue) {
            int nearestBefore = -1;
            int nearestAfter = -1;
            int leftmost = -1;
            for (int i = 0; i < found.size(); i++) {
                SourceCandidates.Candidate c = found.get(i);
                if (leftmost < 0 || c.firstWord() < found.get(leftmost).firstWord()) {
                    leftmost = i;
                }
                if (c.endWord() <= cue && (nearestBefore < 0 || c.endWord() > found.get(nearestBefore).endWord())) {
                    nearestBefore = i;
                }
                if (c.firstWord() > cue && (nearestAfter < 0 || c.firstWord() < found.get(nearestAfter).firstWord())) {
                    nearestAfter = i;
                }
            }
            return new Ranks(nearestBefore, nearestAfter, leftmost);
        }
    }

    private final SourceScorer scorer;
    private final SourceCandidates candidates = new SourceCandidates();

    /**
     * A model scoring as {@code gis}, keeping only the scorer's arrays: OpenNLP's objects (a context with two
     * arrays per feature) would stay live for the whole run.
     */
    SourceModel(MaxentModel gis) {
        this(new SourceScorer(gis));
    }

    /** A model scoring with {@code scorer}, which it may share: a scorer is not changed once made. */
    private SourceModel(SourceScorer scorer) {
        this.scorer = scorer;
    }

    /** The likeliest source of the cue at {@code cue} (content {@code [contentFrom, contentTo)}), or null. */
    Choice choose(List<Word> words, int from, int to, int cue, int contentFrom, int contentTo,
            MentionCandidate ruleChoice) {
        List<SourceCandidates.Candidate> found = candidates.of(words, from, to, cue, contentFrom, contentTo,
                ruleChoice);
        double[] probabilities = scorer.sourceProbabilities(words, from, to, cue, contentFrom, contentTo, found);
        Choice best = null;
        for (int i = 0; i < found.size(); i++) {
            double p = probabilities[i];
            if (best == null || p > best.probability()) {
                best = new Choice(found.get(i).mention(), p);
            }
        }
        return best;
    }

    /** The chosen source when its probability reaches {@code minProbability}, else null. */
    MentionCandidate speaker(List<Word> words, int from, int to, int cue, int[] content, MentionCandidate ruleChoice,
            double minProbability) {
        Choice choice = choose(words, from, to, cue, content[0], content[1], ruleChoice);
        return choice == null || choice.probability() < minProbability ? null : choice.mention();
    }

    /**
     * The features of each candidate, in order; "nearest" is the closest candidate on each side of the cue,
     * "leftmost" the first of the sentence.
     */
    static List<String[]> features(List<Word> words, int from, int to, int cue, int contentFrom, int contentTo,
            List<SourceCandidates.Candidate> found) {
        Ranks ranks = Ranks.of(found, cue);
        List<String[]> features = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            features.add(SourceFeatures.of(words, from, to, cue, contentFrom, contentTo, found.get(i),
                    i == ranks.nearestBefore(), i == ranks.nearestAfter(), i == ranks.leftmost()));
        }
        return features;
    }

    static SourceModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attribution source model " + file, e);
        }
    }

    /**
     * The shipped model: the scorer is read once per JVM and shared by every worker thread's annotator, each of which
     * gets its own candidate finder.
     */
    public static SourceModel loadDefault() {
        return new SourceModel(SHIPPED.get());
    }

    private static final ReadOnce<SourceScorer> SHIPPED = new ReadOnce<>(SourceModel::readDefault);

    private static SourceScorer readDefault() {
        try (InputStream in = SourceModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return readScorer(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    private static SourceModel read(InputStream in) throws IOException {
        return new SourceModel(readScorer(in));
    }

    /** The scorer of a model file, its parameters read straight into its arrays ({@link GisParameters#read}). */
    private static SourceScorer readScorer(InputStream in) throws IOException {
        return new SourceScorer(GisParameters.read(ModelFile.open(in, FORMAT, "an attribution source model")));
    }

    /** The GIS model of a model file as OpenNLP reads it: for training and for checking the scorer. */
    static MaxentModel readGis(InputStream in) throws IOException {
        return new BinaryGISModelReader(ModelFile.open(in, FORMAT, "an attribution source model")).getModel();
    }

    /** The bytes of the GIS model {@code gis}: the same model gives the same bytes (no time stamp in the gzip header). */
    static byte[] toBytes(MaxentModel gis) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            DataOutputStream data = new DataOutputStream(gzip);
            data.writeUTF(FORMAT);
            new BinaryGISModelWriter((AbstractModel) gis, data).persist(); // closes the streams
        }
        return bytes.toByteArray();
    }
}
