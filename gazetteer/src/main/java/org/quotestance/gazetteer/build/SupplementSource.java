package org.quotestance.gazetteer.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * The curated supplement ({@code supplement.csv}): regions and physical features the npm
 * packages lack (Caucasus, Nagorno-Karabakh, Persian Gulf, continents, ...) and extra spellings
 * of places they have (a row with an existing GeoNames id only adds names), plus demonyms the
 * packages miss ({@code demonyms.csv}). Each row names its source.
 */
final class SupplementSource {

    static final String PLACES = "/org/quotestance/gazetteer/supplement.csv";
    static final String DEMONYMS = "/org/quotestance/gazetteer/demonyms.csv";

    void read(IndexBuilder index) throws IOException {
        for (CSVRecord row : rows(PLACES)) {
            List<String> names = new ArrayList<>(List.of(row.get("name")));
            if (!row.get("alternate_names").isBlank()) {
                names.addAll(List.of(row.get("alternate_names").split("\\|")));
            }
            index.add(new GazetteerEntry(Long.parseLong(row.get("geonames_id")), row.get("name"),
                    row.get("country_code"), row.get("feature_class"), Double.parseDouble(row.get("latitude")),
                    Double.parseDouble(row.get("longitude")), Long.parseLong(row.get("population")), ""), names);
        }
        for (CSVRecord row : rows(DEMONYMS)) {
            index.addDemonym(row.get("demonym"), row.get("country_code"));
        }
    }

    private static List<CSVRecord> rows(String resource) throws IOException {
        try (InputStream in = SupplementSource.class.getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setTrim(true).get();
            return format.parse(reader).getRecords();
        }
    }
}
