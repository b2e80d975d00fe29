package org.quotestance.quote;

import java.util.List;

import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.text.Word;

import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores a candidate cue word with the cue model from feature numbers ({@link IndexedGisModel}): the features of
 * {@link AttributionCueFeatures#of} in the same order, so the same probabilities, without concatenating eight
 * strings per candidate and hashing and comparing eighteen (the features with few values are numbered once).
 */
final class AttributionCueScorer {

    private static final int FEATURES = 18;
    /** The first features, of the words around the candidate: found in the model's table together. */
    private static final int WORD_FEATURES = 8;

    private final IndexedGisModel model;
    private final IndexedGisModel.Family word;
    private final IndexedGisModel.Family suffix;
    private final IndexedGisModel.Family previous;
    private final IndexedGisModel.Family previous2;
    private final IndexedGisModel.Family next;
    private final IndexedGisModel.Family next2;
    private final IndexedGisModel.Family previousWord;
    private final IndexedGisModel.Family wordNext;
    private final int[] previousShape;
    private final int[] nextShape;
    private final int[] capitalised;
    private final int[] fromStart;
    private final int[] toEnd;
    private final int[] speech;
    private final int[] cognition;
    private final int[] markBefore;
    private final int[] markAfter;
    private final int[] commaBefore;

    AttributionCueScorer(MaxentModel gis) {
        this(GisParameters.of(gis));
    }

    AttributionCueScorer(GisParameters gis) {
        model = new IndexedGisModel(gis, null);
        previousShape = numbers(AttributionCueFeatures.P1_SHAPE.names());
        nextShape = numbers(AttributionCueFeatures.N1_SHAPE.names());
        capitalised = numbers(AttributionCueFeatures.CAP);
        fromStart = numbers(AttributionCueFeatures.FROM_START);
        toEnd = numbers(AttributionCueFeatures.TO_END);
        speech = numbers(AttributionCueFeatures.SPEECH);
        cognition = numbers(AttributionCueFeatures.COGNITION);
        markBefore = numbers(AttributionCueFeatures.MARK_BEFORE);
        markAfter = numbers(AttributionCueFeatures.MARK_AFTER);
        commaBefore = numbers(AttributionCueFeatures.COMMA_BEFORE);
        word = model.family("w=");
        suffix = model.family("suf=");
        previous = model.family("p1=");
        previous2 = model.family("p2=");
        next = model.family("n1=");
        next2 = model.family("n2=");
        previousWord = model.pairs("p1w=");
        wordNext = model.pairs("wn1=");
        model.indexFamilies();
    }

    /** The probability of each of the model's outcomes (in its order) for {@code words[i]} in the sentence {@code words[from, to)}. */
    double[] outcomes(List<Word> words, int from, int to, int i) {
        String lower = words.get(i).lower();
        String[] around = { lower, AttributionCueFeatures.suffix(lower), AttributionCueFeatures.at(words, from, to, i - 1),
                AttributionCueFeatures.at(words, from, to, i - 2), AttributionCueFeatures.at(words, from, to, i + 1),
                AttributionCueFeatures.at(words, from, to, i + 2) };
        int[] values = new int[around.length];
        model.values(around, around.length, values);
        int w = values[0];
        int p1 = values[2];
        int n1 = values[4];
        long[] keys = new long[WORD_FEATURES];
        keys[0] = word.key(w);
        keys[1] = suffix.key(values[1]);
        keys[2] = previous.key(p1);
        keys[3] = previous2.key(values[3]);
        keys[4] = next.key(n1);
        keys[5] = next2.key(values[5]);
        keys[6] = previousWord.key(p1, w);
        keys[7] = wordNext.key(w, n1);
        int[] f = new int[FEATURES];
        model.findAll(keys, WORD_FEATURES, f);
        f[8] = previousShape[AttributionCueFeatures.shape(words, from, to, i - 1)];
        f[9] = nextShape[AttributionCueFeatures.shape(words, from, to, i + 1)];
        f[10] = capitalised[words.get(i).isCapitalized() ? 1 : 0];
        f[11] = fromStart[Math.min(i - from, AttributionCueFeatures.FARTHEST)];
        f[12] = toEnd[Math.min(to - i, AttributionCueFeatures.FARTHEST)];
        f[13] = speech[SpeechCueLexicon.speech().matchAt(words, i) != null ? 1 : 0];
        f[14] = cognition[SpeechCueLexicon.cognition().matchAt(words, i) != null ? 1 : 0];
        f[15] = markBefore[AttributionCueFeatures.hasQuoteMark(words, from, i) ? 1 : 0];
        f[16] = markAfter[AttributionCueFeatures.hasQuoteMark(words, i + 1, to) ? 1 : 0];
        f[17] = commaBefore[AttributionCueFeatures.hasComma(words, from, i) ? 1 : 0];
        return model.probabilities(f, FEATURES);
    }

    /** The numbers of a flag's features: false's, then true's. */
    private int[] numbers(AttributionCueFeatures.Flag flag) {
        return new int[] { model.number(flag.no()), model.number(flag.yes()) };
    }

    private int[] numbers(List<String> names) {
        return names.stream().mapToInt(model::number).toArray();
    }
}
