package org.quotestance.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feature families of one feature extractor, numbered from 0 as declared: a family is a name prefix ending with
 * its only '=' ("w-1="), whose features are the prefix and a value ("w-1=in"), or, for a pair family, the prefix and
 * two values joined by '+' ("w-1+rule=in+kept"). An extractor gives a {@link FamilySink} a family's number and its
 * values, so that a scorer finds the feature by numbers ({@link FamilyWeights}) without building its name. Declared
 * once, in static initialisers; read-only afterwards.
 */
final class FeatureFamilies {

    static final char PAIR_SEPARATOR = '+';

    private final List<String> prefixes = new ArrayList<>();
    private final List<Boolean> pairs = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    /** The number of the family {@code prefix + value}. */
    int plain(String prefix) {
        return declare(prefix, false);
    }

    /** The number of the family {@code prefix + a + "+" + b}. */
    int pair(String prefix) {
        return declare(prefix, true);
    }

    /**
     * Declares a copy of every family declared so far, its prefix preceded by {@code namePrefix} ("marked|w-1="),
     * pair or not as its original.
     *
     * @return what to add to a family's number for its copy's
     */
    int copies(String namePrefix) {
        int offset = prefixes.size();
        for (int family = 0; family < offset; family++) {
            declare(namePrefix + prefixes.get(family), pairs.get(family));
        }
        return offset;
    }

    private int declare(String prefix, boolean pair) {
        if (prefix.indexOf('=') != prefix.length() - 1) {
            throw new IllegalArgumentException("a family's prefix ends with its only '=': " + prefix);
        }
        if (numbers.putIfAbsent(prefix, prefixes.size()) != null) {
            throw new IllegalArgumentException("family declared twice: " + prefix);
        }
        prefixes.add(prefix);
        pairs.add(pair);
        return prefixes.size() - 1;
    }

    int size() {
        return prefixes.size();
    }

    String prefix(int family) {
        return prefixes.get(family);
    }

    boolean isPair(int family) {
        return pairs.get(family);
    }

    /** The number of the family of {@code prefix}, or -1 for none declared. */
    int number(String prefix) {
        return numbers.getOrDefault(prefix, -1);
    }
}
