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
    /** Whether the model is a quasi-Newton maxent model, whose parameters a scorer sums itself. */
    private final boolean quasiNewton;
    /** A quasi-Newton model's parameters for the families scorers were asked for, made once per families. */
    private final Map<FeatureFamilies, FamilyWeights> familyWeights = new ConcurrentHashMap<>();

    private BinaryClassifier(MaxentModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
        this.quasiNewton = model instanceof QNModel;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Context> contexts() {
        return (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
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

    /** A sink that scores the features of {@code families} given to it, for one annotator (not thread-safe). */
    FamilyScorer scorer(FeatureFamilies families) {
        if (!quasiNewton) {
            return new NamedScorer(families);
        }
        return new HandleScorer(familyWeights.computeIfAbsent(families,
                declared -> new FamilyWeights(contexts(), model.getNumOutcomes(), declared)));
    }

    /** {@code QNModel.eval}'s probability of the yes outcome from the sums of the parameters; sets the sums to 0. */
    private double probability(double[] sums) {
        double logSum = ArrayMath.logSumOfExps(sums);
        double p = StrictMath.exp(sums[yes] - logSum);
        java.util.Arrays.fill(sums, 0);
        return p;
    }

    /** Evaluates the feature strings with the model itself. */
    private final class StringScorer implements FeatureSink {

        private final FeatureSink.Strings strings = new FeatureSink.Strings();

        @Override
        public void add(String prefix, String value) {
            strings.add(prefix, value);
        }

        double probability() {
            return BinaryClassifier.this.probability(strings.clear());
        }
    }

    /** Scores one candidate's features by family: give them, read {@link #probability}, which starts the next. */
    abstract static class FamilyScorer implements FamilySink {

        abstract double probability();
    }

    /** Evaluates the features' names with the model itself, for a model not quasi-Newton. */
    private final class NamedScorer extends FamilyScorer {

        private final StringScorer strings = new StringScorer();
        private final FamilySink named;

        NamedScorer(FeatureFamilies families) {
            named = new FamilySink.Named(families, strings);
        }

        @Override
        public void add(int family, String value) {
            named.add(family, value);
        }

        @Override
        public void add(int family, String a, String b) {
            named.add(family, a, b);
        }

        @Override
        public void add(int family, boolean value) {
            named.add(family, value);
        }

        @Override
        public void add(int family, int value) {
            named.add(family, value);
        }

        @Override
        double probability() {
            return strings.probability();
        }
    }

    /**
     * Sums a quasi-Newton model's parameters as the features come, found by their families' and values' numbers:
     * the same parameters in the same order as {@code QNModel.eval} adds them for the features' names, normalised by
     * the same steps, so every probability is the same double (features the model never saw add nothing in either).
     * The numbers of the values seen lately are kept by the strings' content, compared by identity first: a candidate
     * gives its verdict seven times, the words of a sentence come again for its next candidate, and the commonest
     * words ("the", "said") in every sentence, each time a new string.
     */
    private final class HandleScorer extends FamilyScorer {

        private static final int RECENT = 256;

        private final FamilyWeights weights;
        private final double[] sums = new double[model.getNumOutcomes()];
        private final String[] recentValues = new String[RECENT];
        private final int[] recentNumbers = new int[RECENT];

        HandleScorer(FamilyWeights weights) {
            this.weights = weights;
        }

        @Override
        public void add(int family, String value) {
            weights.addTo(sums, weights.handle(family, number(value)));
        }

        @Override
        public void add(int family, String a, String b) {
            weights.addTo(sums, weights.handle(family, number(a), number(b)));
        }

        @Override
        public void add(int family, boolean value) {
            weights.addTo(sums, weights.flag(family, value));
        }

        @Override
        public void add(int family, int value) {
            weights.addTo(sums, weights.count(family, value));
        }

        private int number(String value) {
            int slot = value.hashCode() & (RECENT - 1);
            String recent = recentValues[slot];
            if (recent != value && !value.equals(recent)) {
                recentValues[slot] = value;
                recentNumbers[slot] = weights.number(value);
            }
            return recentNumbers[slot];
        }

        @Override
        double probability() {
            return BinaryClassifier.this.probability(sums);
        }
    }
}
