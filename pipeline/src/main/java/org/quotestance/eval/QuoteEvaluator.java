package org.quotestance.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.quotestance.eval.SpanMatcher.Pairing;
import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.quote.CueClass;
import org.quotestance.text.Word;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores the quote layer against gold quotes (the {@code quotes/*.jsonl} format of the shared data):
 * span precision/recall/F1, exact and overlapping, overall and per type; type accuracy and speaker
 * accuracy on the quotes found; indirect recall overall and on attributions whose cue is a speech verb.
 *
 * <p>A gold quote is found when a found quote overlaps it (recall, by overlap or exactly). Type and speaker
 * are scored on one to one pairs ({@link SpanMatcher#oneToOne}): each found quote stands for the gold quote
 * it shares most characters with, so a found quote is scored once, not again against every gold
 * attribution nested in its content. Its speaker is right when our
 * speaker mention overlaps the gold speaker span, or when the gold speaker names our entity (its last
 * word is the last word of our entity's name or one of its variants) — so "he" resolved to the right
 * person counts, and so does the right person found at another mention than the gold one.
 */
public final class QuoteEvaluator {

    private record GoldQuote(TextSpan span, String type, int speakerBegin, int speakerEnd, String speaker,
            String cue, boolean speechCue, CueClass cueClass) {
    }

    private static final class Counts {
        final Map<String, SpanCounts> byType = new LinkedHashMap<>();
        int matched;
        int typeRight;
        int withGoldSpeaker;
        int speakerRight;
        int speechIndirect;
        int speechIndirectFound;
        final Map<CueClass, int[]> byCueClass = new EnumMap<>(CueClass.class);

        SpanCounts type(String t) {
            return byType.computeIfAbsent(t, k -> new SpanCounts());
        }
    }

    /** Each gold quote with a gold speaker that a found quote matched, and whether its speaker was right. */
    public interface SpeakerCases {
        void accept(String docId, JCas jcas, SpeakerCase speakerCase);
    }

    /** A gold speaker and the found quote scored against it (cue is the gold cue's text, may be empty). */
    public record SpeakerCase(TextSpan gold, int goldSpeakerBegin, int goldSpeakerEnd, String goldSpeaker,
            String goldCue, Quote found, boolean right) {
    }

    /** Each gold quote that no found quote overlaps. */
    public interface MissedCases {
        void accept(String docId, JCas jcas, TextSpan gold, String type, String goldCue, CueClass cueClass);
    }

    private QuoteEvaluator() {
    }

    public static Map<String, Object> evaluate(Path goldJsonl, AnalysisEngineDescription pipeline)
            throws IOException, UIMAException {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(pipeline);
        try {
            return evaluate(goldJsonl, engine);
        } finally {
            engine.destroy();
        }
    }

    /** Scores with an engine the caller made (and destroys), so several gold files can share one. */
    public static Map<String, Object> evaluate(Path goldJsonl, AnalysisEngine engine)
            throws IOException, UIMAException {
        return evaluate(goldJsonl, engine, null);
    }

    /** As {@link #evaluate(Path, AnalysisEngine)}, handing every scored speaker to {@code cases} (may be null). */
    public static Map<String, Object> evaluate(Path goldJsonl, AnalysisEngine engine, SpeakerCases cases)
            throws IOException, UIMAException {
        return evaluate(goldJsonl, engine, cases, null);
    }

    /** As {@link #evaluate(Path, AnalysisEngine, SpeakerCases)}, handing every missed gold quote to {@code missed}. */
    public static Map<String, Object> evaluate(Path goldJsonl, AnalysisEngine engine, SpeakerCases cases,
            MissedCases missed) throws IOException, UIMAException {
        JCas jcas = JCasFactory.createJCas();
        Counts counts = new Counts();
        int[] documents = { 0 };
        List<Exception> failures = new ArrayList<>();
        GoldDocuments.forEach(goldJsonl, doc -> {
            try {
                scoreDocument(doc, engine, jcas, counts, cases, missed);
                documents[0]++;
            } catch (AnalysisEngineProcessException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw new IOException(failures.size() + " gold documents failed to annotate", failures.get(0));
        }
        return report(documents[0], counts);
    }

    private static void scoreDocument(JsonNode doc, AnalysisEngine engine, JCas jcas, Counts counts,
            SpeakerCases cases, MissedCases missed) throws AnalysisEngineProcessException {
        String text = doc.get("text").asText();
        GoldDocuments.annotate(engine, jcas, doc.get("id").asText(), text);
        List<Quote> predicted = new ArrayList<>(jcas.select(Quote.class).asList());
        List<GoldQuote> gold = gold(doc, text);

        List<TextSpan> goldSpans = gold.stream().map(GoldQuote::span).toList();
        for (Quote q : predicted) {
            String type = q.getQuoteType().toLowerCase(Locale.ROOT);
            SpanMatcher.countPredicted(span(q), goldSpans, counts.type("all"), counts.type(type));
        }
        List<Quote> pairs = SpanMatcher.oneToOne(goldSpans, predicted, QuoteEvaluator::span);
        for (int i = 0; i < gold.size(); i++) {
            GoldQuote g = gold.get(i);
            boolean found = SpanMatcher.countGold(g.span(), predicted, QuoteEvaluator::span, Pairing.MOST_OVERLAP,
                    counts.type("all"), counts.type(g.type())) != null;
            if (g.type().equals("indirect") && g.speechCue()) {
                counts.speechIndirect++;
                counts.speechIndirectFound += found ? 1 : 0;
            }
            int[] byClass = counts.byCueClass.computeIfAbsent(g.cueClass(), k -> new int[2]);
            byClass[0]++;
            byClass[1] += found ? 1 : 0;
            if (!found && missed != null) {
                missed.accept(doc.get("id").asText(), jcas, g.span(), g.type(), g.cue(), g.cueClass());
            }
            Quote best = pairs.get(i);
            if (best == null) {
                continue; // not found, or found only inside a quote that stands for another gold attribution
            }
            counts.matched++;
            counts.typeRight += best.getQuoteType().toLowerCase(Locale.ROOT).equals(g.type()) ? 1 : 0;
            if (g.speaker() != null) {
                counts.withGoldSpeaker++;
                boolean right = speakerRight(best.getSpeaker(), g);
                counts.speakerRight += right ? 1 : 0;
                if (cases != null) {
                    cases.accept(doc.get("id").asText(), jcas, new SpeakerCase(g.span(), g.speakerBegin(),
                            g.speakerEnd(), g.speaker(), g.cue(), best, right));
                }
            }
        }
    }

    private static TextSpan span(Quote q) {
        return new TextSpan(q.getBegin(), q.getEnd());
    }

    private static List<GoldQuote> gold(JsonNode doc, String text) {
        List<GoldQuote> gold = new ArrayList<>();
        SpeechCueLexicon speech = SpeechCueLexicon.speech();
        for (Iterator<JsonNode> it = GoldDocuments.elements(doc, "quotes"); it.hasNext();) {
            JsonNode q = it.next();
            TextSpan span = new TextSpan(GoldDocuments.utf16(text, q.get("start").asInt()),
                    GoldDocuments.utf16(text, q.get("end").asInt()));
            JsonNode speaker = q.get("speaker");
            boolean hasSpeaker = speaker != null && !speaker.isNull() && q.hasNonNull("speaker_start");
            String cue = q.hasNonNull("cue") ? q.get("cue").asText() : "";
            List<Word> cueWords = new ArrayList<>();
            int offset = 0;
            for (String w : cue.toLowerCase(Locale.ROOT).split("\\s+")) {
                cueWords.add(new Word(offset, offset + w.length(), w));
                offset += w.length() + 1;
            }
            boolean speechCue = false;
            for (int i = 0; i < cueWords.size() && !speechCue; i++) {
                speechCue = speech.matchAt(cueWords, i) != null;
            }
            gold.add(new GoldQuote(span, q.get("type").asText(),
                    hasSpeaker ? GoldDocuments.utf16(text, q.get("speaker_start").asInt()) : -1,
                    hasSpeaker ? GoldDocuments.utf16(text, q.get("speaker_end").asInt()) : -1,
                    hasSpeaker ? speaker.asText() : null, cue, speechCue, cueClass(cue)));
        }
        return gold;
    }

    /**
     * The kind of a gold cue: ACCORDING_TO for "according to", else the class of its first word whose lemma
     * has one other than OTHER ("has long believed" → BELIEF), else OTHER.
     */
    public static CueClass cueClass(String cue) {
        String lower = cue.toLowerCase(Locale.ROOT).strip();
        if (lower.contains("according to")) {
            return CueClass.ACCORDING_TO;
        }
        for (String word : lower.split("[^\\p{L}'’-]+")) {
            CueClass kind = word.isEmpty() ? CueClass.OTHER : CueClass.of(CueClass.lemmaOf(word));
            if (kind != CueClass.OTHER) {
                return kind;
            }
        }
        return CueClass.OTHER;
    }

    private static boolean speakerRight(SpeakerMention mention, GoldQuote g) {
        if (mention == null) {
            return false;
        }
        if (Math.min(mention.getEnd(), g.speakerEnd()) > Math.max(mention.getBegin(), g.speakerBegin())) {
            return true;
        }
        SpeakerEntity entity = mention.getEntity();
        if (entity == null) {
            return false;
        }
        String goldLast = lastWord(g.speaker());
        if (goldLast.equals(lastWord(entity.getCanonicalName()))) {
            return true;
        }
        StringArray variants = entity.getVariants();
        for (int i = 0; variants != null && i < variants.size(); i++) {
            if (goldLast.equals(lastWord(variants.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String s) {
        String[] words = s.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").split("[^\\p{L}\\p{N}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static Map<String, Object> report(int documents, Counts counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        for (Map.Entry<String, SpanCounts> e : counts.byType.entrySet()) {
            String t = e.getKey();
            m.put(t + "_gold", e.getValue().gold());
            m.put(t + "_predicted", e.getValue().predicted());
            m.putAll(e.getValue().figures(t + "_", 3));
        }
        m.put("type_accuracy", Scores.ratio(counts.typeRight, counts.matched));
        m.put("speaker_accuracy", Scores.ratio(counts.speakerRight, counts.withGoldSpeaker));
        m.put("speaker_evaluated", counts.withGoldSpeaker);
        m.put("indirect_speech_cue_gold", counts.speechIndirect);
        m.put("indirect_speech_cue_recall", Scores.ratio(counts.speechIndirectFound, counts.speechIndirect));
        counts.byCueClass.forEach((kind, c) -> {
            String prefix = "cue_" + kind.name().toLowerCase(Locale.ROOT);
            m.put(prefix + "_gold", c[0]);
            m.put(prefix + "_overlap_recall", Scores.ratio(c[1], c[0]));
        });
        return m;
    }
}
