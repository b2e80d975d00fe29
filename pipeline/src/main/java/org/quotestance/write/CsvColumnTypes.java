package org.quotestance.write;

import java.util.Set;

/** The schema.org data type of each column of the CSV tables, for the Croissant record sets. */
final class CsvColumnTypes {

    private static final Set<String> INTEGERS = Set.of("n_chars", "n_quotes", "n_locations", "n_stances", "begin",
            "end", "speaker_begin", "speaker_end", "geonames_id", "n_docs", "n_mentions",
            "n_outlets");
    private static final Set<String> FLOATS = Set.of("latitude", "longitude");

    private CsvColumnTypes() {
    }

    static String dataType(String column) {
        if (INTEGERS.contains(column)) {
            return "sc:Integer";
        }
        if (FLOATS.contains(column)) {
            return "sc:Float";
        }
        return column.equals("url") ? "sc:URL" : "sc:Text";
    }
}
