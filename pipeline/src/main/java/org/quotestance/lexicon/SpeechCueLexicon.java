package org.quotestance.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.quotestance.text.Word;

/**
 * Speech cues from a resource of {@code lemma<TAB>form,form,...} lines; a third column {@code direct}
 * marks verbs that introduce a direct quote but are too ambiguous to report speech on their own
 * ("continued:", "the letter reads"). Matches the longest form that
 * starts at a word ("pointed out" before "pointed"). The default lexicon is
 * {@code org/quotestance/quote/speech-cues.tsv}; {@code cognition-cues.tsv} holds verbs of thought.
 */
public final class SpeechCueLexicon {

    /** A cue found in text: the words it covers and its lemma. */
    public record Match(int firstWord, int wordCount, String lemma, boolean directOnly) {
        public int lastWord() {
            return firstWord + wordCount - 1;
        }
    }

    private record Form(String[] words, String lemma, boolean directOnly) {
    }

    private static final SpeechCueLexicon SPEECH = load("/org/quotestance/quote/speech-cues.tsv");
    private static final SpeechCueLexicon COGNITION = load("/org/quotestance/quote/cognition-cues.tsv");

    private static final String DIRECT_ONLY = "direct";

    private final Map<String, List<Form>> byFirstWord;
    /**
     * A bit per first word's {@link String#hashCode}: most words start no cue, and an unset bit says so without a
     * map lookup (matchAt is asked at every word of every sentence by several engines).
     */
    private final long[] firstWordHashes = new long[1 << 10];
    private final Map<String, String> lemmaOfWord = new HashMap<>();

    private SpeechCueLexicon(Map<String, List<Form>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        for (String word : byFirstWord.keySet()) {
            int hash = word.hashCode();
            firstWordHashes[(hash >>> 6) & (firstWordHashes.length - 1)] |= 1L << hash;
        }
        for (List<Form> forms : byFirstWord.values()) {
            for (Form form : forms) {
                lemmaOfWord.put(form.lemma(), form.lemma());
                if (form.words().length == 1) {
                    lemmaOfWord.putIfAbsent(form.words()[0], form.lemma());
                }
            }
        }
    }

    /** The lemma of a one-word form or of a lemma of this lexicon ("said", "say", "according to"), else null. */
    public String lemmaOf(String lower) {
        return lemmaOfWord.get(lower);
    }

    public static SpeechCueLexicon speech() {
        return SPEECH;
    }

    public static SpeechCueLexicon cognition() {
        return COGNITION;
    }

    public static SpeechCueLexicon load(String resource) {
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        for (String line : WordList.lines(SpeechCueLexicon.class, resource)) {
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns.length > 3 || columns.length == 3 && !columns[2].equals(DIRECT_ONLY)) {
                throw new IllegalStateException(resource + ": expected <lemma><TAB><forms>[<TAB>direct], got: " + line);
            }
            boolean directOnly = columns.length == 3;
            for (String form : columns[1].split(",")) {
                String[] words = form.strip().toLowerCase(Locale.ROOT).split("\\s+");
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
                        .add(new Form(words, columns[0], directOnly));
            }
        }
        byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form f) -> -f.words().length)));
        return new SpeechCueLexicon(byFirstWord);
    }

    /** The longest cue starting at {@code words[index]}, or null. */
    public Match matchAt(List<Word> words, int index) {
        String first = words.get(index).lower();
        int hash = first.hashCode();
        if ((firstWordHashes[(hash >>> 6) & (firstWordHashes.length - 1)] & 1L << hash) == 0) {
            return null;
        }
        List<Form> forms = byFirstWord.get(first);
        if (forms == null) {
            return null;
        }
        for (Form form : forms) {
            if (matches(words, index, form.words())) {
                return new Match(index, form.words().length, form.lemma(), form.directOnly());
            }
        }
        return null;
    }

    private static boolean matches(List<Word> words, int index, String[] form) {
        if (index + form.length > words.size()) {
            return false;
        }
        for (int i = 0; i < form.length; i++) {
            if (!words.get(index + i).lower().equals(form[i])) {
                return false;
            }
        }
        return true;
    }
}
