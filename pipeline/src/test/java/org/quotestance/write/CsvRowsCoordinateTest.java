package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CsvRowsCoordinateTest {

    private static void assertLikeFormat(double value) {
        assertEquals(String.format(Locale.ROOT, "%.5f", value), CsvRows.coordinate(value), "value " + value);
    }

    @Test
    void edgeValuesAreWrittenAsTheFormatterWritesThem() {
        double[] values = { 0.0, -0.0, 1e-6, -1e-6, 0.000005, -0.000005, 1.000005, 89.999995, -180.0, 180.0,
            0.1 + 0.2, 12345.678905, 1e20, 1e-300, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY };
        for (double value : values) {
            assertLikeFormat(value);
        }
    }

    @Test
    void coordinatesAreWrittenAsTheFormatterWritesThem() {
        Random random = new Random(8);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.5) * 360;
            assertLikeFormat(value);
            assertLikeFormat(Math.round(value * 1e6) / 1e6);
            assertLikeFormat(Math.round(value * 1e5) / 1e5 + 5e-6);
        }
    }
}
