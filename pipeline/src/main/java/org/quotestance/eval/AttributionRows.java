package org.quotestance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleMetadata;
import org.quotestance.type.Quote;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every found and every gold attribution of a gold file as a CSV row, for breaking the overlap figures down
 * (scripts/attribution-gap.py): a found row says which annotator made the quote (the pipeline is run one
 * engine at a time, and a quote belongs to the first engine after which it exists, even when a later one such
 * as the content-boundary annotator moves its span) and whether it overlaps a
 * gold attribution; a gold row gives the gold cue's class and whether a found quote overlaps it. Offsets are
 * UTF-16; the rows carry no text, only the gold cue.
 */
public final class AttributionRows {

    private AttributionRows() {
    }

    public static void write(Path gold, Path csv, List<AnalysisEngineDescription> steps)
            throws IOException, UIMAException {
        List<AnalysisEngine> engines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (AnalysisEngineDescription step : steps) {
            engines.add(AnalysisEngineFactory.createEngine(step));
            String impl = step.getAnnotatorImplementationName();
            names.add(impl == null ? "" : impl.substring(impl.lastIndexOf('.') + 1));
        }
        JCas jcas = JCasFactory.createJCas();
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("doc_id", "row", "begin",
                        "end", "type", "cue_class", "cue", "origin", "hit").build())) {
            GoldDocuments.forEach(gold, doc -> {
                try {
                    writeDocument(doc, jcas, engines, names, out);
                } catch (AnalysisEngineProcessException e) {
                    throw new IllegalStateException(doc.get("id").asText() + ": " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            engines.forEach(AnalysisEngine::destroy);
        }
    }

    private static void writeDocument(JsonNode doc, JCas jcas, List<AnalysisEngine> engines, List<String> names,
            CSVPrinter out) throws AnalysisEngineProcessException, IOException {
        String id = doc.get("id").asText();
        String text = doc.get("text").asText();
        jcas.reset();
        ArticleCasInitializer.initialize(jcas, new Article(id, id + ".txt", text, ArticleMetadata.empty()));
        Map<Integer, String> origin = new HashMap<>();
        for (int i = 0; i < engines.size(); i++) {
            engines.get(i).process(jcas);
            for (Quote q : jcas.select(Quote.class)) {
                origin.putIfAbsent(q._id(), names.get(i));
            }
        }
        List<TextSpan> goldSpans = new ArrayList<>();
        List<String[]> goldRows = new ArrayList<>();
        for (Iterator<JsonNode> it = GoldDocuments.elements(doc, "quotes"); it.hasNext();) {
            JsonNode q = it.next();
            goldSpans.add(new TextSpan(GoldDocuments.utf16(text, q.get("start").asInt()),
                    GoldDocuments.utf16(text, q.get("end").asInt())));
            String cue = q.hasNonNull("cue") ? q.get("cue").asText() : "";
            goldRows.add(new String[] { q.get("type").asText(), QuoteEvaluator.cueClass(cue).name(), cue });
        }
        List<Quote> found = new ArrayList<>(jcas.select(Quote.class).asList());
        for (Quote q : found) {
            TextSpan span = new TextSpan(q.getBegin(), q.getEnd());
            boolean hit = goldSpans.stream().anyMatch(span::overlaps);
            out.printRecord(id, "found", q.getBegin(), q.getEnd(), q.getQuoteType().toLowerCase(Locale.ROOT), q.getCueClass(),
                    q.getCue() == null ? "" : q.getCue().getCoveredText(), origin.getOrDefault(q._id(), ""), hit);
        }
        for (int i = 0; i < goldSpans.size(); i++) {
            TextSpan g = goldSpans.get(i);
            boolean hit = found.stream().anyMatch(q -> new TextSpan(q.getBegin(), q.getEnd()).overlaps(g));
            String[] r = goldRows.get(i);
            out.printRecord(id, "gold", g.begin(), g.end(), r[0], r[1], r[2], "", hit);
        }
    }
}
