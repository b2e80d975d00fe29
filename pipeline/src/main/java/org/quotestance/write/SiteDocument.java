package org.quotestance.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Boilerplate;
import org.quotestance.type.Headline;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * The corpus browser's model of one document ({@code site/data/docs/<doc_id>.js}): text, headlines,
 * boilerplate, speaker mentions, quotes, places (with the sentence each is in, for the map's popups) and
 * stances; and the one-line summary the index lists ({@link #summary}).
 */
final class SiteDocument {

    private SiteDocument() {
    }

    /** The document's full model: its {@link #summary} (given, as the index takes it too) without the counts, and more. */
    static Map<String, Object> of(JCas jcas, Map<String, Object> summary) {
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        Map<String, Object> doc = new TreeMap<>(summary);
        doc.remove("n");
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
        for (SpeakerMention m : jcas.select(SpeakerMention.class)) {
            Map<String, Object> mention = span(m);
            SpeakerEntity e = m.getEntity();
            mention.put("speaker", e == null ? "" : e.getEntityId());
            mention.put("type", CsvRows.nullToEmpty(m.getMentionType()));
            mentions.add(mention);
        }
        doc.put("mentions", mentions);

        List<Object> quotes = new ArrayList<>();
        for (Quote q : jcas.select(Quote.class)) {
            Map<String, Object> quote = span(q);
            SpeakerMention m = q.getSpeaker();
            quote.put("id", CsvRows.nullToEmpty(q.getQuoteId()));
            quote.put("type", CsvRows.nullToEmpty(q.getQuoteType()));
            quote.put("speaker", entityId(m));
            quote.put("mention", m == null ? null : List.of(m.getBegin(), m.getEnd()));
            SpeechCue cue = q.getCue();
            quote.put("cue", cue == null ? null : List.of(cue.getBegin(), cue.getEnd(), CsvRows.nullToEmpty(cue.getLemma())));
            quotes.add(quote);
        }
        doc.put("quotes", quotes);

        List<Object> locations = new ArrayList<>();
        List<Sentence> sentences = jcas.select(Sentence.class).asList();
        for (Location l : jcas.select(Location.class)) {
            Map<String, Object> location = span(l);
            location.put("key", placeKey(l));
            location.put("gid", l.getGeonamesId());
            location.put("name", CsvRows.nullToEmpty(l.getName()));
            location.put("cc", CsvRows.nullToEmpty(l.getCountryCode()));
            location.put("usage", CsvRows.nullToEmpty(l.getUsage()));
            Annotation sentence = firstCovering(sentences, l);
            location.put("sb", sentence.getBegin());
            location.put("se", sentence.getEnd());
            locations.add(location);
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
        return doc;
    }

    /** What the index lists of a document: id, title, outlet, date, address and {@code n}: quotes, places, stances. */
    static Map<String, Object> summary(JCas jcas) {
        DocumentMetaData meta = DocumentMetaData.get(jcas);
        ArticleInfo info = jcas.select(ArticleInfo.class).singleOrNull();
        Map<String, Object> doc = new TreeMap<>();
        doc.put("id", meta.getDocumentId());
        doc.put("title", CsvRows.nullToEmpty(meta.getDocumentTitle()));
        doc.put("outlet", info == null ? "" : CsvRows.nullToEmpty(info.getOutlet()));
        doc.put("date", info == null ? "" : CsvRows.nullToEmpty(info.getDate()));
        doc.put("url", info == null ? "" : CsvRows.nullToEmpty(info.getUrl()));
        doc.put("n", List.of(jcas.select(Quote.class).count(), jcas.select(Location.class).count(),
                jcas.select(Stance.class).count()));
        return doc;
    }

    static String entityId(SpeakerMention m) {
        return m == null || m.getEntity() == null ? "" : m.getEntity().getEntityId();
    }

    /**
     * One marker per resolved place: the GeoNames id, or for places without one (id 0: most supplement
     * regions, second-level divisions) the canonical name ({@code 0:Karabakh}).
     */
    static String placeKey(Location l) {
        return l.getGeonamesId() != 0 ? Long.toString(l.getGeonamesId()) : "0:" + CsvRows.nullToEmpty(l.getName());
    }

    /** The first sentence in index order that covers {@code a}, or {@code a} itself when none does. */
    private static Annotation firstCovering(List<Sentence> sentences, Annotation a) {
        for (Sentence sentence : sentences) {
            if (sentence.getBegin() > a.getBegin()) {
                break;
            }
            if (sentence.getEnd() >= a.getEnd()) {
                return sentence;
            }
        }
        return a;
    }

    private static Map<String, Object> span(Annotation a) {
        Map<String, Object> m = new TreeMap<>();
        m.put("b", a.getBegin());
        m.put("e", a.getEnd());
        return m;
    }
}
