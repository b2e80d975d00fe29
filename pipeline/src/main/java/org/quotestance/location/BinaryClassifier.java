package org.quotestance.location;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A two-outcome OpenNLP maxent model ("yes"/"no") read from a file or a classpath resource
 * (OpenNLP's binary model format, gzipped, as {@link ModelTrainer} writes it).
 */
final class BinaryClassifier {

    static final String YES = "yes";
    static final String NO = "no";

    /**
     * The classpath models read so far, one copy per JVM: a model is immutable once read, and every
     * engine copy (one per worker thread) would otherwise read its own.
     */
    private static final Map<String, BinaryClassifier> RESOURCES = new ConcurrentHashMap<>();

    private final MaxentModel model;
    private final int yes;
    /** The parameters of a quasi-Newton maxent model's features, or null for another kind of model. */
    private final FeatureWeights weights;

    private BinaryClassifier(MaxentModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
        this.weights = model instanceof QNModel qn ? weights(qn) : null;
    }

    @SuppressWarnings("unchecked")
    private static FeatureWeights weights(QNModel model) {
        Map<String, Context> contexts = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        return new FeatureWeights(contexts, model.getNumOutcomes());
    }

    /**
     * @param location a file path, or a classpath resource starting with {@code /}; empty or
     *                 {@code none} for no model
     * @return the model, or null when the location says none
     */
    static BinaryClassifier load(String location) {
        if (location == null || location.isBlank() || location.equals("none")) {
            return null;
        }
        if (Files.isRegularFile(Path.of(location))) {
            return read(location);
        }
        return RESOURCES.computeIfAbsent(location, BinaryClassifier::read);
    }

    private static BinaryClassifier read(String location) {
        try (InputStream raw = open(location);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            return new BinaryClassifier(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + location, e);
        }
    }

    static BinaryClassifier of(MaxentModel model) {
        return new BinaryClassifier(model);
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream resource = BinaryClassifier.class.getResourceAsStream(location);
        if (resource == null) {
            throw new IOException("no such file or classpath resource");
        }
        return resource;
    }

    double probability(String[] features) {
        return model.eval(features)[yes];
    }

    /** A sink that scores the features given to it, for one annotator (not thread-safe). */
    Scorer scorer() {
        return weights != null ? new SummingScorer() : new StringScorer();
    }

    /** Scores one candidate's features at a time: give them, read {@link #probability}, which starts the next. */
    abstract static class Scorer implements FeatureSink {

        abstract double probability();
    }

    /** Evaluates the feature strings with the model itself. */
    private final class StringScorer extends Scorer {

        private final FeatureSink.Strings strings = new FeatureSink.Strings();

        @Override
        public void add(String prefix, String value) {
            strings.add(prefix, value);
        }

        @Override
        double probability() {
            return BinaryClassifier.this.probability(strings.clear());
        }
    }

    /**
     * Sums a quasi-Newton model's parameters as the features come, without building their strings: the same
     * parameters added in the same order, normalised by the same steps as {@code QNModel.eval}, so every
     * probability is the same double (features the model never saw add nothing in either).
     */
    private final class SummingScorer extends Scorer {

        private final double[] sums = new double[model.getNumOutcomes()];

        @Override
        public void add(String prefix, String value) {
            weights.addTo(sums, prefix, value);
        }

        @Override
        double probability() {
            double logSum = ArrayMath.logSumOfExps(sums);
            double p = StrictMath.exp(sums[yes] - logSum);
            java.util.Arrays.fill(sums, 0);
            return p;
        }
    }
}
