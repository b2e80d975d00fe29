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
            0.1 + 0.2, 12345.678905, 1e20, 1e-300, Double.MIN_VALUE };
        for (double value : values) {
            assertLikeFormat(value);
        }
    }

    @Test
    void valuesWrittenAsAReaderExpectsThem() {
        assertEquals("0.00000", CsvRows.coordinate(0.0));
        assertEquals("-0.00000", CsvRows.coordinate(-0.0));
        assertEquals("-0.00000", CsvRows.coordinate(-1e-6));
        assertEquals("180.00000", CsvRows.coordinate(180.0));
        assertEquals("-33.86785", CsvRows.coordinate(-33.86785));
        assertEquals("51.50853", CsvRows.coordinate(51.508530));
    }

    @Test
    void nonFiniteValuesAreWrittenAsJavaNamesThem() {
        assertEquals("NaN", CsvRows.coordinate(Double.NaN));
        assertEquals("Infinity", CsvRows.coordinate(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", CsvRows.coordinate(Double.NEGATIVE_INFINITY));
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
