package org.quotestance.graph;

import static org.quotestance.graph.AttributedGraph.number;
import static org.quotestance.graph.AttributedGraph.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.quotestance.stance.Polarity;

/** The two graphs of {@code graph/}, built from the corpus-wide tallies with nodes and edges in sorted order. */
final class CorpusGraphs {

    /** Node id prefix of outlets in the quotes graph (speaker ids never contain a colon). */
    static final String OUTLET_PREFIX = "outlet:";
    static final String NO_OUTLET = "(no outlet)";

    private CorpusGraphs() {
    }

    /**
     * Holders → targets. Speaker nodes: every holder, and every speaker a linked target names; target nodes:
     * the other targets. One edge per holder and target, with the count of each polarity.
     */
    static AttributedGraph stance(StanceNetwork network) {
        AttributedGraph g = new AttributedGraph()
                .nodeAttribute("label", AttributeType.STRING)
                .nodeAttribute("type", AttributeType.STRING)
                .nodeAttribute("speaker_id", AttributeType.STRING)
                .nodeAttribute("target_id", AttributeType.STRING)
                .nodeAttribute("kind", AttributeType.STRING)
                .nodeAttribute("role", AttributeType.STRING)
                .nodeAttribute("n_quotes", AttributeType.INT)
                .nodeAttribute("n_stances_held", AttributeType.INT)
                .nodeAttribute("n_stances_received", AttributeType.INT)
                .edgeAttribute("polarity", AttributeType.STRING)
                .edgeAttribute("n_favor", AttributeType.INT)
                .edgeAttribute("n_against", AttributeType.INT)
                .edgeAttribute("n_neutral", AttributeType.INT)
                .edgeAttribute("stance_ids", AttributeType.STRING);
        Map<String, List<Object>> speakers = network.speakers();
        network.edges().forEach((holder, targets) -> {
            int held = targets.values().stream().mapToInt(StanceNetwork.Edge::total).sum();
            speakerNode(g, speakers, holder).put("n_stances_held", number(held));
        });
        network.targets().forEach((key, target) -> {
            Map<String, Attribute> node = speakers.containsKey(key) ? speakerNode(g, speakers, key) : g.node(key);
            if (!node.containsKey("type")) {
                node.put("label", text(target.label()));
                node.put("type", text("target"));
            }
            if (!key.startsWith(StanceTarget.TEXT_PREFIX)) {
                node.put("target_id", text(key));
            }
            if (!target.kind().isEmpty() && !node.containsKey("kind")) {
                node.put("kind", text(target.kind()));
            }
            node.put("n_stances_received", number(target.stances()));
        });
        network.edges().forEach((holder, targets) -> targets.forEach((target, edge) -> {
            Map<String, Attribute> e = g.edge(holder, target, edge.total());
            e.put("polarity", text(edge.dominantPolarity()));
            e.put("n_favor", number(edge.count(Polarity.FAVOR)));
            e.put("n_against", number(edge.count(Polarity.AGAINST)));
            e.put("n_neutral", number(edge.count(Polarity.NEUTRAL)));
            e.put("stance_ids", text(String.join(" ", edge.stanceIds())));
        }));
        return g;
    }

    /** Outlets → the speakers they quote, weighted by the number of quotes. */
    static AttributedGraph quotes(OutletQuotes quotes, StanceNetwork network) {
        AttributedGraph g = new AttributedGraph()
                .nodeAttribute("label", AttributeType.STRING)
                .nodeAttribute("type", AttributeType.STRING)
                .nodeAttribute("speaker_id", AttributeType.STRING)
                .nodeAttribute("kind", AttributeType.STRING)
                .nodeAttribute("role", AttributeType.STRING)
                .nodeAttribute("n_quotes", AttributeType.INT)
                .nodeAttribute("n_documents", AttributeType.INT);
        Map<String, List<Object>> speakers = network.speakers();
        quotes.counts().forEach((outlet, counts) -> {
            Map<String, Attribute> node = g.node(OUTLET_PREFIX + outlet);
            node.put("label", text(outlet.isEmpty() ? NO_OUTLET : outlet));
            node.put("type", text("outlet"));
            node.put("n_quotes", number(counts.values().stream().mapToInt(Integer::intValue).sum()));
            node.put("n_documents", number(quotes.documents().get(outlet)));
        });
        Set<String> quoted = new TreeSet<>();
        quotes.counts().values().forEach(counts -> quoted.addAll(counts.keySet()));
        quoted.forEach(id -> speakerNode(g, speakers, id));
        quotes.counts().forEach((outlet, counts) -> counts.forEach((id, n) ->
                g.edge(OUTLET_PREFIX + outlet, id, n)));
        return g;
    }

    /** The node of a speaker with the attributes of its {@code speakers.csv} row. */
    private static Map<String, Attribute> speakerNode(AttributedGraph g, Map<String, List<Object>> speakers, String id) {
        boolean added = g.hasNode(id);
        Map<String, Attribute> node = g.node(id);
        List<Object> row = speakers.get(id);
        if (!added && row != null) {
            node.put("label", text((String) row.get(1)));
            node.put("type", text("speaker"));
            node.put("speaker_id", text(id));
            node.put("kind", text((String) row.get(2)));
            if (!((String) row.get(3)).isEmpty()) {
                node.put("role", text((String) row.get(3)));
            }
            node.put("n_quotes", number((Integer) row.get(5)));
        }
        return node;
    }
}
