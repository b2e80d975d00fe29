package org.quotestance.write;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.uima.jcas.tcas.Annotation;

/**
 * BIO tags of one layer over a document's tokens: a token that overlaps a span of the layer is
 * {@code B-<LABEL>} when it is the first token of that span, {@code I-<LABEL>} after it, {@code O} outside.
 * Where spans of a layer overlap, a token takes the first span that starts before or at it.
 */
final class BioTags {

    private BioTags() {
    }

    static String[] tag(List<? extends Annotation> tokens, Collection<? extends Annotation> spans, String label) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        Annotation[] owner = new Annotation[tokens.size()];
        for (Annotation span : spans) {
            for (int i = 0; i < tokens.size(); i++) {
                Annotation token = tokens.get(i);
                if (owner[i] == null && token.getBegin() < span.getEnd() && token.getEnd() > span.getBegin()) {
                    owner[i] = span;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (owner[i] != null) {
                tags[i] = (i > 0 && owner[i - 1] == owner[i] ? "I-" : "B-") + label;
            }
        }
        return tags;
    }
}
