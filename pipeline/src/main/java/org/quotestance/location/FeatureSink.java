package org.quotestance.location;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a feature's name goes as a {@code prefix} ("w-1=") and a value ("in"): the {@code prefix + value} strings
 * of a training event, or of a model's own eval ({@link FamilySink.Named}).
 */
interface FeatureSink {

    void add(String prefix, String value);

    default void add(String prefix, boolean value) {
        add(prefix, value ? "true" : "false");
    }

    default void add(String prefix, int value) {
        add(prefix, number(value));
    }

    /** The numbers the features mostly take (capped counts, a population's digits) as constants, not new strings. */
    static String number(int value) {
        return switch (value) {
            case 0 -> "0";
            case 1 -> "1";
            case 2 -> "2";
            case 3 -> "3";
            case 4 -> "4";
            case 5 -> "5";
            case 6 -> "6";
            case 7 -> "7";
            case 8 -> "8";
            case 9 -> "9";
            default -> Integer.toString(value);
        };
    }

    /** The features as OpenNLP's {@code name=value} strings, in order. */
    final class Strings implements FeatureSink {

        private final List<String> features = new ArrayList<>();

        @Override
        public void add(String prefix, String value) {
            features.add(prefix + value);
        }

        String[] toArray() {
            return features.toArray(String[]::new);
        }

        /** The features so far, and forgets them. */
        String[] clear() {
            String[] array = toArray();
            features.clear();
            return array;
        }
    }
}
