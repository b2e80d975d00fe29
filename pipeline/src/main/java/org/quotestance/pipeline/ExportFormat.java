package org.quotestance.pipeline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The corpus formats {@code annotate --formats} can select; all by default. */
public enum ExportFormat {
    /** {@code xmi/<doc_id>.xmi} and {@code xmi/TypeSystem.xml}. */
    XMI,
    /** {@code csv/*.csv}, the tables of the data contract. */
    CSV,
    /** {@code jsonl/corpus.jsonl}, one document a line. */
    JSONL,
    /** {@code conll/corpus.conll}, BIO tags per token. */
    CONLL,
    /** {@code site/}, the corpus browser (static HTML). */
    SITE,
    /** {@code graph/stance.graphml} and {@code graph/quotes.graphml}, for Gephi, NetworkX and igraph. */
    GRAPH,
    /** {@code README.md} (the dataset card) and {@code croissant.json}; written last. */
    DATASHEET;

    public static Set<ExportFormat> all() {
        return EnumSet.allOf(ExportFormat.class);
    }

    /** A comma list such as {@code xmi,csv}; case does not matter. */
    public static Set<ExportFormat> parse(String list) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                formats.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name.strip() + "' (known: "
                        + String.join(",", all().stream().map(ExportFormat::id).toList()) + ")", e);
            }
        }
        return formats;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
