package org.quotestance.write;

import java.io.IOException;
import java.util.List;

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

import com.fasterxml.jackson.core.JsonGenerator;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * The corpus browser's model of one document ({@code site/data/docs/<doc_id>.js}): text, headlines,
 * boilerplate, speaker mentions, quotes, places (with the sentence each is in, for the map's popups) and
 * stances; and the one-line summary the index lists ({@link #writeSummary}). Both are streamed as JSON with
 * the keys of every object in sorted order, so that the site is byte-identical for the same input.
 */
final class SiteDocument {

    private final JCas jcas;
    private final String id;
    private final String title;
    private final String outlet;
    private final String date;
    private final String url;

    SiteDocument(JCas jcas) {
        this.jcas = jcas;
        DocumentMetaData meta = DocumentMetaData.get(jcas);
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        id = meta.getDocumentId();
        title = CsvRows.nullToEmpty(meta.getDocumentTitle());
        outlet = info == null ? "" : CsvRows.nullToEmpty(info.getOutlet());
        date = info == null ? "" : CsvRows.nullToEmpty(info.getDate());
        url = info == null ? "" : CsvRows.nullToEmpty(info.getUrl());
    }

    /** What the index lists of a document: id, title, outlet, date, address and {@code n}: quotes, places, stances. */
    void writeSummary(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("date", date);
        json.writeStringField("id", id);
        json.writeArrayFieldStart("n");
        json.writeNumber(jcas.<Quote>select(Quote.type).count());
        json.writeNumber(jcas.<Location>select(Location.type).count());
        json.writeNumber(jcas.<Stance>select(Stance.type).count());
        json.writeEndArray();
        json.writeStringField("outlet", outlet);
        json.writeStringField("title", title);
        json.writeStringField("url", url);
        json.writeEndObject();
    }

    /** The document's full model: the fields of its summary but the counts, and more. */
    void writeModel(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("boilerplate");
        for (Boilerplate b : jcas.<Boilerplate>select(Boilerplate.type)) {
            json.writeStartArray();
            json.writeNumber(b.getBegin());
            json.writeNumber(b.getEnd());
            json.writeString(CsvRows.nullToEmpty(b.getKind()));
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStringField("date", date);
        json.writeArrayFieldStart("headlines");
        for (Headline h : jcas.<Headline>select(Headline.type)) {
            json.writeStartArray();
            json.writeNumber(h.getBegin());
            json.writeNumber(h.getEnd());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStringField("id", id);
        writeLocations(json);
        writeMentions(json);
        json.writeStringField("outlet", outlet);
        writeQuotes(json);
        writeStances(json);
        json.writeStringField("text", jcas.getDocumentText());
        json.writeStringField("title", title);
        json.writeStringField("url", url);
        json.writeEndObject();
    }

    private void writeLocations(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("locations");
        List<Sentence> sentences = jcas.<Sentence>select(Sentence.type).asList();
        int passed = 0;
        for (Location l : jcas.<Location>select(Location.type)) {
            // the places come by begin: a sentence that ends before one begins covers none of the rest
            while (passed < sentences.size() && sentences.get(passed).getEnd() < l.getBegin()) {
                passed++;
            }
            Annotation sentence = firstCovering(sentences, passed, l);
            json.writeStartObject();
            json.writeNumberField("b", l.getBegin());
            json.writeStringField("cc", CsvRows.nullToEmpty(l.getCountryCode()));
            json.writeNumberField("e", l.getEnd());
            json.writeNumberField("gid", l.getGeonamesId());
            json.writeStringField("key", placeKey(l));
            json.writeStringField("name", CsvRows.nullToEmpty(l.getName()));
            json.writeNumberField("sb", sentence.getBegin());
            json.writeNumberField("se", sentence.getEnd());
            json.writeStringField("usage", CsvRows.nullToEmpty(l.getUsage()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeMentions(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("mentions");
        for (SpeakerMention m : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            SpeakerEntity e = m.getEntity();
            json.writeStartObject();
            json.writeNumberField("b", m.getBegin());
            json.writeNumberField("e", m.getEnd());
            json.writeStringField("speaker", e == null ? "" : e.getEntityId());
            json.writeStringField("type", CsvRows.nullToEmpty(m.getMentionType()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeQuotes(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("quotes");
        for (Quote q : jcas.<Quote>select(Quote.type)) {
            SpeakerMention m = q.getSpeaker();
            SpeechCue cue = q.getCue();
            json.writeStartObject();
            json.writeNumberField("b", q.getBegin());
            json.writeFieldName("cue");
            if (cue == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                json.writeNumber(cue.getBegin());
                json.writeNumber(cue.getEnd());
                json.writeString(CsvRows.nullToEmpty(cue.getLemma()));
                json.writeEndArray();
            }
            json.writeNumberField("e", q.getEnd());
            json.writeStringField("id", CsvRows.nullToEmpty(q.getQuoteId()));
            json.writeFieldName("mention");
            if (m == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                json.writeNumber(m.getBegin());
                json.writeNumber(m.getEnd());
                json.writeEndArray();
            }
            json.writeStringField("speaker", entityId(m));
            json.writeStringField("type", CsvRows.nullToEmpty(q.getQuoteType()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeStances(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("stances");
        int n = 0;
        for (Stance s : jcas.<Stance>select(Stance.type)) {
            SpeakerMention holder = s.getHolder();
            SpeakerEntity e = holder == null ? null : holder.getEntity();
            json.writeStartObject();
            json.writeNumberField("b", s.getBegin());
            json.writeStringField("cue", CsvRows.nullToEmpty(s.getEvidence()));
            json.writeNumberField("e", s.getEnd());
            json.writeStringField("holder", e == null ? "" : e.getEntityId());
            json.writeStringField("holderName",
                    e == null ? (holder == null ? "" : holder.getCoveredText()) : e.getCanonicalName());
            json.writeStringField("id", id + "-s" + ++n);
            json.writeStringField("polarity", CsvRows.nullToEmpty(s.getPolarity()));
            json.writeStringField("quote", s.getQuote() == null ? "" : CsvRows.nullToEmpty(s.getQuote().getQuoteId()));
            json.writeStringField("target", CsvRows.nullToEmpty(s.getTarget()));
            json.writeEndObject();
        }
        json.writeEndArray();
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

    /**
     * The first sentence in index order that covers {@code a}, or {@code a} itself when none does, looking from
     * {@code from} on (the sentences before it end before {@code a} begins).
     */
    private static Annotation firstCovering(List<Sentence> sentences, int from, Annotation a) {
        for (int i = from; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (sentence.getBegin() > a.getBegin()) {
                break;
            }
            if (sentence.getEnd() >= a.getEnd()) {
                return sentence;
            }
        }
        return a;
    }
}
