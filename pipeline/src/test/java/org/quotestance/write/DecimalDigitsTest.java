package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DecimalDigitsTest {

    @Test
    void theTenthByMultiplicationIsTheQuotientUpToTheLargestInt() {
        Random random = new Random(13);
        for (int i = 0; i < 1_000_000; i++) {
            int v = random.nextInt(Integer.MAX_VALUE);
            assertEquals(v / 10, DecimalDigits.tenth(v));
        }
        for (int v : new int[] { 0, 9, 10, 19, 99, 100, Integer.MAX_VALUE - 1, Integer.MAX_VALUE }) {
            assertEquals(v / 10, DecimalDigits.tenth(v));
        }
    }

    @Test
    void digitsAtEveryLengthsEdgesAreIntegerToStrings() {
        for (int digits = 1; digits <= 10; digits++) {
            long power = (long) Math.pow(10, digits - 1);
            for (long v : new long[] { power, power + 1, 10 * power - 1 }) {
                int value = (int) Math.min(v, Integer.MAX_VALUE);
                byte[] out = new byte[12];
                int count = DecimalDigits.count(value);
                DecimalDigits.write(out, 1, count, value);
                assertEquals(Integer.toString(value), new String(out, 1, count, StandardCharsets.US_ASCII));
            }
        }
        assertEquals(1, DecimalDigits.count(0));
    }
}
