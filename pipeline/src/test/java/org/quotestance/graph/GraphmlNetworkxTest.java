package org.quotestance.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * NetworkX ({@code networkx.read_graphml}, Debian's python3-networkx) reads the committed
 * {@code corpus/graph/*.graphml} with the nodes, edges and attributes that the committed CSV tables imply.
 * Skipped when no python3 with networkx is installed ({@code /usr/bin/python3} is tried first).
 */
class GraphmlNetworkxTest {

    /** Prints, per file, the graph as NetworkX sees it: counts, and every node's and edge's attributes. */
    private static final String SCRIPT = String.join("\n",
            "import sys, json, networkx as nx",
            "out = {}",
            "for name in ['stance', 'quotes']:",
            "    g = nx.read_graphml(sys.argv[1] + '/graph/' + name + '.graphml')",
            "    out[name] = {'directed': g.is_directed(), 'nodes': {n: d for n, d in g.nodes(data=True)},",
            "                 'edges': [[u, v, d] for u, v, d in g.edges(data=True)]}",
            "print(json.dumps(out))");

    private static Path corpus;
    private static JsonNode graphs;

    @BeforeAll
    static void readWithNetworkx() throws Exception {
        String root = System.getProperty("quotestance.projectRoot");
        Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "corpus", "graph")),
                "quotestance.projectRoot not set or no corpus/graph");
        String python = pythonWith("networkx");
        Assumptions.assumeTrue(python != null, "no python3 with networkx installed");
        corpus = Path.of(root, "corpus");
        Process process = new ProcessBuilder(python, "-c", SCRIPT, corpus.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), errors);
        graphs = new ObjectMapper().readTree(output);
    }

    @Test
    void stanceGraphHasOneEdgePerHolderAndTargetOfStancesCsv() throws IOException {
        JsonNode g = graphs.get("stance");
        assertTrue(g.get("directed").asBoolean());
        List<CSVRecord> stances = csv("stances");
        Map<String, List<CSVRecord>> byPair = new TreeMap<>();
        Set<String> nodes = new TreeSet<>();
        Set<String> holders = new TreeSet<>();
        for (CSVRecord s : stances) {
            if (!s.get("holder_id").isEmpty()) {
                String target = targetKey(s);
                holders.add(s.get("holder_id"));
                nodes.add(s.get("holder_id"));
                nodes.add(target);
                byPair.computeIfAbsent(s.get("holder_id") + "\t" + target, k -> new ArrayList<>()).add(s);
            }
        }
        assertTrue(byPair.size() > 5, "the seed corpus has stances with holders");
        assertEquals(nodes.size(), g.get("nodes").size(), "a node per holder and per target");
        assertEquals(byPair.size(), g.get("edges").size(), "an edge per holder and target");

        Map<String, CSVRecord> speakers = new TreeMap<>();
        csv("speakers").forEach(r -> speakers.put(r.get("speaker_id"), r));
        for (String holder : holders) {
            JsonNode node = g.get("nodes").get(holder);
            assertEquals("speaker", node.get("type").asText());
            assertEquals(speakers.get(holder).get("canonical_name"), node.get("label").asText());
            assertEquals(speakers.get(holder).get("kind"), node.get("kind").asText());
            assertEquals(Integer.parseInt(speakers.get(holder).get("n_quotes")), node.get("n_quotes").asInt());
        }
        for (JsonNode edge : g.get("edges")) {
            List<CSVRecord> rows = byPair.get(edge.get(0).asText() + "\t" + edge.get(1).asText());
            JsonNode data = edge.get(2);
            assertEquals(rows.size(), data.get("weight").asInt(), "weight = stances of the pair");
            assertEquals(rows.stream().filter(r -> r.get("polarity").equals("FAVOR")).count(), data.get("n_favor").asLong());
            assertEquals(rows.stream().filter(r -> r.get("polarity").equals("AGAINST")).count(), data.get("n_against").asLong());
            assertEquals(rows.stream().filter(r -> r.get("polarity").equals("NEUTRAL")).count(), data.get("n_neutral").asLong());
            assertEquals(String.join(" ", rows.stream().map(r -> r.get("stance_id")).toList()),
                    data.get("stance_ids").asText());
            String type = g.get("nodes").get(edge.get(1).asText()).get("type").asText();
            assertTrue(type.equals("target") || type.equals("speaker") && speakers.containsKey(edge.get(1).asText()),
                    "a target is a target node, or the node of the speaker it is linked to");
        }
    }

    @Test
    void quotesGraphLinksEachOutletToTheSpeakersItQuotes() throws IOException {
        JsonNode g = graphs.get("quotes");
        Map<String, String> outletOf = new TreeMap<>();
        csv("documents").forEach(d -> outletOf.put(d.get("doc_id"), d.get("outlet")));
        Map<String, Integer> pairs = new TreeMap<>();
        Set<String> speakers = new TreeSet<>();
        for (CSVRecord q : csv("quotes")) {
            if (!q.get("speaker_id").isEmpty()) {
                pairs.merge(CorpusGraphs.OUTLET_PREFIX + outletOf.get(q.get("doc_id")) + "\t" + q.get("speaker_id"), 1,
                        Integer::sum);
                speakers.add(q.get("speaker_id"));
            }
        }
        Set<String> outlets = new TreeSet<>(outletOf.values());
        assertEquals(outlets.size() + speakers.size(), g.get("nodes").size(), "a node per outlet and per quoted speaker");
        assertEquals(pairs.size(), g.get("edges").size(), "an edge per outlet and speaker it quotes");
        for (JsonNode edge : g.get("edges")) {
            assertEquals(pairs.get(edge.get(0).asText() + "\t" + edge.get(1).asText()), edge.get(2).get("weight").asInt(),
                    edge.get(0) + " -> " + edge.get(1));
        }
        JsonNode pressTv = g.get("nodes").get(CorpusGraphs.OUTLET_PREFIX + "Press TV");
        assertEquals("outlet", pressTv.get("type").asText());
        assertEquals(outletOf.values().stream().filter("Press TV"::equals).count(), pressTv.get("n_documents").asLong());
    }

    /** The target's id when stances.csv links it to an entity (issue 20's target_id), else its normalised text. */
    private static String targetKey(CSVRecord stance) {
        if (stance.isMapped("target_id") && !stance.get("target_id").isEmpty()) {
            return stance.get("target_id");
        }
        return StanceTarget.TEXT_PREFIX + StanceTarget.normalise(stance.get("target"));
    }

    private static List<CSVRecord> csv(String table) throws IOException {
        try (CSVParser parser = CSVParser.parse(corpus.resolve("csv/" + table + ".csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static String pythonWith(String module) {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed there; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
