package org.quotestance.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one document's text says of people by name ({@link NameScanner}): its full names, each with how often it
 * is named and the honorifics and titles before it or before its surname alone ("Mrs. Clinton" in an article
 * that names one Clinton in full), and its capitalised words (a given name used alone, "Hillary").
 */
final class DocumentNames {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]+");

    /** A full name of the document. */
    record FullName(String given, String surnameKey, String givenKey, String surface, int count, int male,
            int female, List<String> titles) {

        String key() {
            return surnameKey + "_" + givenKey;
        }
    }

    private final List<FullName> fullNames;
    private final Map<String, List<NameScanner.Found>> surnameOnly;
    private final Set<String> capitalised;
    private final Set<String> lowerCase;

    private DocumentNames(List<FullName> fullNames, Map<String, List<NameScanner.Found>> surnameOnly,
            Set<String> capitalised, Set<String> lowerCase) {
        this.fullNames = fullNames;
        this.surnameOnly = surnameOnly;
        this.capitalised = capitalised;
        this.lowerCase = lowerCase;
    }

    static DocumentNames of(String text) {
        Map<String, List<NameScanner.Found>> full = new LinkedHashMap<>();
        Map<String, List<NameScanner.Found>> surnameOnly = new LinkedHashMap<>();
        Map<String, Set<String>> givenKeysBySurname = new LinkedHashMap<>();
        for (NameScanner.Found f : NameScanner.scan(text)) {
            String surnameKey = NameKey.skeleton(f.surname());
            if (f.isFullName()) {
                String givenKey = NameKey.skeleton(f.given());
                full.computeIfAbsent(surnameKey + "_" + givenKey, k -> new ArrayList<>()).add(f);
                givenKeysBySurname.computeIfAbsent(surnameKey, k -> new HashSet<>()).add(givenKey);
            } else {
                surnameOnly.computeIfAbsent(surnameKey, k -> new ArrayList<>()).add(f);
            }
        }
        List<FullName> names = new ArrayList<>();
        for (List<NameScanner.Found> mentions : full.values()) {
            NameScanner.Found first = mentions.get(0);
            String surnameKey = NameKey.skeleton(first.surname());
            List<NameScanner.Found> context = new ArrayList<>(mentions);
            if (givenKeysBySurname.get(surnameKey).size() == 1) {
                context.addAll(surnameOnly.getOrDefault(surnameKey, List.of())); // "Mrs. Clinton" is her
            }
            int male = 0;
            int female = 0;
            List<String> titles = new ArrayList<>();
            for (NameScanner.Found f : context) {
                male += f.gender() == 'M' ? 1 : 0;
                female += f.gender() == 'F' ? 1 : 0;
                titles.addAll(f.titles());
            }
            names.add(new FullName(first.given(), surnameKey, NameKey.skeleton(first.given()),
                    first.given() + " " + first.surname(), mentions.size(), male, female, titles));
        }
        Set<String> capitalised = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            (Character.isUpperCase(m.group().charAt(0)) ? capitalised : lowerCase).add(m.group().toLowerCase(Locale.ROOT));
        }
        capitalised.removeAll(lowerCase); // "Bill" is no given name in an article about "the bill"
        return new DocumentNames(names, surnameOnly, capitalised, lowerCase);
    }

    /** The words the text writes in lower case. */
    Set<String> lowerCaseWords() {
        return lowerCase;
    }

    List<FullName> fullNames() {
        return fullNames;
    }

    /** The honorifics and titles before the surname alone ("Mrs. Clinton", "former President Clinton"). */
    List<NameScanner.Found> surnameOnly(String surnameKey) {
        return surnameOnly.getOrDefault(surnameKey, List.of());
    }

    /** Whether the text has this word (given in lower case) capitalised and never in lower case: a given name used alone. */
    boolean hasCapitalised(String lower) {
        return capitalised.contains(lower);
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
