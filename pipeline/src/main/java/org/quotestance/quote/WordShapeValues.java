package org.quotestance.quote;

import java.util.List;

import org.quotestance.text.Word;

/**
 * The numbers in one model ({@link IndexedGisModel#value}) of the words {@link ContentBoundaryFeatures#shape} and
 * {@link ContentBoundaryFeatures#suffix} give, looked up once: a scorer then numbers a word's shape and suffix
 * without making and hashing their strings, but for punctuation, whose shape names the mark.
 */
final class WordShapeValues {

    private final IndexedGisModel model;
    private final int[] shapes;
    private final int[] suffixes;

    WordShapeValues(IndexedGisModel model) {
        this.model = model;
        shapes = values(model, ContentBoundaryFeatures.SHAPES);
        suffixes = values(model, ContentBoundaryFeatures.SUFFIXES);
    }

    /** The number of {@code ContentBoundaryFeatures.shape(words, to, i)}. */
    int shape(List<Word> words, int to, int i) {
        int kind = ContentBoundaryFeatures.shapeKind(words, to, i);
        return kind == ContentBoundaryFeatures.PUNCT ? model.value(ContentBoundaryFeatures.shape(words, to, i))
                : shapes[kind];
    }

    /** The number of {@code ContentBoundaryFeatures.suffix(lower)}. */
    int suffix(String lower) {
        return suffixes[ContentBoundaryFeatures.suffixKind(lower)];
    }

    private static int[] values(IndexedGisModel model, List<String> words) {
        int[] values = new int[words.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = model.value(words.get(k));
        }
        return values;
    }
}
