package org.quotestance.gazetteer.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.quotestance.gazetteer.GazetteerEntry;

/**
 * Countries: names, official names, alternate spellings, demonyms and a representative point
 * from world-countries ({@code dist/countries.csv}, ODbL), joined on the ISO code with GeoNames'
 * country ids, populations and borders ({@code country-info.csv}, from GeoNames countryInfo.txt).
 * Where country-info.csv gives GeoNames' own point for a country it replaces world-countries'
 * rounded one (for large countries the two lie hundreds of kilometres apart), and where it gives
 * GeoNames' English short name ("Turkey") that is the canonical name; world-countries' common
 * name ("Türkiye") stays an alternate name.
 */
final class CountrySource {

    static final String ENTRY = "package/dist/countries.csv";
    static final String COUNTRY_INFO = "/org/quotestance/gazetteer/country-info.csv";

    /** Two-letter spellings that English news uses as names; the other ISO codes are not indexed. */
    private static final Set<String> SHORT_FORMS = Set.of("US", "UK");

    /**
     * GeoNames facts of a country; latitude/longitude are NaN where GeoNames' point is not given;
     * englishName is empty unless world-countries' common name is not the English short name.
     */
    record CountryInfo(long geonamesId, long population, double latitude, double longitude, String englishName) {
    }

    void read(byte[] worldCountries, IndexBuilder index) throws IOException {
        Map<String, CountryInfo> info = readCountryInfo(index);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(worldCountries), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            // independent countries first: their demonyms win over dependencies' ("French", "Dutch")
            rows.sort(Comparator.comparing((CSVRecord row) -> !"1".equals(row.get("independent"))));
            for (CSVRecord row : rows) {
                String cc = row.get("cca2");
                CountryInfo known = info.getOrDefault(cc, new CountryInfo(0, 0, Double.NaN, Double.NaN, ""));
                String[] latLng = row.get("latlng").split(",");
                double lat = Double.isNaN(known.latitude()) ? Double.parseDouble(latLng[0]) : known.latitude();
                double lon = Double.isNaN(known.longitude()) ? Double.parseDouble(latLng[1]) : known.longitude();
                String featureClass = "1".equals(row.get("independent")) ? "A.PCLI" : "A.PCLD";
                String name = known.englishName().isEmpty() ? row.get("name.common") : known.englishName();
                GazetteerEntry entry = new GazetteerEntry(known.geonamesId(), name, cc,
                        featureClass, lat, lon, known.population(), "");
                List<String> names = new ArrayList<>(List.of(name, row.get("name.common"), row.get("name.official")));
                for (String spelling : row.get("altSpellings").split(",")) {
                    if (spelling.length() > 2 || SHORT_FORMS.contains(spelling)) {
                        names.add(spelling);
                    }
                }
                index.add(entry, names);
                index.addDemonym(row.get("demonyms.eng.m"), cc);
                index.addDemonym(row.get("demonyms.eng.f"), cc);
            }
        }
    }

    private static Map<String, CountryInfo> readCountryInfo(IndexBuilder index) throws IOException {
        Map<String, CountryInfo> info = new HashMap<>();
        try (InputStream in = CountrySource.class.getResourceAsStream(COUNTRY_INFO);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').get();
            for (CSVRecord row : format.parse(reader)) {
                info.put(row.get("cc"), new CountryInfo(Long.parseLong(row.get("geonames_id")),
                        Long.parseLong(row.get("population")), coordinate(row.get("latitude")),
                        coordinate(row.get("longitude")),
                        row.isSet("name") ? row.get("name").strip() : ""));
                index.addNeighbours(row.get("cc"), row.get("neighbours"));
            }
        }
        return info;
    }

    private static double coordinate(String value) {
        return value.isBlank() ? Double.NaN : Double.parseDouble(value);
    }
}
