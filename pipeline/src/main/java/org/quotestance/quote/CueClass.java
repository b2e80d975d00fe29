package org.quotestance.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.lexicon.WordList;

/**
 * The kind of an attribution (SPEECH, WRITING, BELIEF, PERCEPTION, ACCORDING_TO, OTHER), derived from
 * the cue's lemma by the curated table {@code cue-classes.tsv}; also the lemma of a cue word that the
 * learned cue model finds outside the speech and cognition lexicons.
 */
public enum CueClass {
    SPEECH, WRITING, BELIEF, PERCEPTION, ACCORDING_TO, OTHER;

    private static final String RESOURCE = "/org/quotestance/quote/cue-classes.tsv";
    private static final Map<String, CueClass> BY_LEMMA = new HashMap<>();
    private static final Map<String, String> LEMMA_OF_FORM = new HashMap<>();

    static {
        for (String line : WordList.lines(CueClass.class, RESOURCE)) {
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns.length > 3) {
                throw new IllegalStateException(RESOURCE + ": expected <lemma><TAB><class>[<TAB><forms>], got: " + line);
            }
            BY_LEMMA.put(columns[0], CueClass.valueOf(columns[1]));
            if (columns.length == 3) {
                for (String form : columns[2].split(",")) {
                    LEMMA_OF_FORM.put(form.strip(), columns[0]);
                }
            }
        }
    }

    /** The class of a cue lemma; an empty lemma (a dash or colon before a quotation) is SPEECH. */
    public static CueClass of(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return SPEECH;
        }
        CueClass listed = BY_LEMMA.get(lemma);
        if (listed != null) {
            return listed;
        }
        if (SpeechCueLexicon.speech().lemmaOf(lemma) != null) {
            return SPEECH;
        }
        return SpeechCueLexicon.cognition().lemmaOf(lemma) != null ? BELIEF : OTHER;
    }

    /** The lemma of one cue word: from the speech or cognition lexicon, the table's forms, else the word itself. */
    public static String lemmaOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String lemma = SpeechCueLexicon.speech().lemmaOf(lower);
        if (lemma == null) {
            lemma = SpeechCueLexicon.cognition().lemmaOf(lower);
        }
        if (lemma == null) {
            lemma = LEMMA_OF_FORM.get(lower);
        }
        return lemma == null ? lower : lemma;
    }
}
