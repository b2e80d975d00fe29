package org.quotestance.eval;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Figures as the {@code eval-results/*.json} files hold them: indented JSON, one figure a line, in order. */
public final class FigureJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FigureJson() {
    }

    public static String format(Map<String, Object> figures) throws JsonProcessingException {
        return JSON.writeValueAsString(figures) + "\n";
    }
}
