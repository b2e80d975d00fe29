package org.quotestance.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.uima.UIMAException;
import org.quotestance.eval.GoldDocuments;
import org.quotestance.text.Word;

import com.fasterxml.jackson.databind.JsonNode;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the {@link ContentBoundaryModel} from gold attributions whose content follows the cue in the
 * cue's sentence: every candidate start (the words after the cue, as the model tries them) is an event,
 * "yes" at the gold start; given the gold start, every candidate end up to the sentence end is an event,
 * "yes" at the gold end (when the gold content ends in the sentence). Direct quotes are trained on too, though
 * the annotator redraws only reported speech: their clause edges teach where mixed content ends, and leaving
 * them out measured a little worse on PolNeAR dev (exact F1 -0.002, mixed exact F1 -0.007). Deterministic: one
 * thread, documents and events in file order.
 */
public final class ContentBoundaryTrainer {

    /** GIS's iterations and feature cut-off. */
    public record Settings(int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings(100, 2);
    }

    private final Settings settings;

    public ContentBoundaryTrainer(Settings settings) {
        this.settings = settings;
    }

    /** The bytes of a model trained as {@link #train} trains it. */
    public byte[] trainBytes(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        return ContentBoundaryModel.toBytes(fit(goldJsonl, useDocument));
    }

    /** A model trained on the documents of {@code goldJsonl} whose line index {@code useDocument} accepts. */
    public ContentBoundaryModel train(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        ContentBoundaryModel.GisModels models = fit(goldJsonl, useDocument);
        return new ContentBoundaryModel(models.start(), models.end());
    }

    ContentBoundaryModel.GisModels fit(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        List<Event> starts = new ArrayList<>();
        List<Event> ends = new ArrayList<>();
        GoldArticles.forEach(goldJsonl, useDocument, (view, doc) -> addEvents(view, doc, starts, ends));
        return new ContentBoundaryModel.GisModels(fit(starts), fit(ends));
    }

    private MaxentModel fit(List<Event> events) throws IOException {
        return GisTraining.fit(events, settings.iterations(), settings.cutoff());
    }

    /** A gold content after its cue: where it stands, and its end word (exclusive) when it ends in the cue's sentence, else -1. */
    private record GoldContent(ContentSite site, int end) {
    }

    private static void addEvents(ArticleView view, JsonNode doc, List<Event> starts, List<Event> ends) {
        for (GoldContent gold : goldContents(view, doc)) {
            ContentSite site = gold.site();
            List<Word> words = site.words();
            if (site.start() - site.cue() - 1 <= ContentBoundaryModel.MAX_START_GAP) {
                for (int i = site.cue() + 1; i < site.to() - 1 && i <= site.cue() + 1 + ContentBoundaryModel.MAX_START_GAP; i++) {
                    starts.add(new Event(i == site.start() ? ContentBoundaryModel.YES : ContentBoundaryModel.NO,
                            ContentBoundaryFeatures.start(words, site.cue(), site.to(), i)));
                }
            }
            if (gold.end() < 0) {
                continue;
            }
            ContentBoundaryFeatures.Ends candidates = new ContentBoundaryFeatures.Ends(words, site.cue(), site.start(),
                    site.to());
            for (int j = site.start() + 1; j <= site.to(); j++) {
                if (ContentBoundaryModel.isPunctuation(words.get(j - 1)) && j < site.to()) {
                    continue;
                }
                ends.add(new Event(j == gold.end() ? ContentBoundaryModel.YES : ContentBoundaryModel.NO,
                        candidates.of(j)));
            }
        }
    }

    private static List<GoldContent> goldContents(ArticleView view, JsonNode doc) {
        List<GoldContent> contents = new ArrayList<>();
        String text = doc.get("text").asText();
        JsonNode quotes = doc.get("quotes");
        if (quotes == null) {
            return contents;
        }
        for (JsonNode q : quotes) {
            String cue = q.hasNonNull("cue") ? q.get("cue").asText().strip() : "";
            int begin = GoldDocuments.utf16(text, q.get("start").asInt());
            int end = GoldDocuments.utf16(text, q.get("end").asInt());
            int at = AttributionCueTrainer.nearestOccurrence(text, cue, begin, end);
            if (at < 0 || at + cue.length() > begin) {
                continue; // the content does not follow its cue
            }
            int head = at < 0 ? -1 : AttributionCueTrainer.headOffset(cue);
            ContentSite site = head < 0 ? null : ContentSite.find(view, at + head, begin);
            if (site == null) {
                continue;
            }
            int goldEnd = ArticleView.wordAt(site.words(), end);
            boolean endsInSentence = goldEnd <= site.to() && goldEnd > site.start()
                    && site.words().get(goldEnd - 1).end() == end;
            contents.add(new GoldContent(site, endsInSentence ? goldEnd : -1));
        }
        return contents;
    }

    /**
     * How often {@code model} finds the gold start (among gold contents that start within its reach) and, given
     * the gold start, the gold end (among those that end in the cue's sentence); beside it the rules' guess
     * (the word after the cue; the sentence end).
     */
    public static Map<String, Object> accuracy(ContentBoundaryModel model, Path goldJsonl, IntPredicate useDocument)
            throws IOException, UIMAException {
        int[] counts = new int[6];
        GoldArticles.forEach(goldJsonl, useDocument, (view, doc) -> {
            for (GoldContent gold : goldContents(view, doc)) {
                ContentSite site = gold.site();
                if (site.start() - site.cue() - 1 <= ContentBoundaryModel.MAX_START_GAP) {
                    counts[0]++;
                    counts[1] += model.start(site.words(), site.cue(), site.to(), site.cue() + 1, 0) == site.start() ? 1 : 0;
                    counts[2] += site.cue() + 1 == site.start() ? 1 : 0;
                }
                if (gold.end() > 0) {
                    counts[3]++;
                    counts[4] += model.end(site.words(), site.cue(), site.start(), site.to(), site.to(), 0) == gold.end() ? 1 : 0;
                    counts[5] += site.to() == gold.end() ? 1 : 0;
                }
            }
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("content_starts", counts[0]);
        m.put("start_accuracy", ratio(counts[1], counts[0]));
        m.put("start_accuracy_word_after_cue", ratio(counts[2], counts[0]));
        m.put("content_ends", counts[3]);
        m.put("end_accuracy", ratio(counts[4], counts[3]));
        m.put("end_accuracy_sentence_end", ratio(counts[5], counts[3]));
        return m;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
