package org.quotestance.write;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.jcas.JCas;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Gathers, across the corpus, what {@code speakers.csv} says of each speaker id: the name variants,
 * role and kind seen in each document, the number of quotes and of documents, the surface forms of its name
 * mentions (aliases) and their number, its outlets, the first and last date of its documents, and the
 * candidates of a surname-only person the corpus did not settle. The canonical name is
 * the variant most documents use as their canonical name (ties: the longer, then alphabetical), so it
 * does not depend on the order the documents are processed in. The kind is the first one seen in
 * document order; tallies of consecutive runs of documents {@link #merge merged} in document order give
 * what one tally of all the documents gives (the Spark module tallies each partition this way). Only
 * these aggregates are kept, never the documents' ids, so memory grows with the speakers, not the corpus.
 */
public final class SpeakerTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final class Speaker implements Serializable {
        private static final long serialVersionUID = 1L;
        final Map<String, Integer> canonicalVotes = new TreeMap<>();
        final Map<String, Integer> roleVotes = new TreeMap<>();
        final TreeSet<String> variants = new TreeSet<>();
        /** Documents are added in order, so a speaker's documents are counted by noting the last one. */
        String lastDoc;
        int docs;
        final TreeSet<String> aliases = new TreeSet<>();
        final TreeSet<String> outlets = new TreeSet<>();
        final TreeSet<String> candidates = new TreeSet<>();
        String externalId = "";
        String firstDate = "";
        String lastDate = "";
        String kind = "";
        int quotes;
        int mentions;

        void date(String date) {
            if (!date.isEmpty()) {
                firstDate = firstDate.isEmpty() || date.compareTo(firstDate) < 0 ? date : firstDate;
                lastDate = date.compareTo(lastDate) > 0 ? date : lastDate;
            }
        }
    }

    /** By speaker id; hashed, not sorted: looked up for every entity of every document, sorted once for {@link #rows}. */
    private final Map<String, Speaker> byId = new HashMap<>();
    /** {@link #rows}, once asked for and until a document is added: several writers read them at the end. */
    private transient List<List<Object>> rows;

    /** Adds the speakers of the document in {@code jcas} and counts their quotes. */
    public void addDocument(JCas jcas) {
        rows = null;
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        Set<SpeakerEntity> entities = new LinkedHashSet<>();
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        for (SpeakerMention mention : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            if (mention.getEntity() != null) {
                entities.add(mention.getEntity());
            }
        }
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        String outlet = info == null ? "" : CsvRows.nullToEmpty(info.getOutlet());
        String date = info == null ? "" : CsvRows.nullToEmpty(info.getDate());
        for (SpeakerEntity entity : entities) {
            addEntity(docId, entity);
            Speaker s = byId.get(entity.getEntityId());
            if (!outlet.isEmpty()) {
                s.outlets.add(outlet);
            }
            s.date(date);
        }
        for (SpeakerMention mention : jcas.<SpeakerMention>select(SpeakerMention.type)) {
            if (mention.getEntity() != null) {
                Speaker s = byId.get(mention.getEntity().getEntityId());
                s.mentions++;
                if ("NAME".equals(mention.getMentionType()) || "ORGANIZATION".equals(mention.getMentionType())) {
                    s.aliases.add(mention.getCoveredText());
                }
            }
        }
        for (Quote quote : jcas.<Quote>select(Quote.type)) {
            if (quote.getSpeaker() != null && quote.getSpeaker().getEntity() != null) {
                addQuote(quote.getSpeaker().getEntity().getEntityId());
            }
        }
    }

    /**
     * Adds what {@code later} tallied, as if its documents had been added to this tally after this
     * tally's own (no document may be in both).
     */
    public void merge(SpeakerTally later) {
        rows = null;
        later.byId.forEach((id, theirs) -> {
            Speaker s = byId.computeIfAbsent(id, k -> new Speaker());
            theirs.canonicalVotes.forEach((name, n) -> s.canonicalVotes.merge(name, n, Integer::sum));
            theirs.roleVotes.forEach((role, n) -> s.roleVotes.merge(role, n, Integer::sum));
            s.variants.addAll(theirs.variants);
            s.docs += theirs.docs;
            if (theirs.lastDoc != null) {
                s.lastDoc = theirs.lastDoc;
            }
            s.aliases.addAll(theirs.aliases);
            s.outlets.addAll(theirs.outlets);
            s.candidates.addAll(theirs.candidates);
            s.date(theirs.firstDate);
            s.date(theirs.lastDate);
            s.mentions += theirs.mentions;
            if (s.externalId.isEmpty()) {
                s.externalId = theirs.externalId;
            }
            if (s.kind.isEmpty()) {
                s.kind = theirs.kind;
            }
            s.quotes += theirs.quotes;
        });
    }

    void addEntity(String docId, SpeakerEntity entity) {
        Speaker s = byId.computeIfAbsent(entity.getEntityId(), id -> new Speaker());
        s.canonicalVotes.merge(entity.getCanonicalName(), 1, Integer::sum);
        if (entity.getRole() != null && !entity.getRole().isEmpty()) {
            s.roleVotes.merge(entity.getRole(), 1, Integer::sum);
        }
        if (entity.getVariants() != null) {
            s.variants.addAll(List.of(entity.getVariants().toArray()));
        }
        s.variants.add(entity.getCanonicalName());
        if (!docId.equals(s.lastDoc)) {
            s.docs++;
            s.lastDoc = docId;
        }
        if (s.externalId.isEmpty() && entity.getExternalId() != null) {
            s.externalId = entity.getExternalId();
        }
        if (entity.getCandidates() != null) {
            s.candidates.addAll(List.of(entity.getCandidates().toArray()));
        }
        if (s.kind.isEmpty() && entity.getKind() != null) {
            s.kind = entity.getKind();
        }
    }

    void addQuote(String entityId) {
        Speaker s = byId.get(entityId);
        if (s != null) {
            s.quotes++;
        }
    }

    /** The rows of {@code speakers.csv}, by speaker id (not to be changed: they are shared by their readers). */
    public List<List<Object>> rows() {
        if (rows == null) {
            rows = Collections.unmodifiableList(tally());
        }
        return rows;
    }

    private List<List<Object>> tally() {
        List<List<Object>> rows = new ArrayList<>();
        new TreeMap<>(byId).forEach((id, s) -> rows.add(List.of(id, mostVoted(s.canonicalVotes), s.kind, mostVoted(s.roleVotes),
                String.join("|", s.variants), s.quotes, s.docs, String.join("|", s.aliases), s.mentions,
                s.outlets.size(), s.firstDate, s.lastDate, String.join("|", s.candidates), s.externalId)));
        return rows;
    }

    private static String mostVoted(Map<String, Integer> votes) {
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }
}
