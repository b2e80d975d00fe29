package org.quotestance.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * The shipped compact index gives the answers the text index the build wrote beside it holds, for every key:
 * its places in order, which of them only an alternate name reaches, every demonym and border list. The text
 * is parsed here on its own, not by {@link Gazetteer#load}.
 */
class CompactIndexTest {

    private static final Path TEXT_INDEX = Path.of("target/gazetteer.tsv.gz");

    @Test
    void everyKeyFindsThePlacesOfTheTextIndex() throws IOException {
        assumeTrue(Files.isRegularFile(TEXT_INDEX), "no text index: build the gazetteer module first");
        Gazetteer gazetteer = Gazetteer.shared();
        List<String[]> places = new ArrayList<>();
        int keys = 0;
        int demonyms = 0;
        try (BufferedReader text = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(TEXT_INDEX)), StandardCharsets.UTF_8))) {
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "E" -> places.add(f);
                    case "N" -> {
                        keys++;
                        assertKey(gazetteer, f[1], f[2].split(","), places);
                    }
                    case "D" -> {
                        demonyms++;
                        assertEquals(f[2], gazetteer.demonymCountry(f[1]).orElseThrow().countryCode(), f[1]);
                    }
                    case "B" -> assertEquals(f[2].isEmpty() ? Set.of() : Set.of(f[2].split("\\|")),
                            gazetteer.neighbours(f[1]), f[1]);
                    default -> throw new AssertionError("unknown record " + line);
                }
            }
        }
        assertEquals(places.size(), gazetteer.placeCount());
        assertEquals(keys, gazetteer.nameCount());
        assertEquals(keys, gazetteer.keys().size());
        assertEquals(true, places.size() > 200_000 && demonyms > 100, places.size() + " places, " + demonyms);
    }

    private static void assertKey(Gazetteer gazetteer, String key, String[] postings, List<String[]> places) {
        List<GazetteerEntry> found = gazetteer.lookup(key);
        assertEquals(postings.length, found.size(), key);
        for (int i = 0; i < postings.length; i++) {
            boolean alternate = postings[i].startsWith("~");
            String[] place = places.get(Integer.parseInt(alternate ? postings[i].substring(1) : postings[i]));
            GazetteerEntry entry = found.get(i);
            assertEquals(new GazetteerEntry(Long.parseLong(place[1]), place[2], place[3], place[4],
                    Double.parseDouble(place[5]), Double.parseDouble(place[6]), Long.parseLong(place[7]), place[8]),
                    entry, key);
            assertEquals(alternate, gazetteer.isAlternateName(key, entry), key);
            assertSame(entry, gazetteer.lookup(key).get(i), "one instance per place");
        }
    }
}
