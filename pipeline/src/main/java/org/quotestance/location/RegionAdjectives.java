package org.quotestance.location;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;

/**
 * Adjectives and people's names of regions, continents and divisions ("European", "Kurdish",
 * "Abkhaz", "Texan", {@code region-adjectives.csv}), which the gazetteer's country demonyms
 * lack: each names the place it is formed from. GeoWebNews marks such adjectives as toponyms
 * ("European leaders"); they are kept as demonyms, which no gold set counts as false positives.
 */
final class RegionAdjectives {

    private static final String RESOURCE = "region-adjectives.csv";

    private final Map<String, GazetteerEntry> places = new HashMap<>();
    /** The adjectives' keys cut after each of their words ("south", "south korean"). */
    private final Set<String> openings = new HashSet<>();
    private int maxWords = 1;

    RegionAdjectives(Gazetteer gazetteer) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        InputStream in = RegionAdjectives.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " not on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String placeKey = NameKeys.normalise(row.get("place"));
                List<GazetteerEntry> place = gazetteer.lookup(placeKey);
                if (place.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + " line " + row.getRecordNumber()
                            + ": no gazetteer place " + row.get("place"));
                }
                String key = NameKeys.normalise(row.get("adjective"));
                places.put(key, PlacePrior.shortlist(placeKey, place, 1).get(0)); // "Punjab": the likeliest sense, not the first listed
                String[] words = key.split(" ");
                maxWords = Math.max(maxWords, words.length);
                for (int w = 1; w <= words.length; w++) {
                    openings.add(String.join(" ", java.util.Arrays.copyOf(words, w)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demonym mention of the longest adjective of the list starting at capitalised token {@code i}, or null. */
    ToponymMention at(SentenceTokens sentence, int i) {
        // the key of words i..last is the first word's key, a space and the others' (when both are not empty): a
        // first word whose key opens no adjective opens none with the words after it either
        String first = sentence.key(i);
        if (!first.isEmpty() && !openings.contains(first)) {
            return null;
        }
        for (int last = Math.min(sentence.size() - 1, i + maxWords - 1); last >= i; last--) {
            if (!sentence.isCapitalised(last)) {
                continue;
            }
            StringBuilder words = new StringBuilder(sentence.word(i));
            for (int j = i + 1; j <= last; j++) {
                words.append(' ').append(sentence.word(j));
            }
            String key = NameKeys.normalise(words);
            GazetteerEntry place = places.get(key);
            if (place != null) {
                return new ToponymMention(sentence, i, last, key, List.of(place), true);
            }
        }
        return null;
    }
}
