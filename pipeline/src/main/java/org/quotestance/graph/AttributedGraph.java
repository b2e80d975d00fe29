package org.quotestance.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.quotestance.write.AtomicFile;

/**
 * A directed graph whose nodes (string ids) and edges carry typed attributes, each edge an integer
 * {@code weight}, exported as GraphML by JGraphT.
 * Nodes and edges are written in the order they were added, attribute keys in the order they were declared,
 * so adding them in a sorted order gives the same bytes for the same corpus.
 */
final class AttributedGraph {

    /** An edge: its id and attributes; identity is the object. */
    static final class Edge {
        final String id;
        final Map<String, Attribute> attributes = new LinkedHashMap<>();

        Edge(String id) {
            this.id = id;
        }
    }

    static final String WEIGHT = "weight";

    private final Graph<String, Edge> graph = new DefaultDirectedGraph<>(null, null, false);
    private final Map<String, Map<String, Attribute>> nodeAttributes = new HashMap<>();
    private final GraphMLExporter<String, Edge> exporter = new GraphMLExporter<>(id -> id);

    AttributedGraph() {
        exporter.setEdgeIdProvider(e -> e.id);
        exporter.setVertexAttributeProvider(nodeAttributes::get);
        exporter.setEdgeAttributeProvider(e -> e.attributes);
        // JGraphT's own weight key is a double it leaves out when it is 1.0, its default, and NetworkX 2.8 does
        // not apply GraphML defaults: so "weight" is an int attribute of ours, written on every edge
        exporter.setEdgeWeightAttributeName("jgrapht_weight");
        exporter.registerAttribute(WEIGHT, AttributeCategory.EDGE, AttributeType.INT);
    }

    /** Declares a node attribute; values of undeclared attributes are not written. */
    AttributedGraph nodeAttribute(String name, AttributeType type) {
        exporter.registerAttribute(name, AttributeCategory.NODE, type);
        return this;
    }

    AttributedGraph edgeAttribute(String name, AttributeType type) {
        exporter.registerAttribute(name, AttributeCategory.EDGE, type);
        return this;
    }

    /** Adds a node, or returns the attributes of the node already there to add to them. */
    Map<String, Attribute> node(String id) {
        graph.addVertex(id);
        return nodeAttributes.computeIfAbsent(id, k -> new LinkedHashMap<>());
    }

    boolean hasNode(String id) {
        return graph.containsVertex(id);
    }

    /**
     * Adds an edge between two nodes already added, with its GraphML {@code weight}; its id is {@code e} and its
     * number.
     */
    Map<String, Attribute> edge(String source, String target, int weight) {
        Edge e = new Edge("e" + graph.edgeSet().size());
        graph.addEdge(source, target, e);
        e.attributes.put(WEIGHT, number(weight));
        return e.attributes;
    }

    Graph<String, Edge> graph() {
        return graph;
    }

    static Attribute text(String value) {
        return DefaultAttribute.createAttribute(value);
    }

    static Attribute number(int value) {
        return DefaultAttribute.createAttribute(value);
    }

    void write(Path file) throws IOException {
        try (AtomicFile out = AtomicFile.create(file)) {
            // buffered: the XML serializer behind the exporter writes a few characters at a time
            Writer writer = new BufferedWriter(new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8), 1 << 16);
            exporter.exportGraph(graph, writer);
            writer.flush();
            out.commit();
        }
    }
}
