package org.quotestance.speaker;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The user's registry of speakers ({@code --speakers FILE}): a CSV with the header {@code id,name,aliases} and an
 * optional {@code external_id} (a Wikidata QID, say). A person whose name, or any of whose name variants in an
 * article, has the key ({@link NameKey#personId}) of a registry name or alias becomes that entry: its id, its
 * name and its external id. Surname-only aliases ("Trump") pin a surname-only mention too.
 */
public final class SpeakerRegistry {

    /** One speaker of the registry. */
    public record Entry(String id, String name, String externalId) {
    }

    private final Map<String, Entry> byKey;

    private SpeakerRegistry(Map<String, Entry> byKey) {
        this.byKey = byKey;
    }

    public static SpeakerRegistry read(Path csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        Map<String, Entry> byKey = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String id = row.get("id");
                String name = row.get("name");
                if (id.isEmpty() || name.isEmpty()) {
                    throw new IOException(csv + " line " + row.getRecordNumber() + ": id and name are required");
                }
                String external = row.isMapped("external_id") && row.isSet("external_id") ? row.get("external_id") : "";
                Entry entry = new Entry(id, name, external);
                byKey.putIfAbsent(NameKey.personId(name), entry);
                if (row.isMapped("aliases") && row.isSet("aliases")) {
                    for (String alias : row.get("aliases").split("\\|")) {
                        if (!alias.isBlank()) {
                            byKey.putIfAbsent(NameKey.personId(alias.strip()), entry);
                        }
                    }
                }
            }
        }
        return new SpeakerRegistry(byKey);
    }

    /** The entry of the first of these names (the fullest name first) that the registry lists, or null. */
    Entry find(List<String> names) {
        for (String name : names) {
            Entry e = byKey.get(NameKey.personId(name));
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
