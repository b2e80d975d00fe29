package org.quotestance.speaker;

import java.util.List;

import org.quotestance.lexicon.SpeakerLexicon;
import org.quotestance.lexicon.WordList;
import org.quotestance.lexicon.WordSet;
import org.quotestance.text.Word;

/**
 * Companies, news outlets and pollsters that the text names without an organisation word ("Microsoft said",
 * "according to Bloomberg"), from {@code organisation-names.txt}.
 */
final class OrganisationNames {

    private static final OrganisationNames DEFAULT = new OrganisationNames();
    private static final int MAX_NAME_WORDS = 3;

    private final WordSet names;

    private OrganisationNames() {
        names = WordSet.of(WordList.lines(OrganisationNames.class, "/org/quotestance/speaker/organisation-names.txt"));
    }

    static OrganisationNames get() {
        return DEFAULT;
    }

    /**
     * The capitalised run {@code words[start, end)} starts with a listed name and no title or honorific follows
     * it ("Bloomberg Politics" is the outlet, "Microsoft President Brad Smith" a person).
     */
    boolean names(List<Word> words, int start, int end, SpeakerLexicon lexicon) {
        String first = SpeakerLexicon.stripPossessive(words.get(start).lower());
        if (names.contains(first)) {
            return noTitleIn(words, start + 1, end, lexicon);
        }
        StringBuilder name = new StringBuilder(first);
        for (int i = start + 1; i < end && i - start < MAX_NAME_WORDS; i++) {
            name.append(' ').append(SpeakerLexicon.stripPossessive(words.get(i).lower()));
            if (names.contains(name.toString())) {
                return noTitleIn(words, i + 1, end, lexicon);
            }
        }
        return false;
    }

    private static boolean noTitleIn(List<Word> words, int from, int end, SpeakerLexicon lexicon) {
        for (int i = from; i < end; i++) {
            String lower = words.get(i).lower();
            if (lexicon.isTitleWord(lower) || lexicon.isHonorific(lower)) {
                return false;
            }
        }
        return true;
    }
}
