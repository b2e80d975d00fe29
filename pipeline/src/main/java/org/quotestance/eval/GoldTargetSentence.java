package org.quotestance.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of the NewsMTSC-derived stance gold: a sentence and its targets with gold polarity.
 * Offsets in the file are Unicode code points; {@link GoldTarget#begin(String)} and
 * {@link GoldTarget#end(String)} convert them to Java's UTF-16 indices.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldTargetSentence(String id, String text, List<GoldTarget> targets) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldTarget(int start, int end, String target, String polarity) {
        public int begin(String text) {
            return text.offsetByCodePoints(0, start);
        }

        public int end(String text) {
            return text.offsetByCodePoints(0, end);
        }
    }

    public static List<GoldTargetSentence> read(Path jsonl) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            return reader.lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> parse(json, line))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldTargetSentence parse(ObjectMapper json, String line) {
        try {
            return json.readValue(line, GoldTargetSentence.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad gold line: " + line, e);
        }
    }
}
