package org.quotestance.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleMetadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a gold JSON Lines file one document at a time, and converts its code-point offsets to Java's. */
public final class GoldDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldDocuments() {
    }

    public static void forEach(Path jsonl, Consumer<JsonNode> action) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    action.accept(JSON.readTree(line));
                } catch (IOException e) {
                    throw new IOException(jsonl + " line " + lineNumber + ": not JSON: " + e.getMessage(), e);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Puts a gold document's text into {@code jcas} as the reader would and runs {@code engine} on it. */
    public static void annotate(AnalysisEngine engine, JCas jcas, String id, String text)
            throws AnalysisEngineProcessException {
        jcas.reset();
        ArticleCasInitializer.initialize(jcas, new Article(id, id + ".txt", text, ArticleMetadata.empty()));
        engine.process(jcas);
    }

    /** The UTF-16 index in {@code text} of code point number {@code codePoint} (Python's string index). */
    public static int utf16(String text, int codePoint) {
        return text.offsetByCodePoints(0, Math.min(codePoint, text.codePointCount(0, text.length())));
    }

    static Iterator<JsonNode> elements(JsonNode node, String field) {
        JsonNode array = node.get(field);
        return array == null || !array.isArray() ? java.util.Collections.emptyIterator() : array.elements();
    }
}
