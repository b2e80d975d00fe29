package org.quotestance.speaker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int MOST_REMEMBERED_SKELETONS = 1 << 16;
    /**
     * {@link #skeleton}'s keys by word, shared by every thread: the same names come back in every document, and
     * each key costs eleven rewrites of the word. Bounded: past {@link #MOST_REMEMBERED_SKELETONS} words, keys are
     * worked out each time.
     */
    private static final Map<String, String> SKELETONS = new ConcurrentHashMap<>();

    private NameKey() {
    }

    /** The name's words without honorifics ("Seyed Abbas Araghchi" → [Abbas, Araghchi]). */
    public static List<String> nameWords(String name) {
        SpeakerLexicon lexicon = SpeakerLexicon.get();
        List<String> words = new ArrayList<>();
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = name.substring(start, i);
                String lower = w.toLowerCase(Locale.ROOT);
                if (!lexicon.isHonorific(lower) && !lexicon.isHonorific(lower + ".")) {
                    words.add(SpeakerLexicon.stripPossessive(w));
                }
            }
        }
        return words;
    }

    /** What the regular expression {@code \s} matches: names are split at every mention, by hand rather than by one. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public static String skeleton(String word) {
        String known = SKELETONS.get(word);
        if (known != null) {
            return known;
        }
        String folded = fold(word);
        String key = folded.isEmpty() ? word.toLowerCase(Locale.ROOT) : folded;
        if (SKELETONS.size() < MOST_REMEMBERED_SKELETONS) {
            SKELETONS.put(word, key);
        }
        return key;
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
        return personId(nameWords(name));
    }

    /** The corpus-stable id of a person whose name's words ({@link #nameWords}) are {@code words}. */
    static String personId(List<String> words) {
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
