package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CorpusComparison} on two small invented annotations whose figures are worked out by hand. */
class CorpusComparisonTest {

    private static final String QUOTES = "doc_id,quote_id,type,begin,end,text,speaker_id,speaker_name,speaker_mention,"
            + "speaker_mention_type,cue,cue_lemma,speaker_begin,speaker_end\n";
    private static final String LOCATIONS = "doc_id,begin,end,surface,name,geonames_id,country_code,feature_class,"
            + "latitude,longitude,usage\n";
    private static final String STANCES = "doc_id,stance_id,holder_id,holder_name,target,polarity,begin,end,evidence,"
            + "quote_id,cue\n";

    @TempDir
    Path tmp;

    private Path corpus(String name, String quotes, String locations, String stances) throws Exception {
        Path csv = Files.createDirectories(tmp.resolve(name).resolve("csv"));
        Files.writeString(csv.resolve("quotes.csv"), QUOTES + quotes, StandardCharsets.UTF_8);
        Files.writeString(csv.resolve("locations.csv"), LOCATIONS + locations, StandardCharsets.UTF_8);
        Files.writeString(csv.resolve("stances.csv"), STANCES + stances, StandardCharsets.UTF_8);
        return tmp.resolve(name);
    }

    @Test
    void spansLabelsSpeakersAndPlacesAreScoredOnMatchedPairs() throws Exception {
        Path gold = corpus("gold", """
                d1,q1,DIRECT,0,10,,a,,,,,,,
                d1,q2,INDIRECT,20,30,,b,,,,,,,
                d1,q3,INDIRECT,40,50,,,,,,,,35,38
                d2,q1,DIRECT,0,5,,a,,,,,,,
                """, """
                d1,5,9,,,1,,,10.0,10.0,LITERAL
                d1,80,85,,,2,,,0.0,0.0,LITERAL
                """, """
                d1,s1,,,,AGAINST,20,30,,,
                """);
        Path predicted = corpus("pred", """
                d1,q1,DIRECT,0,10,,a,,,,,,,
                d1,q2,MIXED,22,30,,c,,,,,,,
                d1,q3,DIRECT,60,70,,,,,,,,,
                d3,q1,DIRECT,0,5,,a,,,,,,,
                """, """
                d1,5,9,,,1,,,10.0,10.5,METONYMIC
                """, """
                d1,s1,,,,FAVOR,20,30,,,
                d1,s2,,,,NEUTRAL,0,5,,,
                """);

        Map<String, Object> f = CorpusComparison.compare(CorpusAnnotations.read(gold), CorpusAnnotations.read(predicted));

        assertEquals(2, f.get("documents"));
        assertEquals(List.of("d2"), f.get("missing_from_predicted"));
        assertEquals(List.of("d3"), f.get("not_in_gold"), "a predicted document the gold lacks is left out");
        // quotes: 4 gold (d2's counts as missed), 3 predicted; q1 exact, q2 overlaps, the third is wrong
        assertEquals(4, f.get("quotes.gold"));
        assertEquals(3, f.get("quotes.predicted"));
        assertEquals(0.3333, f.get("quotes.exact_precision"));
        assertEquals(0.25, f.get("quotes.exact_recall"));
        assertEquals(0.2857, f.get("quotes.exact_f1"));
        assertEquals(0.6667, f.get("quotes.overlap_precision"));
        assertEquals(0.5, f.get("quotes.overlap_recall"));
        assertEquals(0.5714, f.get("quotes.overlap_f1"));
        // types of the two pairs: DIRECT/DIRECT, INDIRECT/MIXED; p_e = 0.5 * 0.5 (DIRECT) = 0.25
        assertEquals(2, f.get("quotes.type_pairs"));
        assertEquals(0.5, f.get("quotes.type_accuracy"));
        assertEquals(0.3333, f.get("quotes.type_kappa"));
        assertEquals(2, f.get("quotes.speaker_pairs"));
        assertEquals(0.5, f.get("quotes.speaker_accuracy"), "speaker a right, b given to c");
        // places: one of two found, same GeoNames id, half a degree of longitude off at 10 degrees north
        assertEquals(1.0, f.get("locations.exact_precision"));
        assertEquals(0.5, f.get("locations.exact_recall"));
        assertEquals(1.0, f.get("locations.geonames_accuracy"));
        assertEquals(1, f.get("locations.resolved"));
        assertEquals(1.0, f.get("locations.acc_at_161"));
        assertEquals(54.8, (double) f.get("locations.mean_error_km"), 0.1);
        assertEquals(0.0, f.get("locations.usage_accuracy"));
        assertEquals(0.0, f.get("locations.usage_kappa"));
        // stances: the gold one found exactly, with the other polarity; one extra prediction
        assertEquals(0.5, f.get("stances.exact_precision"));
        assertEquals(1.0, f.get("stances.exact_recall"));
        assertEquals(1, f.get("stances.polarity_pairs"));
        assertEquals(0.0, f.get("stances.polarity_accuracy"));
    }

    @Test
    void aRowWithoutOffsetsIsReportedAndLeftOut() throws Exception {
        Path gold = corpus("gold", "d1,q1,DIRECT,0,10,,,,,,,,,\nd1,q2,DIRECT,x,10,,,,,,,,,\n", "", "");
        CorpusAnnotations read = CorpusAnnotations.read(gold);
        assertEquals(1, read.failures().size());
        assertEquals("quotes.csv record 2", read.failures().get(0).file());
        assertEquals(1, read.documents().get("d1").quotes().size());
    }
}
