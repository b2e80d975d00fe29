package org.quotestance.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of {@code compare} as two Markdown tables: spans per layer, then the agreement on matched spans. */
final class ComparisonTable {

    private static final List<String> LAYERS = List.of("quotes", "locations", "stances");
    private static final List<String> SPAN_COLUMNS = List.of("gold", "predicted", "exact_precision", "exact_recall",
            "exact_f1", "overlap_precision", "overlap_recall", "overlap_f1");
    private static final List<String> AGREEMENT = List.of("quotes.type_pairs", "quotes.type_accuracy",
            "quotes.type_kappa", "quotes.speaker_pairs", "quotes.speaker_accuracy", "locations.geonames_pairs",
            "locations.geonames_accuracy", "locations.resolved", "locations.acc_at_161", "locations.mean_error_km",
            "locations.usage_pairs", "locations.usage_accuracy", "locations.usage_kappa", "stances.polarity_pairs",
            "stances.polarity_accuracy", "stances.polarity_kappa");

    private ComparisonTable() {
    }

    static String markdown(Map<String, Object> figures) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%s documents in the gold (%s missing from the predicted side, "
                + "%s predicted documents not in the gold and left out)%n%n", figures.get("documents"),
                figures.get("documents_missing_from_predicted"), figures.get("documents_not_in_gold")));
        md.append("| layer | ").append(String.join(" | ", SPAN_COLUMNS)).append(" |\n|---|");
        md.append("---:|".repeat(SPAN_COLUMNS.size())).append('\n');
        for (String layer : LAYERS) {
            md.append("| ").append(layer).append(" |");
            for (String column : SPAN_COLUMNS) {
                md.append(' ').append(figures.get(layer + "." + column)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n| on matched spans | value |\n|---|---:|\n");
        for (String key : AGREEMENT) {
            md.append("| ").append(key).append(" | ").append(figures.get(key)).append(" |\n");
        }
        return md.toString();
    }
}
