package org.quotestance.write;

/**
 * The decimal digits of a value that is not negative, as ASCII bytes, with no division: C1, the launcher's only
 * compiler, divides by a constant with the processor's division instruction, several times slower than the
 * multiplication here, and ids, offsets and token numbers are most of the digits the writers write.
 */
final class DecimalDigits {

    private DecimalDigits() {
    }

    /** How many decimal digits {@code value} (not negative) has. */
    static int count(int value) {
        int digits = 1;
        for (int bound = 10; digits < 10 && value >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    /** Writes the {@code digits} digits of {@code value} (not negative) from {@code at} in {@code out}. */
    static void write(byte[] out, int at, int digits, int value) {
        for (int i = at + digits - 1, rest = value; i >= at; i--) {
            int tenth = tenth(rest);
            out[i] = (byte) ('0' + rest - tenth * 10);
            rest = tenth;
        }
    }

    /** {@code value / 10} for any value from 0 up, by a multiplication and a shift. */
    static int tenth(int value) {
        return (int) ((value * 0xCCCCCCCDL) >>> 35);
    }
}
