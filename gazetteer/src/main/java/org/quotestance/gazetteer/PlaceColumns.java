package org.quotestance.gazetteer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's places as columns (a few large arrays rather than a quarter of a million records and their
 * strings, which the collector would copy object by object); a place's {@link GazetteerEntry} is made on
 * first use and kept, so a place is always the same instance.
 */
final class PlaceColumns {

    private final long[] geonamesIds;
    private final double[] latitudes;
    private final double[] longitudes;
    private final long[] populations;
    /** Country codes, feature classes and admin1 codes, each value once; the columns below index it. */
    private final String[] labels;
    private final int[] countryCodes;
    private final int[] featureClasses;
    private final int[] admin1s;
    private final char[] nameChars;
    /** Place i's name is {@code nameChars[nameStarts[i], nameStarts[i + 1])}. */
    private final int[] nameStarts;
    private final GazetteerEntry[] made;

    private PlaceColumns(long[] geonamesIds, double[] latitudes, double[] longitudes, long[] populations,
            String[] labels, int[] countryCodes, int[] featureClasses, int[] admin1s, char[] nameChars,
            int[] nameStarts) {
        this.geonamesIds = geonamesIds;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.populations = populations;
        this.labels = labels;
        this.countryCodes = countryCodes;
        this.featureClasses = featureClasses;
        this.admin1s = admin1s;
        this.nameChars = nameChars;
        this.nameStarts = nameStarts;
        this.made = new GazetteerEntry[geonamesIds.length];
    }

    static PlaceColumns of(List<GazetteerEntry> entries) {
        int count = entries.size();
        long[] ids = new long[count];
        double[] latitudes = new double[count];
        double[] longitudes = new double[count];
        long[] populations = new long[count];
        Map<String, Integer> labelIndex = new HashMap<>();
        int[] countryCodes = new int[count];
        int[] featureClasses = new int[count];
        int[] admin1s = new int[count];
        StringBuilder names = new StringBuilder();
        int[] nameStarts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            GazetteerEntry entry = entries.get(i);
            ids[i] = entry.geonamesId();
            latitudes[i] = entry.latitude();
            longitudes[i] = entry.longitude();
            populations[i] = entry.population();
            countryCodes[i] = labelIndex.computeIfAbsent(entry.countryCode(), k -> labelIndex.size());
            featureClasses[i] = labelIndex.computeIfAbsent(entry.featureClass(), k -> labelIndex.size());
            admin1s[i] = labelIndex.computeIfAbsent(entry.admin1(), k -> labelIndex.size());
            names.append(entry.name());
            nameStarts[i + 1] = names.length();
        }
        String[] labels = new String[labelIndex.size()];
        labelIndex.forEach((label, index) -> labels[index] = label);
        char[] nameChars = new char[names.length()];
        names.getChars(0, names.length(), nameChars, 0);
        return new PlaceColumns(ids, latitudes, longitudes, populations, labels, countryCodes, featureClasses,
                admin1s, nameChars, nameStarts);
    }

    static PlaceColumns read(IndexArrays in) {
        long[] ids = in.longs();
        double[] latitudes = in.doubles();
        double[] longitudes = in.doubles();
        long[] populations = in.longs();
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.string();
        }
        return new PlaceColumns(ids, latitudes, longitudes, populations, labels, in.ints(), in.ints(), in.ints(),
                in.chars(), in.ints());
    }

    void write(DataOutputStream out) throws IOException {
        IndexArrays.write(out, geonamesIds);
        IndexArrays.write(out, latitudes);
        IndexArrays.write(out, longitudes);
        IndexArrays.write(out, populations);
        out.writeInt(labels.length);
        for (String label : labels) {
            IndexArrays.write(out, label);
        }
        IndexArrays.write(out, countryCodes);
        IndexArrays.write(out, featureClasses);
        IndexArrays.write(out, admin1s);
        IndexArrays.write(out, nameChars);
        IndexArrays.write(out, nameStarts);
    }

    int size() {
        return geonamesIds.length;
    }

    /**
     * The place at this index, the same instance at every call, from any thread: an entry is made under the lock;
     * read without it, an entry another thread made is either seen whole (a record's fields are final) or not
     * at all, and then looked up again under the lock.
     */
    GazetteerEntry entry(int index) {
        GazetteerEntry entry = made[index];
        if (entry != null) {
            return entry;
        }
        synchronized (made) {
            entry = made[index];
            if (entry == null) {
                entry = new GazetteerEntry(geonamesIds[index],
                        new String(nameChars, nameStarts[index], nameStarts[index + 1] - nameStarts[index]),
                        labels[countryCodes[index]], labels[featureClasses[index]],
                        latitudes[index], longitudes[index], populations[index], labels[admin1s[index]]);
                made[index] = entry;
            }
            return entry;
        }
    }

    /** Whether {@code place} is the instance {@link #entry} made for this index (none made yet: not). */
    boolean isEntry(int index, GazetteerEntry place) {
        GazetteerEntry entry = made[index];
        if (entry == null) {
            synchronized (made) {
                entry = made[index];
            }
        }
        return entry == place;
    }

    long geonamesId(int index) {
        return geonamesIds[index];
    }

    String countryCode(int index) {
        return labels[countryCodes[index]];
    }

    String featureClass(int index) {
        return labels[featureClasses[index]];
    }
}
