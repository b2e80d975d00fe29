package org.quotestance.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** The text index as {@link Gazetteer#load} reads it, and its compact form, on a four-place index written by hand. */
class GazetteerIndexFormatTest {

    private static final String INDEX = String.join("\n",
            "E\t2988507\tParis\tFR\tP.PPLC\t48.85341\t2.3488\t2138551\t11",
            "E\t4717560\tParis\tUS\tP.PPL\t33.66094\t-95.55551\t24782\tTX",
            "E\t0\tCaucasus\t\tL.RGN\t42.5\t45.0\t0\t",
            "E\t3017382\tFrance\tFR\tA.PCLI\t46.0\t2.0\t66987244\t00",
            "N\tcaucasus\t2",
            "N\tfrance\t3",
            "N\tparis\t0,1",
            "N\tparis texas\t~1",
            "N\tthe city of light\t~0",
            "D\tparisian\tFR",
            "B\tFR\tBE|DE|ES",
            "B\tAQ\t") + "\n";

    @Test
    void postingsKeepPopulationOrderAndMarkAlternateNames() throws IOException {
        Gazetteer gazetteer = load(INDEX);
        List<GazetteerEntry> paris = gazetteer.lookup("paris");
        assertEquals(2, paris.size());
        assertEquals(2988507, paris.get(0).geonamesId());
        assertEquals("TX", paris.get(1).admin1());
        assertEquals(-95.55551, paris.get(1).longitude());
        assertFalse(gazetteer.isAlternateName("paris", paris.get(1)));
        assertTrue(gazetteer.isAlternateName("paris texas", paris.get(1)));
        assertTrue(gazetteer.isAlternateName("the city of light", paris.get(0)));
        assertEquals(4, gazetteer.maxKeyWords());
    }

    @Test
    void emptyFieldsAndEmptyBorderListsAreKept() throws IOException {
        Gazetteer gazetteer = load(INDEX);
        GazetteerEntry caucasus = gazetteer.lookup("caucasus").get(0);
        assertEquals("", caucasus.countryCode());
        assertEquals("", caucasus.admin1());
        assertEquals(Set.of("BE", "DE", "ES"), gazetteer.neighbours("FR"));
        assertEquals(Set.of(), gazetteer.neighbours("AQ"));
        assertEquals("FR", gazetteer.demonymCountry("parisian").orElseThrow().countryCode());
    }

    @Test
    void theCompactFormGivesTheSameAnswers() throws IOException {
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        load(INDEX).writeCompact(compact);
        Gazetteer gazetteer = Gazetteer.readCompact(new ByteArrayInputStream(compact.toByteArray()), "test index");
        assertEquals(List.of("caucasus", "france", "paris", "paris texas", "the city of light"), gazetteer.keys());
        List<GazetteerEntry> paris = gazetteer.lookup("paris");
        assertEquals(List.of(4717560L, 2988507L), List.of(paris.get(1).geonamesId(), paris.get(0).geonamesId()));
        assertEquals(new GazetteerEntry(0, "Caucasus", "", "L.RGN", 42.5, 45.0, 0, ""),
                gazetteer.lookup("caucasus").get(0));
        assertTrue(gazetteer.isAlternateName("paris texas", paris.get(1)));
        assertFalse(gazetteer.isAlternateName("paris", paris.get(1)));
        assertEquals(4, gazetteer.maxKeyWords());
        assertEquals(Set.of("BE", "DE", "ES"), gazetteer.neighbours("FR"));
        assertEquals(Set.of(), gazetteer.neighbours("AQ"));
        assertEquals(3017382, gazetteer.demonymCountry("parisian").orElseThrow().geonamesId());
        assertEquals(4717560, gazetteer.byGeonamesId(4717560).orElseThrow().geonamesId());
        assertTrue(gazetteer.byGeonamesId(0).isEmpty());
    }

    @Test
    void aRecordWithTooManyFieldsIsRejected() {
        assertThrows(IOException.class, () -> load("E\t1\tX\tFR\tP.PPL\t1\t2\t3\tA\textra\n"));
    }

    private static Gazetteer load(String index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(index.getBytes(StandardCharsets.UTF_8));
        }
        return Gazetteer.load(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void aTruncatedCompactIndexIsReportedWithItsName() throws IOException {
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        load(INDEX).writeCompact(compact);
        byte[] truncated = Arrays.copyOf(compact.toByteArray(), compact.size() / 2);
        IOException e = assertThrows(IOException.class,
                () -> Gazetteer.readCompact(new ByteArrayInputStream(truncated), "gazetteer.bin"));
        assertTrue(e.getMessage().contains("gazetteer.bin"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
    }
}
