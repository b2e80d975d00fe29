package org.quotestance.location;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.NameKeys;
import org.quotestance.type.SpeakerEntity;
import org.quotestance.type.SpeakerMention;

/**
 * The words of the full names of the people quoted in a document ("Abbas", "Araqchi"), so that a
 * person's name is not taken for a place ("Abbas" is also a town in Pakistan). Only the name
 * proper counts: the last words of a speaker's name, after any title, office or generic
 * geographic word of {@code name-followers.txt} and any all-capital word ("Woodstock Mayor
 * Michael Harding" and "Erie GM Sherry Bassin" give "Michael Harding" and "Sherry Bassin";
 * "Walker County", which the quote layer may take for a speaker, gives nothing). A speaker whose whole
 * name is a place's own name in the gazetteer, and does not start with a frequent first name, gives
 * nothing either: the quote layer took a place for a person ("Blue Springs pleaded guilty").
 */
final class SpeakerNameWords {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");

    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");

    /** First name, middle name or initial, surname. */
    private static final int MAX_NAME_WORDS = 3;
    private static final Set<String> NOT_NAME_WORDS = WordList.load("name-followers.txt");
    private static final Set<String> PERSON_NAMES = WordList.load("person-names.txt");

    private final Set<String> words = new HashSet<>();

    SpeakerNameWords(JCas jcas, Gazetteer gazetteer) {
        // an entity's variants are read once, not again for each of its mentions
        Set<SpeakerEntity> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (SpeakerMention mention : JCasUtil.select(jcas, SpeakerMention.class)) {
            SpeakerEntity entity = mention.getEntity();
            if (entity != null && read.add(entity) && "PERSON".equals(entity.getKind()) && entity.getVariants() != null) {
                for (String variant : entity.getVariants().toArray()) {
                    if (isPlaceName(variant, gazetteer)) {
                        continue;
                    }
                    String[] parts = nameProper(SPACES.split(variant));
                    // a one-word "person" may be a state the quote layer took for one ("Ankara denied")
                    if (parts.length > 1) {
                        for (String word : parts) {
                            words.add(word.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
    }

    /**
     * "Blue Springs": the variant is the own name (not only an alternate name) of a place, and its first
     * word is no frequent first name of {@code person-names.txt} ("Robert Lee", "John Day" and "Mary
     * Esther" name towns too, but a person quoted under such a name is a person).
     */
    private static boolean isPlaceName(String variant, Gazetteer gazetteer) {
        String firstWord = SPACES.split(variant.strip(), 2)[0];
        if (PERSON_NAMES.contains(firstWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String key = NameKeys.normalise(variant);
        return gazetteer.lookup(key).stream().anyMatch(place -> !gazetteer.isAlternateName(key, place));
    }

    /** The trailing words of a variant that can be a person's name. */
    private static String[] nameProper(String[] parts) {
        int start = parts.length;
        while (start > 0 && parts.length - start < MAX_NAME_WORDS && isNameWord(parts[start - 1])) {
            start--;
        }
        return java.util.Arrays.copyOfRange(parts, start, parts.length);
    }

    private static boolean isNameWord(String word) {
        String bare = TRAILING_STOP.matcher(word).replaceAll("");
        boolean allCapitals = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT));
        return !bare.isEmpty() && !NOT_NAME_WORDS.contains(bare) && !allCapitals;
    }

    /** Every word of the mention belongs to a quoted person's name. */
    boolean covers(String mentionText) {
        if (words.isEmpty()) {
            return false;
        }
        for (String word : SPACES_OR_HYPHENS.split(mentionText)) {
            if (!words.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
