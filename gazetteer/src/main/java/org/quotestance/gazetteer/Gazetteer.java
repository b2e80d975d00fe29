package org.quotestance.gazetteer;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The place-name index built at build time by {@code GazetteerIndexer}: name keys (see
 * {@link NameKeys}) to candidate places, plus demonyms and country neighbours. Immutable and
 * thread-safe; {@link #shared()} loads the bundled index once per JVM.
 *
 * <p>The indexer writes the index as text first (gzip'd UTF-8, tab-separated, one record per line, in this
 * order): {@code E id name cc class lat lon population admin1} for every place (its line number among the
 * E lines is its index); {@code N key idx,idx,...} sorted by key, candidates by falling population,
 * an index written {@code ~idx} when the key is only one of that place's GeoNames alternate names;
 * {@code D key cc} for demonyms; {@code B cc neighbour|neighbour} for country borders ({@link #load}).
 * The bundled resource is the same index in its compact form ({@link #writeCompact}): the places' columns
 * and the keys and postings as a few large arrays, which a start-up reads with bulk copies and the
 * collector copies without visiting a million small objects.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/org/quotestance/gazetteer/gazetteer.bin";
    private static final int MAGIC = 0x5153475a;
    private static final int VERSION = 1;

    private final PlaceColumns places;
    private final NameTable names;
    private final Map<String, String> demonyms;
    private final Map<String, Set<String>> neighbours;
    private final Map<String, GazetteerEntry> countries;
    private final int maxKeyWords;

    private Gazetteer(PlaceColumns places, NameTable names, Map<String, String> demonyms,
            Map<String, Set<String>> neighbours) {
        this.places = places;
        this.names = names;
        this.demonyms = demonyms;
        this.neighbours = neighbours;
        this.countries = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            if (GazetteerEntry.isCountryClass(places.featureClass(i)) && !countries.containsKey(places.countryCode(i))) {
                countries.put(places.countryCode(i), places.entry(i));
            }
        }
        this.maxKeyWords = names.maxKeyWords();
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
                return readCompact(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads the compact form {@link #writeCompact} wrote; {@code source} names it in the error a truncated or
     * corrupt file gives (an array's length pointing past the end, a negative length).
     */
    public static Gazetteer readCompact(InputStream in, String source) throws IOException {
        try {
            return readCompact(new IndexArrays(in.readAllBytes()), source);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                | NegativeArraySizeException e) {
            throw new IOException("Compact gazetteer index " + source + " is truncated or corrupt: " + e, e);
        }
    }

    private static Gazetteer readCompact(IndexArrays arrays, String source) throws IOException {
        if (arrays.readInt() != MAGIC || arrays.readInt() != VERSION) {
            throw new IOException(source + " is not a compact gazetteer index of version " + VERSION);
        }
        PlaceColumns places = PlaceColumns.read(arrays);
        NameTable names = NameTable.read(arrays);
        Map<String, String> demonyms = new HashMap<>();
        for (int n = arrays.readInt(); n > 0; n--) {
            demonyms.put(arrays.string(), arrays.string());
        }
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (int n = arrays.readInt(); n > 0; n--) {
            String country = arrays.string();
            String[] borders = new String[arrays.readInt()];
            for (int i = 0; i < borders.length; i++) {
                borders[i] = arrays.string();
            }
            neighbours.put(country, Set.of(borders));
        }
        if (!arrays.atEnd()) {
            throw new IOException("Compact gazetteer index " + source + " has trailing bytes (corrupt)");
        }
        return new Gazetteer(places, names, demonyms, neighbours);
    }

    /** Writes this index in its compact form (the build does, from the text form). */
    public void writeCompact(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        places.write(out);
        names.write(out);
        out.writeInt(demonyms.size());
        for (Map.Entry<String, String> demonym : new TreeMap<>(demonyms).entrySet()) {
            IndexArrays.write(out, demonym.getKey());
            IndexArrays.write(out, demonym.getValue());
        }
        out.writeInt(neighbours.size());
        for (Map.Entry<String, Set<String>> border : new TreeMap<>(neighbours).entrySet()) {
            IndexArrays.write(out, border.getKey());
            out.writeInt(border.getValue().size());
            for (String neighbour : new TreeSet<>(border.getValue())) {
                IndexArrays.write(out, neighbour);
            }
        }
        out.flush();
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
        return new Gazetteer(PlaceColumns.of(entries), NameTable.of(keys, postings), demonyms, neighbours);
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

    /** Places whose name or alternate name has this key (see {@link NameKeys}), most populous first. */
    public List<GazetteerEntry> lookup(String key) {
        return entries(names.indexOf(key));
    }

    /**
     * The number of the name key {@code key} holds, or -1 for none, without building the string, {@code hash} being
     * that string's {@link String#hashCode} (see {@link NameKeys#asciiPrefixKeys}: one key's prefixes tried in turn).
     */
    public int keyNumber(StringBuilder key, int hash) {
        return names.indexOf(key, hash);
    }

    /**
     * {@link #lookup}'s places for the key numbered {@code keyNumber} by {@link #keyNumber} (none for -1): a caller
     * that meets the same names again can keep the lists by number.
     */
    public List<GazetteerEntry> places(int keyNumber) {
        return entries(keyNumber);
    }

    /**
     * False when no name key starts with the key whose {@link String#hashCode} this is and a space: then no longer
     * run of words that starts with it is a name. True may be wrong (a hash shared with another string).
     */
    public boolean mayPrecedeWord(int keyHash) {
        return names.mayPrecedeWord(keyHash);
    }

    private List<GazetteerEntry> entries(int k) {
        if (k < 0) {
            return List.of();
        }
        int end = names.endOfPostings(k);
        List<GazetteerEntry> result = new ArrayList<>(end - names.firstPosting(k));
        for (int at = names.firstPosting(k); at < end; at++) {
            result.add(places.entry(entryIndex(names.posting(at))));
        }
        return result;
    }

    /**
     * Whether the key reaches this place only through one of its GeoNames alternate names ("sky" for
     * Sandusky), not its own name, ASCII name or a curated spelling ("fuzuli" for Fizuli).
     */
    public boolean isAlternateName(String key, GazetteerEntry place) {
        return isAlternateName(key, place, -1);
    }

    /**
     * {@link #isAlternateName(String, GazetteerEntry)}, looking first at place {@code listed} of {@link #lookup}'s list
     * for the key (where a name's candidates list the place): one posting read where the scan of a name with many
     * places reads one place per posting before it. A key lists a place once, so a place found there is the one the
     * scan finds; elsewhere (or {@code listed} -1) the scan runs.
     */
    public boolean isAlternateName(String key, GazetteerEntry place, int listed) {
        int k = names.indexOf(key);
        if (k < 0) {
            return false;
        }
        int guess = names.firstPosting(k) + listed;
        if (listed >= 0 && guess < names.endOfPostings(k) && places.isEntry(entryIndex(names.posting(guess)), place)) {
            return names.posting(guess) < 0;
        }
        for (int at = names.firstPosting(k); at < names.endOfPostings(k); at++) {
            int posting = names.posting(at);
            if (places.isEntry(entryIndex(posting), place)) {
                return posting < 0;
            }
        }
        return false;
    }

    public boolean contains(String key) {
        return names.indexOf(key) >= 0;
    }

    /** The country a demonym key ("iranian", "azeris") refers to. */
    public Optional<GazetteerEntry> demonymCountry(String key) {
        String cc = demonyms.get(key);
        return cc == null ? Optional.empty() : country(cc);
    }

    public Optional<GazetteerEntry> country(String countryCode) {
        return Optional.ofNullable(countries.get(countryCode));
    }

    /**
     * The first place with this GeoNames id (a curator may give only the id): a linear scan of every place, not
     * for hot paths.
     */
    public Optional<GazetteerEntry> byGeonamesId(long geonamesId) {
        if (geonamesId != 0) {
            for (int i = 0; i < places.size(); i++) {
                if (places.geonamesId(i) == geonamesId) {
                    return Optional.of(places.entry(i));
                }
            }
        }
        return Optional.empty();
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
        return places.size();
    }

    public int nameCount() {
        return names.size();
    }

    /** Every name key, in index order (tests compare the index forms over all of them). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            keys.add(names.key(k));
        }
        return keys;
    }
}
