package org.quotestance.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * What the corpus browser shows of the corpus as a whole ({@code site/data/corpus.js}), kept as small
 * aggregates while the documents pass: the speakers (as in {@code speakers.csv}) with their stances and
 * the first {@value #LISTED} documents that quote them, quotes per outlet, stance polarity per target, and
 * the places with their usage counts and the first {@value #LISTED} documents that mention them. No text
 * and no per-mention data is kept: the pages load that from the documents' own files when asked.
 */
final class SiteIndex {

    /** Documents listed per speaker and per place; the counts cover all of them. */
    static final int LISTED = 50;

    private final SpeakerTally speakers;
    /** Whether {@link #add} adds the document to {@link #speakers} (false: the tally is shared and fed elsewhere). */
    private final boolean tallySpeakers;
    /** Speaker id: [doc id, the speaker's first quote there ("" when none)], the first {@link #LISTED} documents. */
    private final Map<String, List<List<String>>> speakerDocs = new HashMap<>();
    /** Speaker id: target: polarity: number of stances. */
    private final Map<String, Map<String, Map<String, Integer>>> speakerStances = new TreeMap<>();
    private final Map<String, Map<String, Integer>> targets = new TreeMap<>();
    private final Map<String, Integer> outletQuotes = new TreeMap<>();
    /** By place key; hashed, not sorted: looked up for every location, sorted once for {@link #model}. */
    private final Map<String, Place> places = new HashMap<>();

    private static final class Place {
        final Map<String, Object> fields = new TreeMap<>();
        final Map<String, Integer> usage = new TreeMap<>();
        final List<List<Object>> docs = new ArrayList<>();
        int mentions;
        int documents;
    }

    /**
     * An index whose speakers are those of {@code speakers}, which {@link #add} feeds the documents when
     * {@code tallySpeakers} (else another engine of the pipeline does).
     */
    SiteIndex(SpeakerTally speakers, boolean tallySpeakers) {
        this.speakers = speakers;
        this.tallySpeakers = tallySpeakers;
    }

    void add(JCas jcas) {
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        if (tallySpeakers) {
            speakers.addDocument(jcas);
        }
        addSpeakerDocs(jcas, docId);
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        for (Stance s : jcas.<Stance>select(Stance.type)) {
            String target = CsvRows.nullToEmpty(s.getTarget());
            String polarity = CsvRows.nullToEmpty(s.getPolarity());
            targets.computeIfAbsent(target, t -> new TreeMap<>()).merge(polarity, 1, Integer::sum);
            String holder = SiteDocument.entityId(s.getHolder());
            if (!holder.isEmpty()) {
                speakerStances.computeIfAbsent(holder, h -> new TreeMap<>())
                        .computeIfAbsent(target, t -> new TreeMap<>()).merge(polarity, 1, Integer::sum);
            }
        }
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        String outlet = info == null ? "" : CsvRows.nullToEmpty(info.getOutlet());
        outletQuotes.merge(outlet, (int) jcas.<Quote>select(Quote.type).count(), Integer::sum);
        Map<String, Integer> inThisDoc = new LinkedHashMap<>();
        for (Location l : jcas.<Location>select(Location.type)) {
            String key = SiteDocument.placeKey(l);
            Place place = places.computeIfAbsent(key, k -> newPlace(k, l));
            place.usage.merge(CsvRows.nullToEmpty(l.getUsage()), 1, Integer::sum);
            place.mentions++;
            inThisDoc.merge(key, 1, Integer::sum);
        }
        inThisDoc.forEach((key, n) -> {
            Place place = places.get(key);
            place.documents++;
            if (place.docs.size() < LISTED) {
                place.docs.add(List.of(docId, n));
            }
        });
    }

    private void addSpeakerDocs(JCas jcas, String docId) {
        Set<String> ids = new LinkedHashSet<>();
        for (SpeakerMention m : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            String id = SiteDocument.entityId(m);
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        Map<String, String> firstQuote = new HashMap<>();
        for (Quote q : jcas.<Quote>select(Quote.type)) {
            firstQuote.putIfAbsent(SiteDocument.entityId(q.getSpeaker()), CsvRows.nullToEmpty(q.getQuoteId()));
        }
        for (String id : ids) {
            List<List<String>> docs = speakerDocs.computeIfAbsent(id, k -> new ArrayList<>());
            if (docs.size() < LISTED) {
                docs.add(List.of(docId, firstQuote.getOrDefault(id, "")));
            }
        }
    }

    private static Place newPlace(String key, Location l) {
        Place p = new Place();
        p.fields.put("key", key);
        p.fields.put("gid", l.getGeonamesId());
        p.fields.put("name", CsvRows.nullToEmpty(l.getName()));
        p.fields.put("cc", CsvRows.nullToEmpty(l.getCountryCode()));
        p.fields.put("fc", CsvRows.nullToEmpty(l.getFeatureClass()));
        p.fields.put("lat", Double.valueOf(CsvRows.coordinate(l.getLatitude())));
        p.fields.put("lon", Double.valueOf(CsvRows.coordinate(l.getLongitude())));
        return p;
    }

    /** The model {@code corpus.js} holds: speakers, places, targets and outlets. */
    Map<String, Object> model() {
        List<Object> speakerRows = new ArrayList<>();
        for (List<Object> row : speakers.rows()) {
            Map<String, Object> s = new TreeMap<>();
            String id = (String) row.get(0);
            s.put("id", id);
            s.put("name", row.get(1));
            s.put("kind", row.get(2));
            s.put("role", row.get(3));
            String variants = (String) row.get(4);
            s.put("variants", variants.isEmpty() ? List.of() : List.of(variants.split("\\|")));
            s.put("quotes", row.get(5));
            s.put("ndocs", row.get(6));
            s.put("docs", speakerDocs.getOrDefault(id, List.of()));
            s.put("stances", speakerStances.getOrDefault(id, Map.of()));
            speakerRows.add(s);
        }
        List<Object> placeRows = new ArrayList<>();
        for (Place p : new TreeMap<>(places).values()) {
            Map<String, Object> row = new TreeMap<>(p.fields);
            row.put("usage", p.usage);
            row.put("mentions", p.mentions);
            row.put("ndocs", p.documents);
            row.put("docs", p.docs);
            placeRows.add(row);
        }
        Map<String, Object> model = new TreeMap<>();
        model.put("speakers", speakerRows);
        model.put("places", placeRows);
        model.put("targets", targets);
        model.put("outlets", outletQuotes);
        return model;
    }
}
