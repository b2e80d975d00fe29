package org.quotestance.speaker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.quotestance.lexicon.SpeakerLexicon;

/**
 * Spelling-independent keys for names, so that transliteration variants meet: "Araqchi",
 * "Araghchi" and "Aragchi" all become {@code aragci}; "Seyed"/"Seyyed" and other honorifics are dropped.
 *
 * <p>The key folds accents, then rewrites letter groups that transliterations of one sound vary
 * between (q/gh → g, kh → h, ch → c, sh → s, ph → f, ck/c → k, w → v, y → i, dj → j), collapses
 * doubled letters and reduces each run of vowels to its first vowel (Rezaei/Rezai, Aliyev/Aliev).
 * A person's id is the surname key plus the first letter of the given name as written (accents
 * folded, so "Charles" and "Ken" keep c and k), so two people who share a surname stay apart ({@code kamenei_a} vs {@code kamenei_m}); a surname-only mention that
 * the document does not resolve gets the surname key alone ({@code kamenei_}).
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    /** The name's words without honorifics ("Seyed Abbas Araghchi" → [Abbas, Araghchi]). */
    public static List<String> nameWords(String name) {
        SpeakerLexicon lexicon = SpeakerLexicon.get();
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(name)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !lexicon.isHonorific(lower) && !lexicon.isHonorific(lower + ".")) {
                words.add(SpeakerLexicon.stripPossessive(w));
            }
        }
        return words;
    }

    public static String skeleton(String word) {
        String key = fold(word);
        return key.isEmpty() ? word.toLowerCase(Locale.ROOT) : key;
    }

    private static String fold(String word) {
        String s = letters(word).replace("dj", "j").replace("gh", "g").replace("q", "g").replace("kh", "h").replace("ch", "c")
                .replace("sh", "s").replace("ph", "f").replace("ck", "k").replace("c", "k").replace("w", "v")
                .replace("y", "i");
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (char c : s.toCharArray()) {
            boolean vowelRun = isVowel(c) && isVowel(previous);
            if (c != previous && !vowelRun) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    /** The corpus-stable id of a person called {@code name}. */
    public static String personId(String name) {
        List<String> words = nameWords(name);
        if (words.isEmpty()) {
            return "";
        }
        String surname = skeleton(words.get(words.size() - 1));
        String initial = words.size() > 1 ? initial(words.get(0)) : "";
        return surname + "_" + initial;
    }

    /**
     * The given name's first letter, accents folded but not the spelling groups of {@link #skeleton}: "Charles"
     * gives c and "Ken" k, so the two Clarkes do not share an id.
     */
    public static String initial(String given) {
        String folded = letters(given);
        return folded.isEmpty() ? skeleton(given).substring(0, 1) : folded.substring(0, 1);
    }

    /**
     * The word's letters a to z, lower-cased, accents dropped ("Ḥusayn" → "husayn") and everything else too. An
     * ASCII word needs no decomposition nor regular expressions: its capitals lowered, its other characters
     * dropped, which is what they give it.
     */
    private static String letters(String word) {
        StringBuilder ascii = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128) {
                return NOT_LETTER.matcher(MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT)).replaceAll("");
            }
            if (c >= 'a' && c <= 'z') {
                ascii.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                ascii.append((char) (c + ('a' - 'A')));
            }
        }
        return ascii.toString();
    }

    /** The corpus-stable id of an organisation or place called {@code name}. */
    public static String organisationId(String name) {
        StringBuilder id = new StringBuilder("org_");
        for (String w : nameWords(name)) {
            if (!SpeakerLexicon.get().isDeterminer(w.toLowerCase(Locale.ROOT))) {
                id.append(id.length() > 4 ? "-" : "").append(skeleton(w));
            }
        }
        return id.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
