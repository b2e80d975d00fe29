package org.quotestance.write;

import java.io.IOException;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;

import com.fasterxml.jackson.core.JsonGenerator;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * One document of the JSONL export: {@code id}, {@code text}, {@code meta}, {@code quotes},
 * {@code speakers} (the mentions), {@code locations}, {@code stances} and {@code relations}
 * ({@code speaker_of}: quote → speaker mention). Offsets ({@code start}, {@code end}) are the UTF-16
 * offsets of the CSV tables; a missing value is {@code null}.
 */
final class JsonlDocument {

    private JsonlDocument() {
    }

    static void write(JCas jcas, JsonGenerator json) throws IOException {
        DocumentMetaData meta = DocumentMetaData.get(jcas);
        String docId = meta.getDocumentId();
        json.writeStartObject();
        json.writeStringField("id", docId);
        json.writeStringField("text", jcas.getDocumentText());
        writeMeta(jcas, meta, json);
        json.writeArrayFieldStart("quotes");
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        for (Quote quote : jcas.<Quote>select(Quote.type)) {
            writeQuote(quote, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("speakers");
        for (SpeakerMention mention : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            writeMention(mention, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("locations");
        for (Location location : jcas.<Location>select(Location.type)) {
            writeLocation(location, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("stances");
        int n = 0;
        for (Stance stance : jcas.<Stance>select(Stance.type)) {
            writeStance(docId + "-s" + ++n, stance, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        for (Quote quote : jcas.<Quote>select(Quote.type)) {
            if (quote.getSpeaker() != null) {
                json.writeStartObject();
                json.writeStringField("type", "speaker_of");
                json.writeStringField("head", quote.getQuoteId());
                json.writeFieldName("tail");
                writeSpan(quote.getSpeaker(), json);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeMeta(JCas jcas, DocumentMetaData meta, JsonGenerator json) throws IOException {
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        json.writeObjectFieldStart("meta");
        json.writeStringField("outlet", info == null ? null : emptyToNull(info.getOutlet()));
        json.writeStringField("date", info == null ? null : emptyToNull(info.getDate()));
        json.writeStringField("title", emptyToNull(meta.getDocumentTitle()));
        json.writeStringField("url", info == null ? null : emptyToNull(info.getUrl()));
        json.writeEndObject();
    }

    private static void writeQuote(Quote quote, JsonGenerator json) throws IOException {
        SpeakerMention mention = quote.getSpeaker();
        SpeakerEntity entity = mention == null ? null : mention.getEntity();
        SpeechCue cue = quote.getCue();
        json.writeStartObject();
        json.writeStringField("id", quote.getQuoteId());
        json.writeNumberField("start", quote.getBegin());
        json.writeNumberField("end", quote.getEnd());
        json.writeStringField("type", quote.getQuoteType());
        json.writeStringField("text", quote.getCoveredText());
        json.writeFieldName("speaker_mention");
        if (mention == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeNumberField("start", mention.getBegin());
            json.writeNumberField("end", mention.getEnd());
            json.writeStringField("text", mention.getCoveredText());
            json.writeStringField("type", mention.getMentionType());
            json.writeEndObject();
        }
        json.writeStringField("speaker_id", entity == null ? null : entity.getEntityId());
        json.writeStringField("speaker_name", entity == null ? null : entity.getCanonicalName());
        json.writeStringField("speaker_external_id", externalId(entity));
        json.writeFieldName("cue");
        if (cue == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeNumberField("start", cue.getBegin());
            json.writeNumberField("end", cue.getEnd());
            json.writeStringField("text", cue.getCoveredText());
            json.writeStringField("lemma", cue.getLemma());
            json.writeEndObject();
        }
        json.writeStringField("cue_class", quote.getCueClass());
        json.writeEndObject();
    }

    /** The id a user's registry gives the speaker (a Wikidata QID ...), or null. */
    private static String externalId(SpeakerEntity entity) {
        return entity == null || entity.getExternalId() == null || entity.getExternalId().isEmpty() ? null
                : entity.getExternalId();
    }

    private static void writeMention(SpeakerMention mention, JsonGenerator json) throws IOException {
        SpeakerEntity entity = mention.getEntity();
        json.writeStartObject();
        json.writeNumberField("start", mention.getBegin());
        json.writeNumberField("end", mention.getEnd());
        json.writeStringField("text", mention.getCoveredText());
        json.writeStringField("type", mention.getMentionType());
        json.writeStringField("speaker_id", entity == null ? null : entity.getEntityId());
        json.writeStringField("speaker_name", entity == null ? null : entity.getCanonicalName());
        json.writeStringField("speaker_external_id", externalId(entity));
        json.writeEndObject();
    }

    private static void writeLocation(Location location, JsonGenerator json) throws IOException {
        boolean resolved = location.getGeonamesId() != 0;
        json.writeStartObject();
        json.writeNumberField("start", location.getBegin());
        json.writeNumberField("end", location.getEnd());
        json.writeStringField("text", location.getCoveredText());
        json.writeStringField("name", emptyToNull(location.getName()));
        json.writeFieldName("geonames_id");
        if (resolved) {
            json.writeNumber(location.getGeonamesId());
        } else {
            json.writeNull();
        }
        json.writeStringField("country_code", emptyToNull(location.getCountryCode()));
        json.writeStringField("feature_class", emptyToNull(location.getFeatureClass()));
        json.writeFieldName("lat");
        coordinate(resolved, location.getLatitude(), json);
        json.writeFieldName("lon");
        coordinate(resolved, location.getLongitude(), json);
        json.writeStringField("usage", emptyToNull(location.getUsage()));
        json.writeEndObject();
    }

    /** The coordinate as the CSV writes it (five decimals), or null for a place without a GeoNames entry. */
    private static void coordinate(boolean resolved, double value, JsonGenerator json) throws IOException {
        if (resolved) {
            json.writeNumber(CsvRows.coordinate(value));
        } else {
            json.writeNull();
        }
    }

    private static void writeStance(String id, Stance stance, JsonGenerator json) throws IOException {
        SpeakerMention holder = stance.getHolder();
        SpeakerEntity entity = holder == null ? null : holder.getEntity();
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeNumberField("start", stance.getBegin());
        json.writeNumberField("end", stance.getEnd());
        json.writeStringField("text", stance.getCoveredText());
        json.writeStringField("holder_id", entity == null ? null : entity.getEntityId());
        json.writeStringField("holder_name",
                entity == null ? (holder == null ? null : holder.getCoveredText()) : entity.getCanonicalName());
        json.writeStringField("target", emptyToNull(stance.getTarget()));
        json.writeStringField("target_id", emptyToNull(CsvRows.targetId(stance)));
        json.writeStringField("target_kind", CsvRows.targetKind(stance));
        json.writeStringField("polarity", emptyToNull(stance.getPolarity()));
        json.writeStringField("cue", emptyToNull(stance.getEvidence()));
        json.writeStringField("quote_id", stance.getQuote() == null ? null : stance.getQuote().getQuoteId());
        json.writeEndObject();
    }

    private static void writeSpan(Annotation span, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", span.getBegin());
        json.writeNumberField("end", span.getEnd());
        json.writeStringField("text", span.getCoveredText());
        json.writeEndObject();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
