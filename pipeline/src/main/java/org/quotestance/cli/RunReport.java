package org.quotestance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.InputFailure;
import org.quotestance.type.Location;
import org.quotestance.type.Quote;
import org.quotestance.type.SpeakerMention;
import org.quotestance.type.Stance;
import org.quotestance.write.AtomicFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a run read, wrote and could not use: {@code run-report.json}. It holds no times or absolute
 * paths, so the same input gives the same report.
 */
public final class RunReport {

    public String tool = "quotestance";
    public String version = Version.get();
    public String input;
    public int filesFound;
    public int documentsAnnotated;
    /** Files of the input folder not read as articles (other extensions, hidden files, links out of the folder). */
    public int filesSkipped;
    public List<String> outputs = new ArrayList<>();
    public Map<String, Integer> counts = new TreeMap<>();
    public List<InputFailure> failures = new ArrayList<>();
    public List<InputFailure> skipped = new ArrayList<>();

    /** What one annotated document adds to {@link #counts}: annotations per layer, quotes per type. */
    public static Map<String, Integer> layerCounts(JCas jcas) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("quotes", JCasUtil.select(jcas, Quote.class).size());
        for (Quote q : jcas.select(Quote.class)) {
            String type = q.getQuoteType() == null ? "untyped" : q.getQuoteType().toLowerCase(java.util.Locale.ROOT);
            counts.merge("quotes_" + type, 1, Integer::sum);
        }
        counts.put("speaker_mentions", JCasUtil.select(jcas, SpeakerMention.class).size());
        counts.put("locations", JCasUtil.select(jcas, Location.class).size());
        counts.put("stances", JCasUtil.select(jcas, Stance.class).size());
        return counts;
    }

    public void count(String layer, int n) {
        counts.merge(layer, n, Integer::sum);
    }

    public void write(Path file) throws IOException {
        AtomicFile.write(file, toJson());
    }

    /** The report as {@code run-report.json} holds it (UTF-8, keys in order, a final newline). */
    public byte[] toJson() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        return (mapper.writeValueAsString(this) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
