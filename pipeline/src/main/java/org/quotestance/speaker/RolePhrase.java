package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.quotestance.lexicon.SpeakerLexicon;
import org.quotestance.lexicon.SpeechCueLexicon;
import org.quotestance.text.Word;

/**
 * A speaker's role as a clean title phrase: "CNN President On" becomes "President". The phrase is cut before a
 * speech verb; acronyms that are no title (outlets such as "CNN") go; at either edge it loses function words
 * in any case ("for", "On") and honorifics that are no office ("Dr.").
 * What is left must hold a title word, or the role is empty.
 */
public final class RolePhrase {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "at", "to",
            "on", "in", "with", "by", "from", "as");

    private RolePhrase() {
    }

    public static String clean(String role) {
        if (role == null || role.isBlank()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(role.strip())));
        for (int i = 0; i < words.size(); i++) {
            if (isSpeechVerb(words.get(i))) {
                words = new ArrayList<>(words.subList(0, i));
                break;
            }
        }
        words.removeIf(w -> isAcronym(w) && !isTitle(w));
        while (!words.isEmpty() && isEdgeFiller(words.get(0))) {
            words.remove(0);
        }
        while (!words.isEmpty() && isEdgeFiller(words.get(words.size() - 1))) {
            words.remove(words.size() - 1); // "President On"
        }
        for (String w : words) {
            if (isTitle(w)) {
                return String.join(" ", words);
            }
        }
        return "";
    }

    private static boolean isEdgeFiller(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(lower) || SOCIAL_HONORIFICS.contains(lower.replace(".", ""));
    }

    /** Honorifics that say nothing of an office ("Dr.", "Mr."); "Gov." and "Sen." are titles. */
    private static final Set<String> SOCIAL_HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir",
            "dame", "lord", "lady", "seyed", "seyyed", "sayyid");

    private static boolean isTitle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SpeakerLexicon.get().isTitleWord(lower) || SpeakerLexicon.get().isRoleHead(lower);
    }

    private static boolean isAcronym(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return word.length() > 1;
    }

    private static boolean isSpeechVerb(String word) {
        return SpeechCueLexicon.speech().matchAt(List.of(new Word(0, word.length(), word)), 0) != null;
    }
}
