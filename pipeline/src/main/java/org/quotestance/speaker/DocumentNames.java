package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one document's text says of people by name ({@link NameScanner}): its full names, each with how often it
 * is named and the honorifics and titles before it, the honorifics and titles before a surname alone ("Mrs.
 * Clinton"), and its capitalised words (a given name used alone, "Hillary").
 */
final class DocumentNames {

    /**
     * A full name of the document: {@code male}/{@code female} count the honorifics and titles before the full
     * name, {@code surnameMale}/{@code surnameFemale} those before the surname alone where it is the document's
     * only full name of that surname.
     */
    record FullName(String given, String surnameKey, String givenKey, String surface, int count, int male,
            int female, int surnameMale, int surnameFemale, List<String> titles) {

        String key() {
            return surnameKey + "_" + givenKey;
        }
    }

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:(she|her|hers|herself)|(he|him|his|himself))\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far after a surname a pronoun is read as its (characters, within the sentence). */
    private static final int PRONOUN_WINDOW = 120;

    private final String text;
    private final List<FullName> fullNames;
    private final Map<String, List<NameScanner.Found>> surnameOnly;
    /** The words the text writes capitalised and never in lower case; read when first asked for. */
    private Set<String> capitalisedOnly;

    private DocumentNames(String text, List<FullName> fullNames, Map<String, List<NameScanner.Found>> surnameOnly) {
        this.text = text;
        this.fullNames = fullNames;
        this.surnameOnly = surnameOnly;
    }

    static DocumentNames of(String text) {
        Map<String, List<NameScanner.Found>> full = new LinkedHashMap<>();
        Map<String, List<NameScanner.Found>> surnameOnly = new LinkedHashMap<>();
        // how many of the full names' keys have each surname key
        Map<String, Integer> fullNamesOfSurname = new HashMap<>();
        for (NameScanner.Found f : NameScanner.scan(text)) {
            String surnameKey = NameKey.skeleton(f.surname());
            if (f.isFullName()) {
                String key = surnameKey + "_" + NameKey.skeleton(f.given());
                List<NameScanner.Found> mentions = full.get(key);
                if (mentions == null) {
                    mentions = new ArrayList<>();
                    full.put(key, mentions);
                    fullNamesOfSurname.merge(surnameKey, 1, Integer::sum);
                }
                mentions.add(f);
            } else {
                surnameOnly.computeIfAbsent(surnameKey, k -> new ArrayList<>()).add(f);
            }
        }
        List<FullName> names = new ArrayList<>();
        for (List<NameScanner.Found> mentions : full.values()) {
            NameScanner.Found first = mentions.get(0);
            String surnameKey = NameKey.skeleton(first.surname());
            int male = 0;
            int female = 0;
            List<String> titles = new ArrayList<>();
            for (NameScanner.Found f : mentions) {
                male += f.gender() == 'M' ? 1 : 0;
                female += f.gender() == 'F' ? 1 : 0;
                titles.addAll(f.titles());
            }
            // "Mrs. Clinton" in an article that names one Clinton in full is most often her; not always (an
            // article may name only Bill Clinton in full and call Hillary "Mrs. Clinton"), so Person.gender
            // asks for a clear majority. Titles stay the name's own.
            int surnameMale = 0;
            int surnameFemale = 0;
            if (fullNamesOfSurname.get(surnameKey) == 1) {
                for (NameScanner.Found f : surnameOnly.getOrDefault(surnameKey, List.of())) {
                    surnameMale += f.gender() == 'M' ? 1 : 0;
                    surnameFemale += f.gender() == 'F' ? 1 : 0;
                }
            }
            names.add(new FullName(first.given(), surnameKey, NameKey.skeleton(first.given()),
                    first.given() + " " + first.surname(), mentions.size(), male, female, surnameMale, surnameFemale,
                    titles));
        }
        return new DocumentNames(text, names, surnameOnly);
    }

    List<FullName> fullNames() {
        return fullNames;
    }

    /** How many people with this surname key the document names in full ("Bill Clinton", "Hillary Clinton": 2). */
    int fullNamesWithSurname(String surnameKey) {
        int n = 0;
        for (FullName name : fullNames) {
            n += name.surnameKey().equals(surnameKey) ? 1 : 0;
        }
        return n;
    }

    /** The honorifics and titles before the surname alone ("Mrs. Clinton", "former President Clinton"). */
    List<NameScanner.Found> surnameOnly(String surnameKey) {
        return surnameOnly.getOrDefault(surnameKey, List.of());
    }

    /** Whether the text has this word (given in lower case) capitalised and never in lower case: a given name used alone. */
    boolean hasCapitalised(String lower) {
        if (capitalisedOnly == null) {
            capitalisedOnly = capitalisedOnly(text);
        }
        return capitalisedOnly.contains(lower);
    }

    private static Set<String> capitalisedOnly(String text) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        TextWords words = new TextWords(text);
        while (words.next()) {
            (words.isCapitalised() ? capitalised : lowerCase).add(words.lowerCase());
        }
        capitalised.removeAll(lowerCase); // "Bill" is no given name in an article about "the bill"
        return capitalised;
    }

    /**
     * 'F' or 'M' when the pronouns that follow the name (a surname, or a full name) in its sentences are mostly of one gender ("Clinton's
     * victory hands her a majority"): at least two, and three times as many as of the other; else 0.
     */
    char pronounGender(String surname) {
        int female = 0;
        int male = 0;
        int at = text.indexOf(surname);
        while (at >= 0) {
            int end = Math.min(text.length(), at + surname.length() + PRONOUN_WINDOW);
            for (int i = at + surname.length(); i < end; i++) {
                if (".!?\n".indexOf(text.charAt(i)) >= 0) {
                    end = i;
                    break;
                }
            }
            Matcher m = PRONOUN.matcher(text).region(at + surname.length(), end);
            while (m.find()) {
                if (m.group(1) != null) {
                    female++;
                } else {
                    male++;
                }
            }
            at = text.indexOf(surname, at + surname.length());
        }
        return female >= 2 && female >= 3 * male ? 'F' : male >= 2 && male >= 3 * female ? 'M' : 0;
    }

    /** The keys of the document's full names. */
    Set<String> personKeys() {
        Set<String> keys = new HashSet<>();
        for (FullName n : fullNames) {
            keys.add(n.key());
        }
        return keys;
    }
}
