package org.quotestance.gazetteer.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;

/** Collects places, their name keys, demonyms and borders, and writes the index {@code Gazetteer} reads. */
final class IndexBuilder {

    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final List<Set<String>> keysOfEntry = new ArrayList<>();
    /** Keys an entry has only as GeoNames alternate names, not as its own name or a curated spelling. */
    private final List<Set<String>> alternateKeysOfEntry = new ArrayList<>();
    private final Map<Long, Integer> indexOfId = new HashMap<>();
    private final Map<String, String> demonyms = new TreeMap<>();
    private final Map<String, String> neighbours = new TreeMap<>();

    /**
     * Adds a place with its names; a place whose GeoNames id is already present only contributes
     * its names to the existing entry (how the curated supplement adds transliterations).
     */
    void add(GazetteerEntry entry, Iterable<String> names) {
        add(entry, names, List.of());
    }

    /** As {@link #add(GazetteerEntry, Iterable)}, plus GeoNames alternate names, marked as such in the index. */
    void add(GazetteerEntry entry, Iterable<String> names, Iterable<String> alternateNames) {
        Integer existing = entry.geonamesId() == 0 ? null : indexOfId.get(entry.geonamesId());
        int index;
        if (existing != null) {
            index = existing;
        } else {
            index = entries.size();
            entries.add(entry);
            keysOfEntry.add(new LinkedHashSet<>());
            alternateKeysOfEntry.add(new LinkedHashSet<>());
            if (entry.geonamesId() != 0) {
                indexOfId.put(entry.geonamesId(), index);
            }
        }
        addKeys(keysOfEntry.get(index), names);
        addKeys(alternateKeysOfEntry.get(index), alternateNames);
    }

    private static void addKeys(Set<String> keys, Iterable<String> names) {
        for (String name : names) {
            String key = NameKeys.normalise(name);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
    }

    void addDemonym(String demonym, String countryCode) {
        String key = NameKeys.normalise(demonym);
        if (key.length() > 2) {
            demonyms.putIfAbsent(key, countryCode);
            demonyms.putIfAbsent(key.endsWith("s") ? key : key + "s", countryCode);
        }
    }

    void addNeighbours(String countryCode, String borders) {
        neighbours.put(countryCode, borders);
    }

    int size() {
        return entries.size();
    }

    /** Writes the gzip'd index; returns the number of distinct name keys. */
    int write(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Map<String, List<Integer>> postings = new TreeMap<>();
        Map<String, Set<Integer>> alternateOnly = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String key : keysOfEntry.get(i)) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (String key : alternateKeysOfEntry.get(i)) {
                if (!keysOfEntry.get(i).contains(key)) {
                    postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                    alternateOnly.computeIfAbsent(key, k -> new HashSet<>()).add(i);
                }
            }
        }
        Comparator<Integer> byPopulation = Comparator.comparingLong((Integer i) -> entries.get(i).population())
                .reversed().thenComparing(i -> i);
        try (OutputStream file = Files.newOutputStream(target);
                Writer out = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
            for (GazetteerEntry e : entries) {
                out.write(String.join("\t", "E", Long.toString(e.geonamesId()), clean(e.name()), e.countryCode(),
                        e.featureClass(), coordinate(e.latitude()), coordinate(e.longitude()),
                        Long.toString(e.population()), e.admin1()));
                out.write('\n');
            }
            for (Map.Entry<String, List<Integer>> posting : postings.entrySet()) {
                List<Integer> indices = new ArrayList<>(posting.getValue());
                indices.sort(byPopulation);
                StringBuilder line = new StringBuilder("N\t").append(posting.getKey()).append('\t');
                for (int i = 0; i < indices.size(); i++) {
                    line.append(i == 0 ? "" : ",")
                            .append(alternateOnly.getOrDefault(posting.getKey(), Set.of()).contains(indices.get(i)) ? "~" : "")
                            .append(indices.get(i));
                }
                out.write(line.append('\n').toString());
            }
            for (Map.Entry<String, String> demonym : demonyms.entrySet()) {
                out.write("D\t" + demonym.getKey() + "\t" + demonym.getValue() + "\n");
            }
            for (Map.Entry<String, String> border : neighbours.entrySet()) {
                out.write("B\t" + border.getKey() + "\t" + border.getValue() + "\n");
            }
        }
        return postings.size();
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
