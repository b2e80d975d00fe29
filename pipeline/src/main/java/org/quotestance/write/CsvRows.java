package org.quotestance.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.uima.jcas.JCas;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.SpeechCue;
import org.quotestance.type.Stance;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * The rows one document contributes to each per-document table of {@link CsvTable}. Public so that other
 * runners (the Spark module) produce exactly the rows {@link CsvCorpusWriter} writes.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** All rows of one annotated document, in the order {@link CsvCorpusWriter} writes them. */
    public record DocumentRows(List<Object> document, List<List<Object>> quotes, List<List<Object>> locations,
            List<List<Object>> stances) {

        /** The rows of {@code table}; empty for {@link CsvTable#SPEAKERS}, which is corpus-wide. */
        public List<List<Object>> rows(CsvTable table) {
            return switch (table) {
                case DOCUMENTS -> List.of(document);
                case QUOTES -> quotes;
                case LOCATIONS -> locations;
                case STANCES -> stances;
                case SPEAKERS -> List.of();
            };
        }
    }

    /** The rows of the documents, quotes, locations and stances tables for the document in {@code jcas}. */
    public static DocumentRows of(JCas jcas) {
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        List<Quote> quotes = jcas.<Quote>select(Quote.type).asList();
        List<Location> locations = jcas.<Location>select(Location.type).asList();
        List<Stance> stances = jcas.<Stance>select(Stance.type).asList();
        List<List<Object>> quoteRows = new ArrayList<>();
        for (Quote quote : quotes) {
            quoteRows.add(quote(docId, quote));
        }
        List<List<Object>> locationRows = new ArrayList<>();
        for (Location location : locations) {
            locationRows.add(location(docId, location));
        }
        List<List<Object>> stanceRows = new ArrayList<>();
        int n = 0;
        for (Stance stance : stances) {
            stanceRows.add(stance(docId, stance, ++n));
        }
        return new DocumentRows(document(jcas, quotes.size(), locations.size(), stances.size()), quoteRows,
                locationRows, stanceRows);
    }

    public static List<Object> document(JCas jcas, int quotes, int locations, int stances) {
        DocumentMetaData meta = DocumentMetaData.get(jcas);
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        String outlet = info == null ? "" : nullToEmpty(info.getOutlet());
        String date = info == null ? "" : nullToEmpty(info.getDate());
        String url = info == null ? "" : nullToEmpty(info.getUrl());
        return List.of(meta.getDocumentId(), outlet, date, nullToEmpty(meta.getDocumentTitle()), url,
                jcas.getDocumentText().length(), quotes, locations, stances);
    }

    public static List<Object> quote(String docId, Quote quote) {
        SpeakerMention mention = quote.getSpeaker();
        SpeakerEntity entity = mention == null ? null : mention.getEntity();
        SpeechCue cue = quote.getCue();
        List<Object> row = new ArrayList<>();
        row.add(docId);
        row.add(quote.getQuoteId());
        row.add(quote.getQuoteType());
        row.add(quote.getBegin());
        row.add(quote.getEnd());
        row.add(quote.getCoveredText());
        row.add(entity == null ? "" : entity.getEntityId());
        row.add(entity == null ? "" : entity.getCanonicalName());
        row.add(mention == null ? "" : mention.getCoveredText());
        row.add(mention == null ? "" : mention.getMentionType());
        row.add(cue == null ? "" : cue.getCoveredText());
        row.add(cue == null ? "" : cue.getLemma());
        row.add(mention == null ? "" : mention.getBegin());
        row.add(mention == null ? "" : mention.getEnd());
        row.add(quote.getCueClass() == null ? "" : quote.getCueClass());
        row.add(entity == null ? "" : nullToEmpty(entity.getExternalId()));
        return row;
    }

    public static List<Object> location(String docId, Location location) {
        return List.of(docId, location.getBegin(), location.getEnd(), location.getCoveredText(),
                nullToEmpty(location.getName()), location.getGeonamesId(), nullToEmpty(location.getCountryCode()),
                nullToEmpty(location.getFeatureClass()), coordinate(location.getLatitude()),
                coordinate(location.getLongitude()), nullToEmpty(location.getUsage()));
    }

    public static List<Object> stance(String docId, Stance stance, int number) {
        SpeakerMention holder = stance.getHolder();
        SpeakerEntity entity = holder == null ? null : holder.getEntity();
        Quote quote = stance.getQuote();
        List<Object> row = new ArrayList<>();
        row.add(docId);
        row.add(docId + "-s" + number);
        row.add(entity == null ? "" : entity.getEntityId());
        row.add(entity == null ? (holder == null ? "" : holder.getCoveredText()) : entity.getCanonicalName());
        row.add(nullToEmpty(stance.getTarget()));
        row.add(nullToEmpty(stance.getPolarity()));
        row.add(stance.getBegin());
        row.add(stance.getEnd());
        row.add(stance.getCoveredText());
        row.add(quote == null ? "" : quote.getQuoteId());
        row.add(nullToEmpty(stance.getEvidence()));
        row.add(targetId(stance));
        row.add(targetKind(stance));
        return row;
    }

    /** The id of what the stance's target names: the place's GeoNames id or the speaker's id, else "". */
    public static String targetId(Stance stance) {
        if (stance.getTargetLocation() != null && stance.getTargetLocation().getGeonamesId() > 0) {
            return Long.toString(stance.getTargetLocation().getGeonamesId());
        }
        return stance.getTargetEntity() == null ? "" : nullToEmpty(stance.getTargetEntity().getEntityId());
    }

    /** PERSON, ORGANIZATION, PLACE or OTHER. */
    public static String targetKind(Stance stance) {
        return stance.getTargetKind() == null ? "OTHER" : stance.getTargetKind();
    }

    /**
     * The value with five decimals, as {@code String.format(Locale.ROOT, "%.5f", value)} writes it (the
     * shortest decimal of the double, rounded half up; "-" kept on a negative value that rounds to zero),
     * without the cost of a Formatter per coordinate.
     */
    public static String coordinate(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.5f", value);
        }
        String fixed = new BigDecimal(Double.toString(value)).setScale(5, RoundingMode.HALF_UP).toPlainString();
        return Double.doubleToRawLongBits(value) < 0 && fixed.charAt(0) != '-' ? "-" + fixed : fixed;
    }

    public static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
