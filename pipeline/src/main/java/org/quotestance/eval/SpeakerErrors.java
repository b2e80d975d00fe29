package org.quotestance.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.pipeline.PipelineFactory;
import org.quotestance.text.SentenceIndex;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Speaker errors on a gold quote file, by the annotator that made the quote (DIRECT quotes, the rules'
 * reported speech, or LEARNED attributions: those the pipeline without the learned annotator does not make)
 * and by kind. Two kinds are attributions other than the gold's, not wrong sources of the gold's cue: NESTED
 * (the gold source stands inside our quote: the gold attribution our quote covers most is nested in its
 * content) and OTHER_CUE (our quote is paired with a gold attribution of another cue). The others are wrong sources of our own cue: no speaker,
 * ACCORDING_TO, a PRONOUN not resolved to the gold source, the gold source in an OTHER_SENTENCE, another
 * mention of the SAME_SENTENCE. Every scored speaker is written as a CSV row for reading.
 */
public final class SpeakerErrors {

    private static final String LEARNED = "org.quotestance.quote.LearnedAttributionAnnotator";

    private SpeakerErrors() {
    }

    /** Writes every scored speaker to {@code csv}; returns "source.kind" → count (right ones as "source.RIGHT"). */
    public static Map<String, Integer> write(Path gold, Path csv) throws IOException, UIMAException {
        return write(gold, csv, PipelineFactory.annotators());
    }

    /** As {@link #write(Path, Path)}, with the given annotators (the default pipeline's, some set otherwise). */
    public static Map<String, Integer> write(Path gold, Path csv, List<AnalysisEngineDescription> steps)
            throws IOException, UIMAException {
        Map<String, Set<Long>> rulesQuotes = rulesQuotes(gold, steps);
        Map<String, Integer> counts = new TreeMap<>();
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("doc_id", "source", "kind",
                        "gold_speaker", "found_mention", "mention_type", "entity", "entity_kind", "gold_cue",
                        "found_cue", "sentence").build())) {
            QuoteEvaluator.evaluate(gold, engine, (docId, jcas, c) -> {
                Quote q = c.found();
                String source = q.getQuoteType().equals("DIRECT") ? "DIRECT"
                        : rulesQuotes.getOrDefault(docId, Set.of()).contains(key(q)) ? "RULES" : "LEARNED";
                String kind = c.right() ? "RIGHT" : kind(jcas, c);
                counts.merge(source + "." + kind, 1, Integer::sum);
                SpeakerMention m = q.getSpeaker();
                try {
                    out.printRecord(docId, source, kind, c.goldSpeaker(), m == null ? "" : m.getCoveredText(),
                            m == null ? "" : m.getMentionType(),
                            m == null || m.getEntity() == null ? "" : m.getEntity().getCanonicalName(),
                            m == null || m.getEntity() == null ? "" : m.getEntity().getKind(), c.goldCue(),
                            q.getCue() == null ? "" : q.getCue().getCoveredText(), sentence(jcas, c));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } finally {
            engine.destroy();
        }
        return counts;
    }

    private static String kind(JCas jcas, QuoteEvaluator.SpeakerCase c) {
        SpeakerMention m = c.found().getSpeaker();
        if (m == null) {
            return "NO_MENTION";
        }
        Quote q = c.found();
        if (c.goldSpeakerBegin() >= q.getBegin() && c.goldSpeakerEnd() <= q.getEnd()) {
            return "NESTED"; // the gold attribution's source stands inside our quote: another attribution's content
        }
        if (!sameCue(c.goldCue(), q)) {
            return "OTHER_CUE"; // our quote is paired with a neighbouring attribution of another cue
        }
        if (c.goldCue().toLowerCase(Locale.ROOT).startsWith("according")) {
            return "ACCORDING_TO";
        }
        SentenceIndex sentences = SentenceIndex.of(jcas);
        List<Sentence> goldSentence = sentences.covering(c.goldSpeakerBegin(), c.goldSpeakerEnd());
        List<Sentence> ourSentence = sentences.covering(m.getBegin(), m.getEnd());
        if (goldSentence.isEmpty() || ourSentence.isEmpty() || goldSentence.get(0) != ourSentence.get(0)) {
            return "PRONOUN".equals(m.getMentionType()) ? "PRONOUN" : "OTHER_SENTENCE";
        }
        return "PRONOUN".equals(m.getMentionType()) ? "PRONOUN" : "SAME_SENTENCE";
    }

    /** The found cue's last word is a word of the gold cue ("said" in "has said"). */
    private static boolean sameCue(String goldCue, Quote q) {
        if (q.getCue() == null) {
            return goldCue.isEmpty();
        }
        String[] found = q.getCue().getCoveredText().toLowerCase(Locale.ROOT).split("\\s+");
        String last = found[found.length - 1];
        return List.of(goldCue.toLowerCase(Locale.ROOT).split("\\s+")).contains(last);
    }

    private static String sentence(JCas jcas, QuoteEvaluator.SpeakerCase c) {
        SentenceIndex sentences = SentenceIndex.of(jcas);
        List<Sentence> s = sentences.covering(c.goldSpeakerBegin(), c.goldSpeakerEnd());
        return s.isEmpty() ? "" : s.get(0).getCoveredText().replace('\n', ' ');
    }

    /** The spans of the quotes the pipeline makes without its learned annotator, per document. */
    private static Map<String, Set<Long>> rulesQuotes(Path gold, List<AnalysisEngineDescription> all)
            throws IOException, UIMAException {
        List<AnalysisEngineDescription> steps = new ArrayList<>(all);
        steps.removeIf(s -> LEARNED.equals(s.getAnnotatorImplementationName()));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(PipelineFactory.aggregate(steps));
        JCas jcas = JCasFactory.createJCas();
        Map<String, Set<Long>> spans = new HashMap<>();
        try {
            GoldDocuments.forEach(gold, doc -> {
                String id = doc.get("id").asText();
                try {
                    GoldDocuments.annotate(engine, jcas, id, doc.get("text").asText());
                } catch (AnalysisEngineProcessException e) {
                    throw new IllegalStateException(id, e);
                }
                Set<Long> keys = new HashSet<>();
                jcas.select(Quote.class).forEach(q -> keys.add(key(q)));
                spans.put(id, keys);
            });
        } finally {
            engine.destroy();
        }
        return spans;
    }

    private static long key(Quote q) {
        return (long) q.getBegin() << 32 | q.getEnd() & 0xffffffffL;
    }
}
