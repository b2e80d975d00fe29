package org.quotestance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quotestance.io.InputFailure;
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
    public List<String> outputs = new ArrayList<>();
    public Map<String, Integer> counts = new TreeMap<>();
    public List<InputFailure> failures = new ArrayList<>();

    void count(String layer, int n) {
        counts.merge(layer, n, Integer::sum);
    }

    void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        AtomicFile.write(file, (mapper.writeValueAsString(this) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
