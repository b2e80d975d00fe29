package org.quotestance.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a pipeline list: one {@link EngineSpec} a line; blank lines and lines starting with '#' are skipped. */
public final class PipelineList {

    /** The class-path resource of the default pipeline. */
    public static final String DEFAULT = "/org/quotestance/pipeline/default-pipeline.txt";

    private PipelineList() {
    }

    public static List<EngineSpec> read(String resource) {
        InputStream in = PipelineList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("pipeline list not on the class path: " + resource);
        }
        List<EngineSpec> engines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    engines.add(EngineSpec.parse(trimmed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engines;
    }
}
