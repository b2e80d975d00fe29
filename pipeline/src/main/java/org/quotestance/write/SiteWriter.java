package org.quotestance.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Boilerplate;
import org.quotestance.type.Headline;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Writes the corpus browser (issue 9): a static, self-contained HTML site ({@code index.html}) that opens from the
 * file system with no server and no network. Each document contributes a compact JSON model (text,
 * quotes, speaker mentions, places, stances, boilerplate) as it arrives; at the end of the collection the
 * models, the corpus-wide speakers and places are written to {@code data.js} (a script that sets a
 * global, since browsers block {@code fetch()} of local files), beside the page, its script and style and
 * the vendor files (Leaflet, topojson-client, world-atlas country outlines) that the build took from npm.
 * Keys are sorted and nothing depends on the time or the thread count, so the site is byte-identical for
 * the same input.
 */
public class SiteWriter extends JCasAnnotator_ImplBase {

    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION, description = "Folder the site is written to")
    private String targetLocation;

    /** Class-path folder of the page, its script and style, and the vendor files. */
    static final String RESOURCES = "/org/quotestance/write/site/";
    /** Files copied as they are, relative to {@link #RESOURCES} and to the site folder. */
    static final List<String> STATIC_FILES = List.of("index.html", "app.js", "app.css",
            "vendor/leaflet.js", "vendor/leaflet.css", "vendor/topojson-client.min.js",
            "vendor/LICENSE-leaflet.txt", "vendor/LICENSE-topojson-client.txt", "vendor/LICENSE-world-atlas.txt");
    /** The world-atlas TopoJSON, wrapped into a script that sets {@code window.QS_WORLD}. */
    static final String WORLD_JSON = "vendor/countries-110m.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private List<Map<String, Object>> documents;
    private SpeakerTally speakers;
    private Map<String, Set<String>> speakerDocs;
    /** Places by key: the GeoNames id, or for places without one (id 0) the name. */
    private Map<String, Map<String, Object>> places;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        documents = new ArrayList<>();
        speakers = new SpeakerTally();
        speakerDocs = new TreeMap<>();
        places = new TreeMap<>();
        for (String file : STATIC_FILES) {
            if (SiteWriter.class.getResource(RESOURCES + file) == null) {
                throw new ResourceInitializationException(new IOException(
                        "site resource missing from the class path: " + file + " (rebuild with mvn install)"));
            }
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        DocumentMetaData meta = DocumentMetaData.get(jcas);
        String docId = meta.getDocumentId();
        ArticleInfo info = jcas.select(ArticleInfo.class).singleOrNull();
        Map<String, Object> doc = new TreeMap<>();
        doc.put("id", docId);
        doc.put("title", CsvRows.nullToEmpty(meta.getDocumentTitle()));
        doc.put("outlet", info == null ? "" : CsvRows.nullToEmpty(info.getOutlet()));
        doc.put("date", info == null ? "" : CsvRows.nullToEmpty(info.getDate()));
        doc.put("url", info == null ? "" : CsvRows.nullToEmpty(info.getUrl()));
        doc.put("text", jcas.getDocumentText());

        List<Object> headlines = new ArrayList<>();
        for (Headline h : jcas.select(Headline.class)) {
            headlines.add(List.of(h.getBegin(), h.getEnd()));
        }
        doc.put("headlines", headlines);
        List<Object> boilerplate = new ArrayList<>();
        for (Boilerplate b : jcas.select(Boilerplate.class)) {
            boilerplate.add(List.of(b.getBegin(), b.getEnd(), CsvRows.nullToEmpty(b.getKind())));
        }
        doc.put("boilerplate", boilerplate);

        List<Object> mentions = new ArrayList<>();
        Set<SpeakerEntity> entities = new LinkedHashSet<>();
        for (SpeakerMention m : jcas.select(SpeakerMention.class)) {
            Map<String, Object> mention = span(m);
            SpeakerEntity e = m.getEntity();
            mention.put("speaker", e == null ? "" : e.getEntityId());
            mention.put("type", CsvRows.nullToEmpty(m.getMentionType()));
            mentions.add(mention);
            if (e != null) {
                entities.add(e);
            }
        }
        doc.put("mentions", mentions);
        for (SpeakerEntity e : entities) {
            speakers.addEntity(docId, e);
            speakerDocs.computeIfAbsent(e.getEntityId(), id -> new TreeSet<>()).add(docId);
        }

        List<Object> quotes = new ArrayList<>();
        for (Quote q : jcas.select(Quote.class)) {
            Map<String, Object> quote = span(q);
            SpeakerMention m = q.getSpeaker();
            SpeakerEntity e = m == null ? null : m.getEntity();
            quote.put("id", CsvRows.nullToEmpty(q.getQuoteId()));
            quote.put("type", CsvRows.nullToEmpty(q.getQuoteType()));
            quote.put("speaker", e == null ? "" : e.getEntityId());
            quote.put("mention", m == null ? null : List.of(m.getBegin(), m.getEnd()));
            SpeechCue cue = q.getCue();
            quote.put("cue", cue == null ? null : List.of(cue.getBegin(), cue.getEnd(), CsvRows.nullToEmpty(cue.getLemma())));
            quotes.add(quote);
            if (e != null) {
                speakers.addQuote(e.getEntityId());
            }
        }
        doc.put("quotes", quotes);

        List<Object> locations = new ArrayList<>();
        for (Location l : jcas.select(Location.class)) {
            Map<String, Object> location = span(l);
            location.put("gid", l.getGeonamesId());
            location.put("name", CsvRows.nullToEmpty(l.getName()));
            location.put("cc", CsvRows.nullToEmpty(l.getCountryCode()));
            location.put("usage", CsvRows.nullToEmpty(l.getUsage()));
            locations.add(location);
            addPlace(docId, jcas, l);
        }
        doc.put("locations", locations);

        List<Object> stances = new ArrayList<>();
        int n = 0;
        for (Stance s : jcas.select(Stance.class)) {
            Map<String, Object> stance = span(s);
            SpeakerMention holder = s.getHolder();
            SpeakerEntity e = holder == null ? null : holder.getEntity();
            stance.put("id", docId + "-s" + ++n);
            stance.put("holder", e == null ? "" : e.getEntityId());
            stance.put("holderName", e == null ? (holder == null ? "" : holder.getCoveredText()) : e.getCanonicalName());
            stance.put("target", CsvRows.nullToEmpty(s.getTarget()));
            stance.put("polarity", CsvRows.nullToEmpty(s.getPolarity()));
            stance.put("cue", CsvRows.nullToEmpty(s.getEvidence()));
            stance.put("quote", s.getQuote() == null ? "" : CsvRows.nullToEmpty(s.getQuote().getQuoteId()));
            stances.add(stance);
        }
        doc.put("stances", stances);
        documents.add(doc);
    }

    private static Map<String, Object> span(Annotation a) {
        Map<String, Object> m = new TreeMap<>();
        m.put("b", a.getBegin());
        m.put("e", a.getEnd());
        return m;
    }

    /** Adds a mention to its place (one marker per GeoNames id), with the sentence it occurs in. */
    @SuppressWarnings("unchecked")
    private void addPlace(String docId, JCas jcas, Location l) {
        Map<String, Object> place = places.computeIfAbsent(placeKey(l), key -> {
            Map<String, Object> p = new TreeMap<>();
            p.put("key", key);
            p.put("gid", l.getGeonamesId());
            p.put("name", CsvRows.nullToEmpty(l.getName()));
            p.put("cc", CsvRows.nullToEmpty(l.getCountryCode()));
            p.put("fc", CsvRows.nullToEmpty(l.getFeatureClass()));
            p.put("lat", Double.valueOf(CsvRows.coordinate(l.getLatitude())));
            p.put("lon", Double.valueOf(CsvRows.coordinate(l.getLongitude())));
            p.put("usage", new TreeMap<String, Integer>());
            p.put("mentions", new ArrayList<Object>());
            return p;
        });
        String usage = CsvRows.nullToEmpty(l.getUsage());
        ((Map<String, Integer>) place.get("usage")).merge(usage, 1, Integer::sum);
        List<Sentence> covering = JCasUtil.selectCovering(jcas, Sentence.class, l);
        Map<String, Object> mention = new TreeMap<>();
        mention.put("doc", docId);
        mention.put("b", l.getBegin());
        mention.put("e", l.getEnd());
        mention.put("surface", l.getCoveredText());
        mention.put("usage", usage);
        if (covering.isEmpty()) {
            mention.put("sentence", l.getCoveredText());
            mention.put("sb", l.getBegin());
        } else {
            mention.put("sentence", covering.get(0).getCoveredText());
            mention.put("sb", covering.get(0).getBegin());
        }
        ((List<Object>) place.get("mentions")).add(mention);
    }

    /**
     * One marker per resolved place: the GeoNames id, or for places without one (id 0: most supplement
     * regions, second-level divisions) the canonical name ({@code 0:Karabakh}).
     */
    static String placeKey(Location l) {
        return l.getGeonamesId() != 0 ? Long.toString(l.getGeonamesId()) : "0:" + CsvRows.nullToEmpty(l.getName());
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        Path site = Path.of(targetLocation);
        try {
            for (String file : STATIC_FILES) {
                AtomicFile.write(site.resolve(file), resource(file));
            }
            byte[] world = resource(WORLD_JSON);
            AtomicFile.write(site.resolve("vendor/countries-110m.js"),
                    concat("window.QS_WORLD = ", new String(world, StandardCharsets.UTF_8).strip(), ";\n"));
            AtomicFile.write(site.resolve("data.js"), concat("window.QUOTESTANCE = ",
                    JSON.writeValueAsString(model()), ";\n"));
        } catch (IOException | UncheckedIOException e) {
            throw new AnalysisEngineProcessException(e);
        }
        super.collectionProcessComplete();
    }

    private Map<String, Object> model() {
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
            s.put("docs", new ArrayList<>(speakerDocs.getOrDefault(id, Set.of())));
            speakerRows.add(s);
        }
        Map<String, Object> model = new TreeMap<>();
        model.put("documents", documents);
        model.put("speakers", speakerRows);
        model.put("places", new ArrayList<>(places.values()));
        return model;
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = SiteWriter.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IOException("site resource missing from the class path: " + file);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] concat(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.UTF_8);
    }
}
