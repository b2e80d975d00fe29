package org.quotestance.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The measured figures in a folder of the {@code eval} command's JSON files ({@code eval-results/}), in
 * file-name order.
 */
final class EvalFigures {

    /** The figures of one file, as the file writes them. */
    record FigureFile(String name, Map<String, String> figures) {
    }

    private EvalFigures() {
    }

    /** The files' figures; an empty list when the folder does not exist. */
    static List<FigureFile> read(Path folder) throws IOException {
        List<FigureFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        List<Path> jsonFiles;
        try (Stream<Path> list = Files.list(folder)) {
            jsonFiles = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : jsonFiles) {
            JsonNode root = mapper.readTree(file.toFile());
            Map<String, String> figures = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isValueNode()) {
                    figures.put(field.getKey(), field.getValue().asText());
                }
            }
            files.add(new FigureFile(file.getFileName().toString(), figures));
        }
        return files;
    }
}
