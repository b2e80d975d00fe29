package org.quotestance.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.uima.UIMAException;
import org.quotestance.eval.GoldDocuments;
import org.quotestance.speaker.MentionCandidate;
import org.quotestance.text.Word;

import com.fasterxml.jackson.databind.JsonNode;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the {@link SourceModel} from gold attributions (the {@code quotes/*.jsonl} format): for each reported
 * (indirect or mixed) attribution, its cue's head word is found in the text as {@link AttributionCueTrainer}
 * finds it, the candidates of the cue's sentence are made as at annotation time, and each is an event, SOURCE
 * when it overlaps the gold source span, else OTHER. Deterministic: one thread, events in file order.
 */
public final class SourceTrainer {

    /** GIS's iterations and feature cut-off. */
    public record Settings(int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings(100, 2);
    }

    private record Location(List<Word> words, int from, int to, int cue) {
    }

    private final Settings settings;
    private final CueSpeaker cueSpeaker = new CueSpeaker();
    private final SourceCandidates candidates = new SourceCandidates();

    public SourceTrainer(Settings settings) {
        this.settings = settings;
    }

    /** The bytes of a model trained on the documents of {@code goldJsonl} whose line index {@code useDocument} accepts. */
    public byte[] trainBytes(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        return SourceModel.toBytes(fit(goldJsonl, useDocument));
    }

    SourceModel train(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        return new SourceModel(fit(goldJsonl, useDocument));
    }

    /** The GIS model trained on the documents of {@code goldJsonl} whose line index {@code useDocument} accepts. */
    MaxentModel fit(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        return GisTraining.fit(events(goldJsonl, useDocument), settings.iterations(), settings.cutoff());
    }

    private List<Event> events(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        List<Event> events = new ArrayList<>();
        GoldArticles.forEach(goldJsonl, useDocument,
                (view, doc) -> addEvents(doc, doc.get("text").asText(), view, events));
        return events;
    }

    private void addEvents(JsonNode doc, String text, ArticleView view, List<Event> events) {
        Map<Integer, Location> byOffset = locations(view);
        JsonNode quotes = doc.get("quotes");
        for (int q = 0; quotes != null && q < quotes.size(); q++) {
            JsonNode gold = quotes.get(q);
            String cue = gold.hasNonNull("cue") ? gold.get("cue").asText().strip() : "";
            if (gold.get("type").asText().equals("direct") || !gold.hasNonNull("speaker_start") || cue.isEmpty()) {
                continue;
            }
            int begin = GoldDocuments.utf16(text, gold.get("start").asInt());
            int end = GoldDocuments.utf16(text, gold.get("end").asInt());
            int at = AttributionCueTrainer.nearestOccurrence(text, cue, begin, end);
            int head = at < 0 ? -1 : AttributionCueTrainer.headOffset(cue);
            Location cueAt = head < 0 ? null : byOffset.get(at + head);
            if (cueAt == null || view.insideQuotation(cueAt.words().get(cueAt.cue()))) {
                continue;
            }
            List<Word> words = cueAt.words();
            int contentFrom = Math.max(cueAt.from(), Math.min(cueAt.to(), ArticleView.wordAt(words, begin)));
            int contentTo = Math.max(cueAt.from(), Math.min(cueAt.to(), ArticleView.wordAt(words, end)));
            if (cueAt.cue() >= contentFrom && cueAt.cue() < contentTo) {
                continue; // a cue inside its content: not what the learned annotator meets
            }
            AttributionCueModel.Side side = cueAt.cue() < contentFrom ? AttributionCueModel.Side.AFTER
                    : AttributionCueModel.Side.BEFORE;
            MentionCandidate rule = cueSpeaker.find(words, cueAt.from(), cueAt.to(), cueAt.cue(), side, false);
            List<SourceCandidates.Candidate> found = candidates.of(words, cueAt.from(), cueAt.to(), cueAt.cue(),
                    contentFrom, contentTo, rule);
            List<String[]> features = SourceModel.features(words, cueAt.from(), cueAt.to(), cueAt.cue(), contentFrom,
                    contentTo, found);
            int sourceBegin = GoldDocuments.utf16(text, gold.get("speaker_start").asInt());
            int sourceEnd = GoldDocuments.utf16(text, gold.get("speaker_end").asInt());
            for (int i = 0; i < found.size(); i++) {
                MentionCandidate m = found.get(i).mention();
                boolean source = m.begin() < sourceEnd && sourceBegin < m.end();
                events.add(new Event(source ? SourceModel.SOURCE : SourceModel.OTHER, features.get(i)));
            }
        }
    }

    /** Each word that is not sentence-final punctuation, by its begin offset, with its sentence. */
    private static Map<Integer, Location> locations(ArticleView view) {
        Map<Integer, Location> byOffset = new HashMap<>();
        for (ArticleView.Para para : view.paragraphs()) {
            List<Word> words = para.words();
            for (int[] sentence : para.sentences()) {
                int end = Word.endBeforeFinalPunctuation(words, sentence[0], sentence[1]);
                for (int i = sentence[0]; i < end; i++) {
                    byOffset.put(words.get(i).begin(), new Location(words, sentence[0], end, i));
                }
            }
        }
        return byOffset;
    }
}
