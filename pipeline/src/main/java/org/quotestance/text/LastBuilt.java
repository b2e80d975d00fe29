package org.quotestance.text;

import java.util.function.Function;

import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.text.AnnotationIndex;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * The index each annotating thread built last from one type of annotation ({@link WordIndex} from tokens, {@link
 * SentenceIndex} from sentences), handed out again while it is of the same CAS, the same document text, as many
 * annotations of that type and the same first one (a CAS reset and filled again with the same text has new ones):
 * the engines after segmentation read the same words and sentences, and would otherwise each build them again per
 * document. It cannot see an annotation of that type moved or replaced in place after the first index was built, so
 * engines that change tokens or sentences run before the first user of an index (the segmenter's joiners and
 * splitters do). Each thread keeps its last CAS and index until its next document.
 */
final class LastBuilt<T> {

    private record Built<T>(JCas jcas, String text, int count, Annotation first, T index) {
    }

    private final Class<? extends Annotation> source;
    private final Function<JCas, T> build;
    private final ThreadLocal<Built<T>> last = new ThreadLocal<>();

    LastBuilt(Class<? extends Annotation> source, Function<JCas, T> build) {
        this.source = source;
        this.build = build;
    }

    T of(JCas jcas) {
        Built<T> built = last.get();
        AnnotationIndex<? extends Annotation> annotations = jcas.getAnnotationIndex(source);
        FSIterator<? extends Annotation> iterator = annotations.iterator();
        Annotation first = iterator.isValid() ? iterator.get() : null;
        if (built != null && built.jcas() == jcas && built.text() == jcas.getDocumentText()
                && built.count() == annotations.size() && built.first() == first) {
            return built.index();
        }
        T index = build.apply(jcas);
        last.set(new Built<>(jcas, jcas.getDocumentText(), annotations.size(), first, index));
        return index;
    }
}
