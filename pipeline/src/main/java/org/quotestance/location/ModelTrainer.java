package org.quotestance.location;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains a yes/no logistic regression with liblinear's L2-regularised trust-region Newton solver, run to a tight
 * tolerance, and hands it on as an OpenNLP maxent model ({@link BinaryClassifier} reads and scores that format).
 * The objective is the one OpenNLP's quasi-Newton trainer minimised before (cost 1 on the squared weights of both
 * outcomes, which for two outcomes is liblinear's C = 1), but OpenNLP stops once the objective changes by less than
 * 1e-4 of itself, where weights along directions the data hardly constrain are still far from the optimum: one full
 * fit moved weights by up to 3.7 when a few features of a few events changed. No random state: the same events in
 * the same order give the same model bytes.
 */
final class ModelTrainer {

    /** Features seen fewer times than this in all events are left out, as OpenNLP's cutoff does. */
    private static final int CUTOFF = 2;
    private static final double C = 1.0;
    /** liblinear's stopping tolerance on the gradient's norm, relative to its norm at 0 (its default is 0.01). */
    private static final double TOLERANCE = 1e-6;
    private static final int MOST_ITERATIONS = 10_000;

    private ModelTrainer() {
    }

    static MaxentModel train(List<Event> events) {
        String[] features = keptFeatures(events);
        if (features.length == 0) { // liblinear refuses a problem without features; such a model knows nothing
            return new QNModel(new Context[0], features, new String[] { BinaryClassifier.YES, BinaryClassifier.NO });
        }
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < features.length; i++) {
            index.put(features[i], i + 1);
        }
        Problem problem = new Problem();
        problem.l = events.size();
        problem.n = features.length;
        problem.bias = -1;
        problem.x = new Feature[events.size()][];
        problem.y = new double[events.size()];
        for (int e = 0; e < events.size(); e++) {
            Event event = events.get(e);
            problem.x[e] = vector(event.getContext(), index);
            problem.y[e] = BinaryClassifier.YES.equals(event.getOutcome()) ? 1 : -1;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, C, TOLERANCE);
        parameter.setMaxIters(MOST_ITERATIONS);
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        return asMaxent(model, features);
    }

    /** The features seen at least {@link #CUTOFF} times, in their natural order. */
    private static String[] keptFeatures(List<Event> events) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Event event : events) {
            for (String feature : event.getContext()) {
                counts.merge(feature, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= CUTOFF).map(Map.Entry::getKey)
                .toArray(String[]::new);
    }

    /** The context as liblinear's sparse vector: a kept feature's index, valued by how often the context holds it. */
    private static Feature[] vector(String[] context, Map<String, Integer> index) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String feature : context) {
            Integer i = index.get(feature);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        List<Feature> vector = new ArrayList<>(counts.size());
        counts.forEach((i, n) -> vector.add(new FeatureNode(i, n)));
        return vector.toArray(new Feature[0]);
    }

    /**
     * The model as an OpenNLP maxent model over the outcomes yes and no: each feature's weight w, halved, goes to yes
     * as +w/2 and to no as -w/2, so that the softmax of the two sums is liblinear's sigmoid of w.x.
     */
    private static MaxentModel asMaxent(Model model, String[] features) {
        double[] weights = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        String[] outcomes = { BinaryClassifier.YES, BinaryClassifier.NO };
        int[] both = { 0, 1 };
        Context[] contexts = new Context[features.length];
        for (int i = 0; i < features.length; i++) {
            double half = sign * weights[i] / 2;
            contexts[i] = new Context(both, new double[] { half, -half });
        }
        return new QNModel(contexts, features, outcomes);
    }

    /** The model in OpenNLP's binary format, gzipped (the gzip header carries no time stamp). */
    static byte[] bytes(MaxentModel model) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(buffer))) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
