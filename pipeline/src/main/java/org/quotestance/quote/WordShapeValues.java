package org.quotestance.quote;

import java.util.List;

import org.quotestance.text.Word;

/**
 * The features of a model's shape and suffix families ({@link ContentBoundaryFeatures#shape} and
 * {@link ContentBoundaryFeatures#suffix}) by kind, looked up once: a scorer then finds a word's shape or suffix
 * feature by its kind, without making its string or probing the model's table, but for punctuation, whose shape
 * names the mark.
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

    /** The handles of {@code family}'s features over the shapes, by {@link ContentBoundaryFeatures#shapeKind}. */
    int[] byShapeKind(IndexedGisModel.Family family) {
        return handles(family, shapes);
    }

    /** The handles of {@code family}'s features over the suffixes, by {@link ContentBoundaryFeatures#suffixKind}. */
    int[] bySuffixKind(IndexedGisModel.Family family) {
        return handles(family, suffixes);
    }

    /** The number of the shape of the punctuation at {@code words[i]} ("punct:,"). */
    int punctuation(List<Word> words, int to, int i) {
        return model.value(ContentBoundaryFeatures.shape(words, to, i));
    }

    private static int[] handles(IndexedGisModel.Family family, int[] values) {
        int[] handles = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            handles[k] = family.number(values[k]);
        }
        return handles;
    }

    private static int[] values(IndexedGisModel model, List<String> words) {
        int[] values = new int[words.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = model.value(words.get(k));
        }
        return values;
    }
}
