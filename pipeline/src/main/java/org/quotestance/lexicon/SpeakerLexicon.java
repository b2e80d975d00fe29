package org.quotestance.lexicon;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;

/**
 * Words that describe speakers rather than name them: titles and role heads, honorifics,
 * organisation heads, pronouns, and country names (from the JDK's ISO 3166 list, so "Iran" in
 * "Iran Deputy Foreign Minister Abbas Araghchi" is not taken for a first name).
 */
public final class SpeakerLexicon {

    private static final String DIR = "/org/quotestance/speaker/";
    private static final SpeakerLexicon DEFAULT = new SpeakerLexicon();
    private static final int MOST_MAJOR_PLACE_ANSWERS = 1 << 16;

    private static final WordSet PERSON_PRONOUNS = WordSet.of("he", "she", "i", "we", "they");
    private static final WordSet OTHER_PRONOUNS = WordSet.of("it", "who", "which");
    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "that", "these", "those", "one", "another", "two", "three", "several", "some", "many");

    // asked per token, so kept as WordSets
    private final WordSet titleWords;
    private final WordSet roleHeads;
    private final WordSet organisationHeads;
    private final WordSet groupNouns;
    private final WordSet countries;
    private final WordSet demonyms;
    // the same words as the lookups below ask for them, worked out once
    private final WordSet titleKeys;
    private final WordSet honorificKeys;
    private final WordSet demonymKeys;
    /**
     * {@link #isMajorPlace}'s answers by name, shared by every thread: the same names come back in every document,
     * and each answer costs a gazetteer lookup. Bounded: past {@link #MOST_MAJOR_PLACE_ANSWERS} names, answers are
     * worked out each time.
     */
    private final Map<String, Boolean> majorPlaceAnswers = new ConcurrentHashMap<>();

    private SpeakerLexicon() {
        Set<String> titles = new HashSet<>();
        Set<String> heads = new HashSet<>();
        for (String line : WordList.lines(SpeakerLexicon.class, DIR + "titles.txt")) {
            String word = line.startsWith("*") ? line.substring(1) : line;
            titles.add(word);
            if (line.startsWith("*")) {
                heads.add(word);
            }
        }
        List<String> honorifics = WordList.lines(SpeakerLexicon.class, DIR + "honorifics.txt");
        List<String> demonymList = WordList.lines(SpeakerLexicon.class, DIR + "demonyms.txt");
        Set<String> countryNames = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            countryNames.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        countryNames.addAll(List.of("us", "u.s.", "uk", "u.k.", "america", "britain", "russia", "iran", "syria",
                "korea", "palestine", "europe", "eu", "nato", "un", "u.n."));
        // the tokenizer splits the last full stop off: "U.S" + "."
        countryNames.addAll(List.of("u.s", "u.k", "u.n"));
        Set<String> demonymForms = new HashSet<>();
        for (String demonym : demonymList) {
            demonymForms.add(demonym);
            demonymForms.add(demonym + "s");
        }
        Set<String> titleForms = new HashSet<>();
        addWithAndWithoutFullStop(titles, titleForms);
        titleForms.addAll(demonymForms);
        titleForms.addAll(countryNames);
        Set<String> honorificForms = new HashSet<>();
        addWithAndWithoutFullStop(honorifics, honorificForms);
        titleWords = WordSet.of(titles);
        roleHeads = WordSet.of(heads);
        organisationHeads = WordSet.of(WordList.lines(SpeakerLexicon.class, DIR + "organisation-heads.txt"));
        groupNouns = WordSet.of(WordList.lines(SpeakerLexicon.class, DIR + "group-nouns.txt"));
        countries = WordSet.of(countryNames);
        demonyms = WordSet.of(demonymList);
        titleKeys = WordSet.of(titleForms);
        honorificKeys = WordSet.of(honorificForms);
        demonymKeys = WordSet.of(demonymForms);
    }

    /** "sen." is asked for as "sen." and as "sen"; "sen" only as "sen". */
    private static void addWithAndWithoutFullStop(Collection<String> words, Set<String> keys) {
        for (String word : words) {
            keys.add(word);
            if (word.endsWith(".")) {
                keys.add(word.substring(0, word.length() - 1));
            }
        }
    }

    public static SpeakerLexicon get() {
        return DEFAULT;
    }

    /** A title or role word; abbreviations match with or without their full stop ("Sen" as "sen."). */
    public boolean isTitleWord(String lower) {
        return titleKeys.contains(lower) || isPossessive(lower) && countries.contains(stripPossessive(lower));
    }

    public boolean isRoleHead(String lower) {
        return roleHeads.contains(lower);
    }

    /**
     * A plural that names a group of speakers, not one person: a role head in the plural
     * ("officials", "experts", "lawmakers", "spokesmen"), or one of {@code group-nouns.txt} ("sources",
     * "critics", "observers").
     */
    public boolean isGroupNoun(String lower) {
        if (groupNouns.contains(lower)) {
            return true;
        }
        if (lower.endsWith("men") && roleHeads.contains(lower.substring(0, lower.length() - 3) + "man")) {
            return true;
        }
        if (lower.endsWith("ies") && roleHeads.contains(lower.substring(0, lower.length() - 3) + "y")) {
            return true;
        }
        return lower.length() >= 3 && lower.endsWith("s") && roleHeads.contains(lower.substring(0, lower.length() - 1));
    }

    /**
     * "Republicans", "Democrats", "Iranians": members of a party or nation in the plural, a group that
     * speaks as one.
     */
    public boolean isGroupName(String lower) {
        if (!lower.endsWith("s") || lower.length() < 4) {
            return false;
        }
        String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                : lower.substring(0, lower.length() - 1);
        return titleWords.contains(singular) && !roleHeads.contains(singular) || demonyms.contains(singular);
    }

    /** "Mr", "Sen.", "Sheikh": abbreviations match with or without their full stop. */
    public boolean isHonorific(String lower) {
        return honorificKeys.contains(lower);
    }

    public boolean isOrganisationHead(String lower) {
        return organisationHeads.contains(lower);
    }

    public boolean isPersonPronoun(String lower) {
        return PERSON_PRONOUNS.contains(lower);
    }

    /** Pronouns that can be a speaker: he, she, I, we, they, and "it" (an organisation), "who", "which". */
    public boolean isSpeakerPronoun(String lower) {
        return PERSON_PRONOUNS.contains(lower) || OTHER_PRONOUNS.contains(lower);
    }

    public boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower);
    }

    public boolean isCountry(String lower) {
        return countries.contains(stripPossessive(lower));
    }

    /**
     * A name that, as a speaker, stands for a state or city: a country, region, or a first-level
     * division or city of at least {@value GazetteerEntry#MAJOR_PLACE_POPULATION} people ("Ankara denied", "South
     * Carolina's governor" is not one, "Washington said" is).
     */
    public boolean isMajorPlace(String name) {
        Boolean known = majorPlaceAnswers.get(name);
        if (known != null) {
            return known;
        }
        boolean major = looksUpMajorPlace(name);
        if (majorPlaceAnswers.size() < MOST_MAJOR_PLACE_ANSWERS) {
            majorPlaceAnswers.put(name, major);
        }
        return major;
    }

    private boolean looksUpMajorPlace(String name) {
        String lower = stripPossessive(name.toLowerCase(Locale.ROOT));
        if (countries.contains(lower)) {
            return true;
        }
        String key = NameKeys.normalise(lower);
        // by its own name only: alternate names make common first names ("Ana") into cities
        for (GazetteerEntry place : Gazetteer.shared().lookup(key)) {
            // a division needs people too ("Paul" is a district of Cape Verde); a city its own
            // spelling ("Būsh" in Egypt is not "Bush")
            boolean major = place.isCountry() || place.featureClass().equals("L.RGN")
                    || place.featureClass().equals("A.ADM1") && place.population() >= GazetteerEntry.MAJOR_PLACE_POPULATION
                    || place.featureClassLetter().equals("P") && place.population() >= GazetteerEntry.MAJOR_PLACE_POPULATION
                            && place.name().toLowerCase(Locale.ROOT).equals(lower);
            if (major && place.isNamed(key)) {
                return true;
            }
        }
        return false;
    }

    /** "Iranian", "Azeri", "Turkish": adjectives of nationality, from {@code demonyms.txt}. */
    public boolean isDemonym(String lower) {
        return demonymKeys.contains(lower);
    }

    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** "Iran's" → "Iran"; other words as they are. */
    public static String stripPossessive(String word) {
        if (isPossessive(word)) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
