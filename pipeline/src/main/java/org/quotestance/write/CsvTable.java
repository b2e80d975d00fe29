package org.quotestance.write;

import java.util.List;

/** The tables of the CSV contract ({@code DESIGN.md}): file name and columns, in order. */
public enum CsvTable {
    DOCUMENTS("documents.csv", "doc_id", "outlet", "date", "title", "url", "n_chars", "n_quotes", "n_locations",
            "n_stances"),
    QUOTES("quotes.csv", "doc_id", "quote_id", "type", "begin", "end", "text", "speaker_id", "speaker_name",
            "speaker_mention", "speaker_mention_type", "cue", "cue_lemma", "speaker_begin", "speaker_end", "cue_class",
            "speaker_external_id"),
    SPEAKERS("speakers.csv", "speaker_id", "canonical_name", "kind", "role", "variants", "n_quotes", "n_docs",
            "aliases", "n_mentions", "n_outlets", "first_date", "last_date", "ambiguous_with", "external_id"),
    LOCATIONS("locations.csv", "doc_id", "begin", "end", "surface", "name", "geonames_id", "country_code",
            "feature_class", "latitude", "longitude", "usage"),
    STANCES("stances.csv", "doc_id", "stance_id", "holder_id", "holder_name", "target", "polarity", "begin", "end",
            "evidence", "quote_id", "cue", "target_id", "target_kind");

    private final String fileName;
    private final List<String> columns;

    CsvTable(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }
}
