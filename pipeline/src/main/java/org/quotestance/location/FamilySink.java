package org.quotestance.location;

/**
 * Where a feature extractor puts its features, each a family's number ({@link FeatureFamilies}) and its value or,
 * for a pair family, its two values: a model's score summed from the numbers
 * ({@link BinaryClassifier#scorer(FeatureFamilies)}), or the features' names given to a {@link FeatureSink}
 * ({@link Named}).
 */
interface FamilySink {

    void add(int family, String value);

    /** The feature of a pair family: its prefix, {@code a}, "+", {@code b}. */
    void add(int family, String a, String b);

    void add(int family, boolean value);

    void add(int family, int value);

    /** Gives each feature to a {@link FeatureSink} by its family's prefix, a pair's values joined by '+'. */
    final class Named implements FamilySink {

        private final FeatureFamilies families;
        private final FeatureSink sink;

        Named(FeatureFamilies families, FeatureSink sink) {
            this.families = families;
            this.sink = sink;
        }

        @Override
        public void add(int family, String value) {
            sink.add(families.prefix(family), value);
        }

        @Override
        public void add(int family, String a, String b) {
            sink.add(families.prefix(family), a + FeatureFamilies.PAIR_SEPARATOR + b);
        }

        @Override
        public void add(int family, boolean value) {
            sink.add(families.prefix(family), value);
        }

        @Override
        public void add(int family, int value) {
            sink.add(families.prefix(family), value);
        }
    }

    /**
     * Gives each feature to another sink as it is and again in its family's copy ({@link FeatureFamilies#copies}):
     * "w-1=in" and "marked|w-1=in". One instance per extractor, not thread-safe.
     */
    final class Twice implements FamilySink {

        private final int copyOffset;
        private FamilySink sink;

        Twice(int copyOffset) {
            this.copyOffset = copyOffset;
        }

        /** This sink, giving its features to {@code to} from now on. */
        Twice into(FamilySink to) {
            sink = to;
            return this;
        }

        @Override
        public void add(int family, String value) {
            sink.add(family, value);
            sink.add(family + copyOffset, value);
        }

        @Override
        public void add(int family, String a, String b) {
            sink.add(family, a, b);
            sink.add(family + copyOffset, a, b);
        }

        @Override
        public void add(int family, boolean value) {
            sink.add(family, value);
            sink.add(family + copyOffset, value);
        }

        @Override
        public void add(int family, int value) {
            sink.add(family, value);
            sink.add(family + copyOffset, value);
        }
    }
}
