package org.quotestance.stance;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Titles written with a full stop before a name ("Mr.", "Sen.", "Lt. Gen."): one list for extraction and normalisation. */
final class NameTitles {

    static final Set<String> ABBREVIATED = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt",
            "Col", "Sgt", "Capt", "Prof", "Rev");

    static final Set<String> LOWER = ABBREVIATED.stream().map(t -> t.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** One or more titles and their full stops before a capitalised word: "Lt. Gen. Michael Flynn" is "Michael Flynn". */
    static final Pattern BEFORE_NAME = Pattern.compile(
            "\\b(?:" + ABBREVIATED.stream().sorted().collect(Collectors.joining("|")) + ")\\. (?=\\p{Lu})");

    private NameTitles() {
    }
}
