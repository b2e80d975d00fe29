package org.quotestance.stance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Targets a user supplies in a CSV file with the header {@code target,aliases}: the normalised
 * name and its other spellings, {@code |}-separated. A mention of any of them is a target, and an
 * extracted target phrase that equals one of them takes the user's name.
 */
public final class UserTargets {
    private final Map<String, String> nameBySurface;
    private final List<Pattern> surfaces;

    private UserTargets(Map<String, String> nameBySurface) {
        this.nameBySurface = nameBySurface;
        this.surfaces = nameBySurface.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(surface -> Pattern.compile("(?<!\\w)" + Pattern.quote(surface) + "(?!\\w)",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    public static UserTargets none() {
        return new UserTargets(Map.of());
    }

    public static UserTargets read(Path csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        Map<String, String> nameBySurface = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String name = row.get("target");
                nameBySurface.put(key(name), name);
                if (row.isMapped("aliases") && row.isSet("aliases")) {
                    for (String alias : row.get("aliases").split("\\|")) {
                        if (!alias.isBlank()) {
                            nameBySurface.put(key(alias), name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read targets file " + csv, e);
        }
        return new UserTargets(nameBySurface);
    }

    /** The user's name for a target phrase, if the phrase is one of the user's targets. */
    public Optional<String> nameOf(String phrase) {
        return Optional.ofNullable(nameBySurface.get(key(phrase)));
    }

    /** Mentions of the user's targets in text[from, to), longest spelling first, not overlapping. */
    public List<TargetMention> find(String text, int from, int to) {
        List<TargetMention> mentions = new ArrayList<>();
        for (Pattern surface : surfaces) {
            Matcher matcher = surface.matcher(text).region(from, to);
            while (matcher.find()) {
                int begin = matcher.start();
                int end = matcher.end();
                if (mentions.stream().noneMatch(m -> m.begin() < end && begin < m.end())) {
                    mentions.add(new TargetMention(begin, end, nameBySurface.get(key(matcher.group()))));
                }
            }
        }
        return mentions;
    }

    /** A mention of a user target: its span and the user's name for it. */
    public record TargetMention(int begin, int end, String name) {
    }

    private static String key(String surface) {
        return surface.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
