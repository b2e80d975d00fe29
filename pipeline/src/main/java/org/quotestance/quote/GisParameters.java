package org.quotestance.quote;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.ModelParameterChunker;

/**
 * What {@link IndexedGisModel} needs of an OpenNLP GIS model: its outcomes, its feature names (in the model's own
 * order) and every parameter as raw double bits, {@code outcomes} per feature ({@code f * outcomes + o}; 0, the
 * bits of 0.0, where the model holds none). {@link #read} takes them straight from the bytes OpenNLP's
 * {@code BinaryGISModelWriter} writes, without the object per feature and the map that its reader builds (most of
 * a large model's start-up time and garbage).
 */
record GisParameters(String[] outcomes, String[] features, long[] weights) {

    private static final String TYPE = "GIS";

    /** The parameters of the GIS model whose binary form starts at {@code data}'s position, which ends after it. */
    static GisParameters read(DataInputStream data) throws IOException {
        String type = data.readUTF();
        if (!type.equals(TYPE)) {
            throw new IOException("not a GIS model (" + type + ")");
        }
        data.readInt(); // the correction constant and parameter: OpenNLP's GIS no longer scores with them
        data.readDouble();
        String[] outcomes = utfs(data);
        int[][] patterns = outcomePatterns(utfs(data), outcomes.length);
        String[] features = utfs(data);
        long[] weights = new long[features.length * outcomes.length];
        int feature = 0;
        for (int[] pattern : patterns) {
            for (int f = 0; f < pattern[0]; f++, feature++) {
                if (feature == features.length) {
                    throw new IOException("the outcome patterns name more features than the model's " + features.length);
                }
                for (int k = 1; k < pattern.length; k++) {
                    weights[feature * outcomes.length + pattern[k]] = Double.doubleToRawLongBits(data.readDouble());
                }
            }
        }
        if (feature != features.length) {
            throw new IOException("the outcome patterns name " + feature + " of the model's " + features.length + " features");
        }
        return new GisParameters(outcomes, features, weights);
    }

    /** The parameters of a model in memory (a freshly trained one, or one OpenNLP read); a GIS model only. */
    static GisParameters of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("not a GIS model: " + model.getClass().getName());
        }
        Object[] structures = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) structures[1];
        String[] outcomes = (String[]) structures[2];
        String[] features = new String[contexts.size()];
        long[] weights = new long[contexts.size() * outcomes.length];
        int feature = 0;
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            features[feature] = e.getKey();
            int[] its = e.getValue().getOutcomes();
            double[] values = e.getValue().getParameters();
            for (int k = 0; k < its.length; k++) {
                weights[feature * outcomes.length + its[k]] = Double.doubleToRawLongBits(values[k]);
            }
            feature++;
        }
        return new GisParameters(outcomes, features, weights);
    }

    /** The number of the outcome named {@code name}, or -1. */
    int outcome(String name) {
        for (int o = 0; o < outcomes.length; o++) {
            if (outcomes[o].equals(name)) {
                return o;
            }
        }
        return -1;
    }

    private static String[] utfs(DataInputStream data) throws IOException {
        int count = data.readInt();
        if (count < 0) {
            throw new IOException("a negative count in a GIS model: " + count);
        }
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            strings[i] = ModelParameterChunker.readUTF(data);
        }
        return strings;
    }

    /** Each pattern as "how many features, then their outcomes" ("23191 0 1"), parsed and checked. */
    private static int[][] outcomePatterns(String[] written, int outcomes) throws IOException {
        int[][] patterns = new int[written.length][];
        for (int p = 0; p < written.length; p++) {
            String[] parts = written[p].split(" ");
            patterns[p] = new int[parts.length];
            try {
                for (int k = 0; k < parts.length; k++) {
                    patterns[p][k] = Integer.parseInt(parts[k]);
                }
            } catch (NumberFormatException e) {
                throw new IOException("not an outcome pattern: " + written[p], e);
            }
            for (int k = 1; k < parts.length; k++) {
                if (patterns[p][k] < 0 || patterns[p][k] >= outcomes) {
                    throw new IOException("an outcome pattern names outcome " + patterns[p][k] + " of " + outcomes);
                }
            }
        }
        return patterns;
    }
}
