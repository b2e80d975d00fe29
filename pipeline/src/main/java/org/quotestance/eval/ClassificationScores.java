package org.quotestance.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotestance.stance.Polarity;

/** Accuracy, macro-F1 and per-class precision/recall/F1 of predicted against gold polarities. */
final class ClassificationScores {
    private final int[][] confusion = new int[Polarity.values().length][Polarity.values().length];
    private int total;

    void add(Polarity gold, Polarity predicted) {
        confusion[gold.ordinal()][predicted.ordinal()]++;
        total++;
    }

    double accuracy() {
        int correct = 0;
        for (Polarity p : Polarity.values()) {
            correct += confusion[p.ordinal()][p.ordinal()];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    double macroF1() {
        return List.of(Polarity.values()).stream().mapToDouble(this::f1).average().orElse(0);
    }

    double precision(Polarity p) {
        int predicted = 0;
        for (Polarity gold : Polarity.values()) {
            predicted += confusion[gold.ordinal()][p.ordinal()];
        }
        return predicted == 0 ? 0 : (double) confusion[p.ordinal()][p.ordinal()] / predicted;
    }

    double recall(Polarity p) {
        int gold = 0;
        for (Polarity predicted : Polarity.values()) {
            gold += confusion[p.ordinal()][predicted.ordinal()];
        }
        return gold == 0 ? 0 : (double) confusion[p.ordinal()][p.ordinal()] / gold;
    }

    double f1(Polarity p) {
        double precision = precision(p);
        double recall = recall(p);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The figures as name → value, prefixed with the system's name, in a fixed order. */
    Map<String, Object> asMap(String system) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(system + ".accuracy", round(accuracy()));
        figures.put(system + ".macro_f1", round(macroF1()));
        for (Polarity p : Polarity.values()) {
            figures.put(system + "." + p + ".precision", round(precision(p)));
            figures.put(system + "." + p + ".recall", round(recall(p)));
            figures.put(system + "." + p + ".f1", round(f1(p)));
        }
        return figures;
    }

    /** The confusion matrix as name → count: {@code system.confusion.GOLD.PREDICTED}. */
    Map<String, Object> confusionMap(String system) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Polarity gold : Polarity.values()) {
            for (Polarity predicted : Polarity.values()) {
                figures.put(system + ".confusion." + gold + "." + predicted, confusion[gold.ordinal()][predicted.ordinal()]);
            }
        }
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
