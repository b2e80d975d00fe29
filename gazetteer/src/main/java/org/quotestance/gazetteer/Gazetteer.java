package org.quotestance.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The place-name index built at build time by {@code GazetteerIndexer}: name keys (see
 * {@link NameKeys}) to candidate places, plus demonyms and country neighbours. Immutable and
 * thread-safe; {@link #shared()} loads the bundled index once per JVM.
 *
 * <p>Index format (gzip'd UTF-8, tab-separated, one record per line, in this order):
 * {@code E id name cc class lat lon population admin1} for every place (its line number among the
 * E lines is its index); {@code N key idx,idx,...} sorted by key, candidates by falling population,
 * an index written {@code ~idx} when the key is only one of that place's GeoNames alternate names;
 * {@code D key cc} for demonyms; {@code B cc neighbour|neighbour} for country borders.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/org/quotestance/gazetteer/gazetteer.tsv.gz";

    private final List<GazetteerEntry> entries;
    private final String[] keys;
    /** Entry indices per key; an index stored as {@code -(index + 1)} is reached only by an alternate name. */
    private final int[][] postings;
    /**
     * Open-addressing hash table over {@link #keys}, two ints a slot: a key's hash and its index + 1
     * (0 when the slot is empty). The stored hash lets a probe skip other keys without reading them.
     */
    private final int[] slots;
    private final Map<String, String> demonyms;
    private final Map<String, Set<String>> neighbours;
    private final Map<String, GazetteerEntry> countries;
    private final int maxKeyWords;
    private volatile Map<Long, GazetteerEntry> byId;

    private Gazetteer(List<GazetteerEntry> entries, String[] keys, int[][] postings,
            Map<String, String> demonyms, Map<String, Set<String>> neighbours) {
        this.entries = entries;
        this.keys = keys;
        this.postings = postings;
        this.slots = hashIndex(keys);
        this.demonyms = demonyms;
        this.neighbours = neighbours;
        this.countries = new HashMap<>();
        for (GazetteerEntry entry : entries) {
            if (entry.isCountry()) {
                countries.putIfAbsent(entry.countryCode(), entry);
            }
        }
        int longest = 0;
        for (String key : keys) {
            longest = Math.max(longest, wordCount(key));
        }
        this.maxKeyWords = longest;
    }

    /** Words of a key (keys have single spaces between words, none at either end). */
    private static int wordCount(String key) {
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }

    /** The index bundled in this jar, loaded on first use and shared by every caller in the JVM. */
    public static Gazetteer shared() {
        return SharedHolder.INSTANCE;
    }

    private static final class SharedHolder {
        static final Gazetteer INSTANCE = loadBundled();

        private static Gazetteer loadBundled() {
            InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Gazetteer index " + RESOURCE
                        + " is not on the class path: build the gazetteer module (mvn install)");
            }
            try (in) {
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads an index in the format described above from a gzip stream. */
    public static Gazetteer load(InputStream gzipped) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>(260_000);
        List<String> keys = new ArrayList<>(600_000);
        List<int[]> postings = new ArrayList<>(600_000);
        Map<String, String> demonyms = new HashMap<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            String[] f = new String[9];
            while ((line = reader.readLine()) != null) {
                fields(line, f);
                switch (f[0]) {
                    case "E" -> entries.add(new GazetteerEntry(Long.parseLong(f[1]), f[2],
                            intern(interned, f[3]), intern(interned, f[4]), Double.parseDouble(f[5]),
                            Double.parseDouble(f[6]), Long.parseLong(f[7]), intern(interned, f[8])));
                    case "N" -> {
                        keys.add(f[1]);
                        postings.add(parseIndices(f[2]));
                    }
                    case "D" -> demonyms.put(f[1], f[2]);
                    case "B" -> neighbours.put(f[1], Set.of(f[2].isEmpty() ? new String[0] : f[2].split("\\|")));
                    default -> throw new IOException("Unknown gazetteer record: " + f[0]);
                }
            }
        }
        return new Gazetteer(List.copyOf(entries), keys.toArray(String[]::new),
                postings.toArray(int[][]::new), demonyms, neighbours);
    }

    /**
     * Splits a record at its tabs into {@code f} (no record has more fields than {@code f} holds; a missing
     * field is left null), as {@code line.split("\t", -1)} would, without the list and array per line.
     */
    private static void fields(String line, String[] f) throws IOException {
        int n = 0;
        int from = 0;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
            if (n == f.length - 1) {
                throw new IOException("Gazetteer record with too many fields: " + line);
            }
            f[n++] = line.substring(from, tab);
            from = tab + 1;
        }
        f[n++] = line.substring(from);
        java.util.Arrays.fill(f, n, f.length, null);
    }

    private static String intern(Map<String, String> pool, String value) {
        return pool.computeIfAbsent(value, v -> v);
    }

    /** {@code 12,~7,40}: entry indices, {@code ~} marking one reached by an alternate name. */
    private static int[] parseIndices(String csv) {
        int count = 1;
        for (int i = csv.indexOf(','); i >= 0; i = csv.indexOf(',', i + 1)) {
            count++;
        }
        int[] result = new int[count];
        int from = 0;
        for (int i = 0; i < count; i++) {
            int end = csv.indexOf(',', from);
            end = end < 0 ? csv.length() : end;
            boolean alternate = csv.charAt(from) == '~';
            int index = Integer.parseInt(csv, alternate ? from + 1 : from, end, 10);
            result[i] = alternate ? -(index + 1) : index;
            from = end + 1;
        }
        return result;
    }

    private static int entryIndex(int posting) {
        return posting < 0 ? -posting - 1 : posting;
    }

    /** A table at most half full, so that a lookup probes one or two slots, not the ~20 keys of a binary search. */
    private static int[] hashIndex(String[] keys) {
        int slotCount = Integer.highestOneBit(Math.max(1, keys.length) * 2) * 2;
        int[] slots = new int[2 * slotCount];
        for (int i = 0; i < keys.length; i++) {
            int hash = hash(keys[i]);
            int slot = hash & (slotCount - 1);
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & (slotCount - 1);
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = i + 1;
        }
        return slots;
    }

    private static int hash(String key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** The index of {@code key} in {@link #keys}, or -1. */
    private int indexOf(String key) {
        int hash = hash(key);
        int mask = slots.length / 2 - 1;
        for (int slot = hash & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int index = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == hash && keys[index].equals(key)) {
                return index;
            }
        }
        return -1;
    }

    /** Places whose name or alternate name has this key (see {@link NameKeys}), most populous first. */
    public List<GazetteerEntry> lookup(String key) {
        int at = indexOf(key);
        if (at < 0) {
            return List.of();
        }
        int[] indices = postings[at];
        List<GazetteerEntry> result = new ArrayList<>(indices.length);
        for (int index : indices) {
            result.add(entries.get(entryIndex(index)));
        }
        return result;
    }

    /**
     * Whether the key reaches this place only through one of its GeoNames alternate names ("sky" for
     * Sandusky), not its own name, ASCII name or a curated spelling ("fuzuli" for Fizuli).
     */
    public boolean isAlternateName(String key, GazetteerEntry place) {
        int at = indexOf(key);
        if (at < 0) {
            return false;
        }
        for (int index : postings[at]) {
            if (entries.get(entryIndex(index)) == place) {
                return index < 0;
            }
        }
        return false;
    }

    public boolean contains(String key) {
        return indexOf(key) >= 0;
    }

    /** The country a demonym key ("iranian", "azeris") refers to. */
    public Optional<GazetteerEntry> demonymCountry(String key) {
        String cc = demonyms.get(key);
        return cc == null ? Optional.empty() : country(cc);
    }

    public Optional<GazetteerEntry> country(String countryCode) {
        return Optional.ofNullable(countries.get(countryCode));
    }

    /** The place with this GeoNames id (a curator may give only the id); the id map is built on first use. */
    public Optional<GazetteerEntry> byGeonamesId(long geonamesId) {
        Map<Long, GazetteerEntry> map = byId;
        if (map == null) {
            map = new HashMap<>();
            for (GazetteerEntry entry : entries) {
                if (entry.geonamesId() != 0) {
                    map.putIfAbsent(entry.geonamesId(), entry);
                }
            }
            byId = map;
        }
        return Optional.ofNullable(map.get(geonamesId));
    }

    /** ISO codes of the countries bordering this one (GeoNames countryInfo). */
    public Set<String> neighbours(String countryCode) {
        return neighbours.getOrDefault(countryCode, Set.of());
    }

    /** The most words any indexed name has: the longest token window worth looking up. */
    public int maxKeyWords() {
        return maxKeyWords;
    }

    public int placeCount() {
        return entries.size();
    }

    public int nameCount() {
        return keys.length;
    }
}
