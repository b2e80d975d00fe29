package org.quotestance.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.quotestance.stance.Polarity;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;
import org.quotestance.write.CsvRows;
import org.quotestance.write.SpeakerTally;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * The stance network tallied while the documents stream past: the speakers ({@link SpeakerTally}), the targets,
 * and one edge per holder and target with its stances counted per polarity and per outlet. Only small
 * corpus-wide tallies are kept, never a document's annotations: the stance ids of each edge, and up to
 * {@link #EVIDENCE_PER_EDGE} evidence spans per edge and polarity for the browser (the rest are in
 * {@code stances.csv}). A stance whose holder has no speaker id (an unresolved pronoun, "officials") has no
 * holder node; it is counted in {@link #stancesWithoutHolder()}.
 */
public final class StanceNetwork {

    public static final int EVIDENCE_PER_EDGE = 20;
    private static final int POLARITIES = Polarity.values().length;

    /** One evidence span: the stance it belongs to, where it is and its text. */
    public record Evidence(String stanceId, String docId, int begin, String text, String outlet) {
    }

    /** A target node: its kind and the wordings it was written with, with their counts. */
    public static final class Target {
        private final Map<String, Integer> labels = new TreeMap<>();
        private String kind = "";
        private int stances;

        /** The most frequent wording (ties: the alphabetically first). */
        public String label() {
            return labels.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse("");
        }

        public String kind() {
            return kind;
        }

        public int stances() {
            return stances;
        }

        void add(StanceTarget target) {
            labels.merge(target.label(), 1, Integer::sum);
            if (kind.isEmpty()) {
                kind = target.kind();
            }
            stances++;
        }
    }

    /** The stances of one holder toward one target. */
    public static final class Edge {
        private final int[] counts = new int[POLARITIES];
        private final List<String> stanceIds = new ArrayList<>();
        private final Map<String, int[]> byOutlet = new TreeMap<>();
        private final List<List<Evidence>> evidence = new ArrayList<>();

        private Edge() {
            for (int p = 0; p < POLARITIES; p++) {
                evidence.add(new ArrayList<>());
            }
        }

        public int count(Polarity polarity) {
            return counts[polarity.ordinal()];
        }

        public int total() {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }

        /** The polarity most of the stances have, or MIXED when two polarities tie for most. */
        public String dominantPolarity() {
            Polarity best = null;
            boolean tie = false;
            for (Polarity p : Polarity.values()) {
                if (best == null || count(p) > count(best)) {
                    best = p;
                    tie = false;
                } else if (count(p) == count(best)) {
                    tie = true;
                }
            }
            return tie ? "MIXED" : best.name();
        }

        /** The stance ids, in document order. */
        public List<String> stanceIds() {
            return stanceIds;
        }

        /** Per outlet ("" for documents without one), the number of stances of {@code polarity}. */
        public Map<String, Integer> byOutlet(Polarity polarity) {
            Map<String, Integer> counts = new TreeMap<>();
            byOutlet.forEach((outlet, n) -> {
                if (n[polarity.ordinal()] > 0) {
                    counts.put(outlet, n[polarity.ordinal()]);
                }
            });
            return counts;
        }

        /** The first {@link #EVIDENCE_PER_EDGE} evidence spans of {@code polarity}, in document order. */
        public List<Evidence> evidence(Polarity polarity) {
            return evidence.get(polarity.ordinal());
        }
    }

    private final SpeakerTally speakers = new SpeakerTally();
    private final Map<String, Target> targets = new TreeMap<>();
    /** Holder id, then target key. */
    private final Map<String, Map<String, Edge>> edges = new TreeMap<>();
    /** Holders the stance layer found named in the article but never quoted: id, then canonical name and kind. */
    private final Map<String, List<Object>> unquotedHolders = new TreeMap<>();
    private int stancesWithoutHolder;
    /** {@link #speakers}, once asked for and until a document is added: several writers read them at the end. */
    private Map<String, List<Object>> speakerRows;

    /** Adds the speakers and the stances of the document in {@code jcas}. */
    public void add(JCas jcas) {
        speakerRows = null;
        speakers.addDocument(jcas);
        String docId = DocumentMetaData.get(jcas).getDocumentId();
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        String outlet = info == null ? "" : CsvRows.nullToEmpty(info.getOutlet());
        int number = 0;
        for (Stance stance : jcas.<Stance>select(Stance.type)) {
            // numbered as stances.csv numbers them, so the ids match its stance_id column
            String stanceId = docId + "-s" + ++number;
            SpeakerMention holder = stance.getHolder();
            SpeakerEntity entity = holder == null ? null : holder.getEntity();
            if (entity == null) {
                stancesWithoutHolder++;
                continue;
            }
            unquotedHolders.putIfAbsent(entity.getEntityId(),
                    List.of(entity.getEntityId(), entity.getCanonicalName(), entity.getKind(), "", "", 0, 0));
            Polarity polarity = Polarity.parse(stance.getPolarity());
            if (polarity == null) {
                continue; // a curator left it empty: stances.csv has the row, the graph has no edge colour for it
            }
            StanceTarget target = StanceTarget.of(stance);
            targets.computeIfAbsent(target.key(), k -> new Target()).add(target);

            int p = polarity.ordinal();
            Edge edge = edges.computeIfAbsent(entity.getEntityId(), k -> new TreeMap<>())
                    .computeIfAbsent(target.key(), k -> new Edge());
            edge.counts[p]++;
            edge.stanceIds.add(stanceId);
            edge.byOutlet.computeIfAbsent(outlet, k -> new int[POLARITIES])[p]++;
            if (edge.evidence.get(p).size() < EVIDENCE_PER_EDGE) {
                edge.evidence.get(p).add(new Evidence(stanceId, docId, stance.getBegin(), stance.getCoveredText(), outlet));
            }
        }
    }

    /**
     * The rows of {@code speakers.csv} (speaker_id, canonical_name, kind, role, variants, n_quotes, n_docs) by id,
     * and a row with no quotes for each holder the article names but never quotes (docs/stance.md).
     */
    public Map<String, List<Object>> speakers() {
        if (speakerRows == null) {
            Map<String, List<Object>> rows = new TreeMap<>();
            for (List<Object> row : speakers.rows()) {
                rows.put((String) row.get(0), row);
            }
            unquotedHolders.forEach(rows::putIfAbsent);
            speakerRows = Collections.unmodifiableMap(rows);
        }
        return speakerRows;
    }

    /**
     * The tally of the speakers behind {@link #speakers} ({@code speakers.csv}'s rows, without the holders never
     * quoted), for the writers of the same pipeline that would otherwise tally every document again.
     */
    public SpeakerTally speakerTally() {
        return speakers;
    }

    /** Targets by key. */
    public Map<String, Target> targets() {
        return targets;
    }

    /** Edges by holder id, then target key, both sorted. */
    public Map<String, Map<String, Edge>> edges() {
        return edges;
    }

    public int stancesWithoutHolder() {
        return stancesWithoutHolder;
    }
}
