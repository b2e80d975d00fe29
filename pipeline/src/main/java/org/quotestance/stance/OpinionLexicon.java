package org.quotestance.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Word valences from the VADER lexicon (C.J. Hutto, vaderSentiment; Apache-2.0, npm package
 * vader-sentiment). The build fetches the package and puts vader_lexicon.txt on the class path;
 * valences run from -4 (most negative) to +4.
 */
public final class OpinionLexicon {
    static final String VADER_RESOURCE = "/org/quotestance/stance/vader/vader_lexicon.txt";

    private final Map<String, Double> valences;

    private OpinionLexicon(Map<String, Double> valences) {
        this.valences = valences;
    }

    public static OpinionLexicon loadVader() {
        InputStream in = OpinionLexicon.class.getResourceAsStream(VADER_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("VADER lexicon not on the class path (" + VADER_RESOURCE
                    + "); build the pipeline module with Maven, which fetches it from npm");
        }
        CSVFormat tabSeparated = CSVFormat.TDF.builder().setQuote(null).setTrim(false).get();
        Map<String, Double> valences = new HashMap<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : tabSeparated.parse(reader)) {
                valences.put(row.get(0), Double.parseDouble(row.get(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OpinionLexicon(valences);
    }

    /** The valence of a lower-cased word, 0 if the lexicon does not list it. */
    public double valence(String lowerCaseWord) {
        return valences.getOrDefault(lowerCaseWord, 0.0);
    }
}
