package org.quotestance.speaker;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.quotestance.lexicon.WordList;

/** The gender a given name almost always says in news ({@code given-name-genders.txt}), so he/she skip the other. */
final class GivenNameGenders {

    private static final String RESOURCE = "/org/quotestance/speaker/given-name-genders.txt";
    private static final Map<String, Character> BY_NAME = new HashMap<>();

    static {
        for (String line : WordList.lines(GivenNameGenders.class, RESOURCE)) {
            String[] columns = line.split("\\s+");
            if (columns.length != 2 || !columns[1].equals("M") && !columns[1].equals("F")) {
                throw new IllegalStateException(RESOURCE + ": expected <name> <M|F>, got: " + line);
            }
            BY_NAME.put(columns[0], columns[1].charAt(0));
        }
    }

    private GivenNameGenders() {
    }

    /** 'M' or 'F' for a given name the list knows, else 0. */
    static char of(String givenName) {
        return BY_NAME.getOrDefault(givenName.toLowerCase(Locale.ROOT), (char) 0);
    }
}
