package org.quotestance.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.quotestance.stance.Polarity;

/**
 * The Network page's data: nodes (speakers, then targets), one edge per holder, target and polarity with its
 * count per outlet, and the edges' evidence in chunks of {@link #CHUNK} edges that the page loads when an edge
 * is clicked, so the page itself stays small at any corpus size.
 */
final class NetworkModel {

    static final int CHUNK = 200;

    private final Map<String, Object> model = new TreeMap<>();
    private final List<List<Object>> evidence = new ArrayList<>();

    NetworkModel(StanceNetwork network) {
        Map<String, List<Object>> speakers = network.speakers();
        Map<String, Integer> nodeIndex = new LinkedHashMap<>();
        List<Object> nodes = new ArrayList<>();
        TreeSet<String> speakerNodes = new TreeSet<>(network.edges().keySet());
        network.targets().keySet().stream().filter(speakers::containsKey).forEach(speakerNodes::add);
        for (String id : speakerNodes) {
            List<Object> row = speakers.get(id);
            nodeIndex.put(id, nodes.size());
            nodes.add(node(id, (String) row.get(1), "speaker", (String) row.get(2), (Integer) row.get(5)));
        }
        network.targets().forEach((key, target) -> {
            if (!nodeIndex.containsKey(key)) {
                nodeIndex.put(key, nodes.size());
                nodes.add(node(key, target.label(), "target", target.kind(), target.stances()));
            }
        });

        TreeSet<String> outletNames = new TreeSet<>();
        network.edges().values().forEach(byTarget -> byTarget.values().forEach(edge -> {
            for (Polarity p : Polarity.values()) {
                outletNames.addAll(edge.byOutlet(p).keySet());
            }
        }));
        List<String> outlets = new ArrayList<>(outletNames);
        Map<String, Integer> outletIndex = new HashMap<>();
        outlets.forEach(o -> outletIndex.put(o, outletIndex.size()));

        List<Object> edges = new ArrayList<>();
        network.edges().forEach((holder, byTarget) -> byTarget.forEach((target, edge) -> {
            for (Polarity p : Polarity.values()) {
                if (edge.count(p) == 0) {
                    continue;
                }
                List<Object> perOutlet = new ArrayList<>();
                edge.byOutlet(p).forEach((outlet, n) -> perOutlet.add(List.of(outletIndex.get(outlet), n)));
                Map<String, Object> e = new TreeMap<>();
                e.put("s", nodeIndex.get(holder));
                e.put("t", nodeIndex.get(target));
                e.put("p", p.ordinal());
                e.put("n", edge.count(p));
                e.put("o", perOutlet);
                edges.add(e);
                List<Object> spans = new ArrayList<>();
                for (StanceNetwork.Evidence ev : edge.evidence(p)) {
                    spans.add(List.of(ev.stanceId(), ev.docId(), ev.begin(), ev.text(), outletIndex.get(ev.outlet())));
                }
                evidence.add(spans);
            }
        }));
        model.put("nodes", nodes);
        model.put("edges", edges);
        model.put("outlets", outlets);
        model.put("polarities", List.of(Polarity.FAVOR.name(), Polarity.AGAINST.name(), Polarity.NEUTRAL.name()));
        model.put("chunk", CHUNK);
        model.put("evidencePerEdge", StanceNetwork.EVIDENCE_PER_EDGE);
        model.put("withoutHolder", network.stancesWithoutHolder());
    }

    private static Map<String, Object> node(String id, String label, String type, String kind, int n) {
        Map<String, Object> node = new TreeMap<>();
        node.put("id", id);
        node.put("label", label);
        node.put("type", type);
        node.put("kind", kind);
        node.put("n", n);
        return node;
    }

    Map<String, Object> model() {
        return model;
    }

    /** The evidence of edges {@code chunk * CHUNK} up to the next chunk, one list of spans per edge. */
    List<List<Object>> evidenceChunk(int chunk) {
        return evidence.subList(chunk * CHUNK, Math.min(evidence.size(), (chunk + 1) * CHUNK));
    }

    int chunks() {
        return (evidence.size() + CHUNK - 1) / CHUNK;
    }
}
