package org.quotestance.cli;

import java.util.List;
import java.util.Map;

/** The headline figures of an evaluation as a Markdown table, for the README. */
final class FigureTable {

    private FigureTable() {
    }

    private static final Map<String, List<String>> HEADLINE = Map.of(
            "quotes", List.of("documents", "all_gold", "all_predicted", "all_overlap_precision",
                    "all_overlap_recall", "all_overlap_f1", "all_exact_f1", "direct_overlap_f1", "direct_exact_f1",
                    "mixed_overlap_f1", "indirect_overlap_recall", "indirect_speech_cue_recall", "type_accuracy",
                    "speaker_accuracy", "start_accuracy", "start_accuracy_word_after_cue", "end_accuracy",
                    "end_accuracy_sentence_end"),
            "locations", List.of("documents", "gold_toponyms", "predicted", "overlap_precision", "overlap_recall",
                    "overlap_f1", "exact_f1", "acc_at_161", "mean_error_km", "usage_pairs", "usage_accuracy"),
            "stance", List.of("targets", "stance.accuracy", "stance.macro_f1", "lexicon_only.accuracy",
                    "lexicon_only.macro_f1", "majority.accuracy", "majority.macro_f1"));

    static String markdown(String task, String gold, Map<String, Object> figures) {
        StringBuilder md = new StringBuilder();
        md.append("`").append(gold).append("`\n\n| figure | value |\n|---|---|\n");
        for (String key : HEADLINE.getOrDefault(task, List.copyOf(figures.keySet()))) {
            boolean noUsageGold = key.startsWith("usage") && Integer.valueOf(0).equals(figures.get("usage_pairs"));
            if (figures.containsKey(key) && !noUsageGold) {
                md.append("| ").append(key).append(" | ").append(figures.get(key)).append(" |\n");
            }
        }
        return md.append('\n').toString();
    }

    /** Figures of each variant that the cross-validation report keeps, in this order. */
    private static final List<String> CROSS_VALIDATED = List.of("overlap_precision", "overlap_recall", "overlap_f1",
            "acc_at_161", "usage_accuracy");

    /**
     * The headline figures of {@code train locations} as one flat map, {@code set.variant.figure} to value
     * (what the dataset card reads); usage accuracy only where the set has usage gold.
     */
    static Map<String, Object> crossValidatedHeadline(Map<String, Map<String, Map<String, Object>>> figures) {
        Map<String, Object> flat = new java.util.LinkedHashMap<>();
        figures.forEach((set, variants) -> variants.forEach((variant, values) -> {
            flat.putIfAbsent(set + ".documents", values.get("documents"));
            flat.putIfAbsent(set + ".gold_toponyms", values.get("gold_toponyms"));
            for (String key : CROSS_VALIDATED) {
                if (!key.startsWith("usage") || !Integer.valueOf(0).equals(values.get("usage_pairs"))) {
                    flat.put(set + "." + variant + "." + key, values.get(key));
                }
            }
        }));
        return flat;
    }

    /** The cross-validated figures as one Markdown table: a row per set and variant. */
    static String crossValidatedMarkdown(Map<String, Map<String, Map<String, Object>>> figures, int folds) {
        StringBuilder md = new StringBuilder("Locations, " + folds + "-fold cross-validated by document (`train locations`)\n\n");
        md.append("| set | variant | P | R | F1 | Acc@161 | usage |\n|---|---|---|---|---|---|---|\n");
        figures.forEach((set, variants) -> variants.forEach((variant, values) -> {
            md.append("| ").append(set).append(" | ").append(variant);
            for (String key : CROSS_VALIDATED) {
                boolean noUsageGold = key.startsWith("usage") && Integer.valueOf(0).equals(values.get("usage_pairs"));
                md.append(" | ").append(noUsageGold ? "–" : values.get(key));
            }
            md.append(" |\n");
        }));
        return md.append('\n').toString();
    }
}
