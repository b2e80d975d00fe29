package org.quotestance.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

import org.apache.uima.UIMAException;
import org.quotestance.eval.GoldDocuments;
import org.quotestance.text.Word;

import com.fasterxml.jackson.databind.JsonNode;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the {@link AttributionCueModel} from gold attributions (the {@code quotes/*.jsonl} format):
 * each gold cue is found in the text next to its content, its head word (the first word that is not
 * an auxiliary or adverb: "has said" → said) is labelled AFTER or BEFORE by where the content stands,
 * every other word NONE. Candidate words are the forms that were a cue head at least
 * {@code minCueCount} times and in at least {@code minCueRate} of their occurrences. Deterministic:
 * one thread, documents and events in file order.
 */
public final class AttributionCueTrainer {

    /**
     * What the trainer is told: which candidate words to keep, and GIS's iterations and feature cut-off. The
     * defaults were chosen on unseen tenths of train (models fitted without them; never on dev): fewer
     * iterations and a higher cut-off than (3, 0.05, 100, 2) overfit less, more candidate words gain recall.
     */
    public record Settings(int minCueCount, double minCueRate, int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings(2, 0.03, 50, 5);
    }

    private static final Set<String> NOT_HEADS = Set.of("has", "have", "had", "also", "was", "were", "is", "are",
            "will", "would", "could", "did", "does", "do", "been", "be", "not", "later", "then", "previously",
            "just", "even", "publicly", "repeatedly", "recently", "again", "once", "further", "still", "already",
            "often", "never", "privately", "earlier", "can", "may", "might", "should", "must", "being", "to", "openly",
            "loudly", "quickly", "first", "long", "widely", "now", "it", "he", "she", "they", "we", "i");
    private static final int MAX_CUE_DISTANCE = 300;

    private record Sentence(List<Word> words, int from, int to, AttributionCueModel.Side[] sides) {
    }

    private final Settings settings;

    public AttributionCueTrainer(Settings settings) {
        this.settings = settings;
    }

    /** The bytes of a model trained as {@link #train} trains it. */
    public byte[] trainBytes(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        return AttributionCueModel.toBytes(fit(goldJsonl, useDocument));
    }

    /** A model trained on the documents of {@code goldJsonl} whose line index {@code useDocument} accepts. */
    public AttributionCueModel train(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        return new AttributionCueModel(fit(goldJsonl, useDocument));
    }

    AttributionCueModel.Trained fit(Path goldJsonl, IntPredicate useDocument) throws IOException, UIMAException {
        List<Sentence> sentences = labelledSentences(goldJsonl, useDocument);
        Set<String> candidates = candidates(sentences);
        List<Event> events = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                if (candidates.contains(s.words().get(i).lower()) && s.sides()[i - s.from()] != null) {
                    events.add(new Event(s.sides()[i - s.from()].name(),
                            AttributionCueFeatures.of(s.words(), s.from(), s.to(), i)));
                }
            }
        }
        MaxentModel model = GisTraining.fit(events, settings.iterations(), settings.cutoff());
        return new AttributionCueModel.Trained(candidates, model);
    }

    private static List<Sentence> labelledSentences(Path goldJsonl, IntPredicate useDocument)
            throws IOException, UIMAException {
        List<Sentence> sentences = new ArrayList<>();
        GoldArticles.forEach(goldJsonl, useDocument,
                (view, doc) -> addSentences(view, cueHeads(doc, doc.get("text").asText()), sentences));
        return sentences;
    }

    /** Each gold cue's head word, by its begin offset, with the side of its content. */
    static Map<Integer, AttributionCueModel.Side> cueHeads(JsonNode doc, String text) {
        Map<Integer, AttributionCueModel.Side> heads = new HashMap<>();
        JsonNode quotes = doc.get("quotes");
        if (quotes == null) {
            return heads;
        }
        for (JsonNode q : quotes) {
            String cue = q.hasNonNull("cue") ? q.get("cue").asText().strip() : "";
            int begin = GoldDocuments.utf16(text, q.get("start").asInt());
            int end = GoldDocuments.utf16(text, q.get("end").asInt());
            int at = nearestOccurrence(text, cue, begin, end);
            int head = at < 0 ? -1 : headOffset(cue);
            if (head < 0) {
                continue;
            }
            int cueBegin = at + head;
            boolean sourceless = !q.hasNonNull("speaker") || q.get("speaker").asText().isBlank();
            AttributionCueModel.Side side = cueBegin >= end ? AttributionCueModel.Side.BEFORE
                    : at + cue.length() <= begin ? AttributionCueModel.Side.AFTER
                    : at >= begin && sourceless ? AttributionCueModel.Side.AROUND : AttributionCueModel.Side.BEFORE;
            heads.putIfAbsent(cueBegin, side);
        }
        return heads;
    }

    static int nearestOccurrence(String text, String cue, int begin, int end) {
        if (cue.isEmpty()) {
            return -1;
        }
        int best = -1;
        int bestDistance = MAX_CUE_DISTANCE + 1;
        for (int at = text.indexOf(cue, Math.max(0, begin - MAX_CUE_DISTANCE)); at >= 0
                && at <= end + MAX_CUE_DISTANCE; at = text.indexOf(cue, at + 1)) {
            int distance = at >= begin && at < end ? 0 : Math.min(Math.abs(at - end), Math.abs(at + cue.length() - begin));
            if (distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Offset in {@code cue} of its first word that is not an auxiliary or adverb, or -1. An adverb in -ly before
     * another word of the cue is passed over too ("had initially welcomed", "strongly condemned": 445 cues of PolNeAR
     * train), but not "likely", which heads its cue ("is likely to win").
     */
    static int headOffset(String cue) {
        int offset = 0;
        String[] words = cue.split(" ", -1);
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            String lower = word.toLowerCase(Locale.ROOT);
            boolean adverbBeforeHead = k + 1 < words.length && lower.endsWith("ly") && !lower.endsWith("likely");
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && !NOT_HEADS.contains(lower)
                    && !adverbBeforeHead) {
                return offset;
            }
            offset += word.length() + 1;
        }
        return -1;
    }

    private static void addSentences(ArticleView view, Map<Integer, AttributionCueModel.Side> heads,
            List<Sentence> sentences) {
        for (ArticleView.Para para : view.paragraphs()) {
            List<Word> words = para.words();
            for (int[] range : para.sentences()) {
                AttributionCueModel.Side[] sides = new AttributionCueModel.Side[range[1] - range[0]];
                for (int i = range[0]; i < range[1]; i++) {
                    Word w = words.get(i);
                    if (!view.insideQuotation(w)) {
                        sides[i - range[0]] = heads.getOrDefault(w.begin(), AttributionCueModel.Side.NONE);
                    }
                }
                sentences.add(new Sentence(words, range[0], range[1], sides));
            }
        }
    }

    /** Word forms that were a cue head often enough, absolutely and relative to their occurrences. */
    private Set<String> candidates(List<Sentence> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        for (Sentence s : sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                AttributionCueModel.Side side = s.sides()[i - s.from()];
                if (side != null) {
                    int[] c = counts.computeIfAbsent(s.words().get(i).lower(), k -> new int[2]);
                    c[0]++;
                    c[1] += side == AttributionCueModel.Side.NONE ? 0 : 1;
                }
            }
        }
        Set<String> candidates = new TreeSet<>();
        counts.forEach((word, c) -> {
            if (c[1] >= settings.minCueCount() && c[1] >= settings.minCueRate() * c[0]) {
                candidates.add(word);
            }
        });
        return candidates;
    }
}
