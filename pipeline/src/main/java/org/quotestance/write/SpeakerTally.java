package org.quotestance.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.quotestance.type.SpeakerEntity;

/**
 * Gathers, across the corpus, what {@code speakers.csv} says of each speaker id: the name variants,
 * role and kind seen in each document, the number of quotes and of documents. The canonical name is
 * the variant most documents use as their canonical name (ties: the longer, then alphabetical), so it
 * does not depend on the order the documents are processed in.
 */
final class SpeakerTally {

    private static final class Speaker {
        final Map<String, Integer> canonicalVotes = new TreeMap<>();
        final Map<String, Integer> roleVotes = new TreeMap<>();
        final TreeSet<String> variants = new TreeSet<>();
        final TreeSet<String> docs = new TreeSet<>();
        String kind = "";
        int quotes;
    }

    private final Map<String, Speaker> byId = new TreeMap<>();

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
        s.docs.add(docId);
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

    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        byId.forEach((id, s) -> rows.add(List.of(id, mostVoted(s.canonicalVotes), s.kind, mostVoted(s.roleVotes),
                String.join("|", s.variants), s.quotes, s.docs.size())));
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
