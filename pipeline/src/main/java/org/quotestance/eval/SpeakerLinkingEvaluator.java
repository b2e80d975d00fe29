package org.quotestance.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.quotestance.lexicon.SpeakerLexicon;
import org.quotestance.speaker.NameKey;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Measures corpus-level speaker linking on an annotated corpus folder ({@code csv/speakers.csv} and
 * {@code jsonl/corpus.jsonl}): the share of PERSON quotes left on a surname-only id ({@code trump_}) while the
 * corpus names exactly one person with that surname key, and a sample of linking decisions to judge by hand —
 * surname-only mentions joined to a full name the article never gives (merged), and mentions of a surname-only
 * person left unresolved between several candidates (its name, or a pronoun or title linked to it). The sample keeps the verdicts already written in it (by document,
 * mention offset and decision), and the precision of each part is computed from them.
 */
public final class SpeakerLinkingEvaluator {

    public static final List<String> SAMPLE_COLUMNS = List.of("case", "doc_id", "mention_begin", "mention",
            "decision", "n_full_names", "sentence", "verdict");
    static final int SAMPLE_SIZE = 120;

    private SpeakerLinkingEvaluator() {
    }

    /** A surname-only mention with what linking decided: a full name, or a list of candidates. */
    record Case(String kind, String docId, int begin, String mention, String decision, int fullNames,
            String sentence) {

        String key() {
            return kind + "|" + docId + "|" + begin + "|" + decision;
        }
    }

    /**
     * Figures for {@code corpus}; the sample takes its cases from {@code corpus} and then from
     * {@code moreSampleCorpora} (their quotes are not counted), up to {@value #SAMPLE_SIZE} of each kind.
     */
    public static Map<String, Object> evaluate(Path corpus, List<Path> moreSampleCorpora, Path sampleFile)
            throws IOException {
        int[] counts = new int[3]; // person quotes, surname-only quotes, of those with one full name in the corpus
        Map<String, String> verdicts = readVerdicts(sampleFile);
        Set<String> judged = verdicts.keySet();
        List<Case> merged = new ArrayList<>();
        List<Case> unresolved = new ArrayList<>();
        read(corpus, counts, merged, unresolved);
        int mergedHere = merged.size();
        int unresolvedHere = unresolved.size();
        for (Path more : moreSampleCorpora) {
            List<Case> moreMerged = new ArrayList<>();
            List<Case> moreUnresolved = new ArrayList<>();
            read(more, new int[3], moreMerged, moreUnresolved);
            if (merged.size() < SAMPLE_SIZE) {
                merged.addAll(pick(moreMerged, SAMPLE_SIZE - merged.size(), judged));
            }
            if (unresolved.size() < SAMPLE_SIZE) {
                unresolved.addAll(pick(moreUnresolved, SAMPLE_SIZE - unresolved.size(), judged));
            }
        }
        List<Case> sample = new ArrayList<>(pick(merged.stream().filter(c -> c.fullNames() > 1).toList(),
                SAMPLE_SIZE / 2, judged));
        sample.addAll(pick(merged.stream().filter(c -> c.fullNames() <= 1).toList(), SAMPLE_SIZE - sample.size(),
                judged));
        sample.addAll(pick(unresolved, SAMPLE_SIZE, judged));
        writeSample(sampleFile, sample, verdicts);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("person_quotes", counts[0]);
        figures.put("surname_only_quotes", counts[1]);
        figures.put("surname_only_quotes_one_full_name", counts[2]);
        figures.put("surname_only_one_full_name_share", round(counts[2], counts[0]));
        figures.put("merged_mentions", mergedHere);
        figures.put("unresolved_mentions", unresolvedHere);
        figures.put("sample_merged", sample.stream().filter(c -> c.kind().equals("merged")).count());
        figures.put("sample_unresolved", sample.stream().filter(c -> c.kind().equals("unresolved")).count());
        putPrecision(figures, "merged", sample, verdicts, "merged");
        putPrecision(figures, "unresolved", sample, verdicts, "unresolved");
        return figures;
    }

    private static void read(Path corpus, int[] counts, List<Case> merged, List<Case> unresolved) throws IOException {
        Map<String, Map<String, String>> speakers = speakers(corpus.resolve("csv/speakers.csv"));
        Map<String, Integer> fullNamesByKey = new HashMap<>();
        speakers.forEach((id, row) -> {
            if (row.get("kind").equals("PERSON") && !id.endsWith("_")) {
                fullNamesByKey.merge(surnameKey(id), 1, Integer::sum);
            }
        });
        GoldDocuments.forEach(corpus.resolve("jsonl/corpus.jsonl"), doc -> {
            countQuotes(doc, speakers, fullNamesByKey, counts);
            collectCases(doc, speakers, fullNamesByKey, merged, unresolved);
        });
    }

    private static void countQuotes(JsonNode doc, Map<String, Map<String, String>> speakers,
            Map<String, Integer> fullNamesByKey, int[] counts) {
        for (JsonNode q : doc.get("quotes")) {
            String id = q.path("speaker_id").asText("");
            Map<String, String> speaker = speakers.get(id);
            if (id.isEmpty() || speaker == null || !speaker.get("kind").equals("PERSON")) {
                continue;
            }
            counts[0]++;
            if (id.endsWith("_")) {
                counts[1]++;
                if (fullNamesByKey.getOrDefault(surnameKey(id), 0) == 1) {
                    counts[2]++;
                }
            }
        }
    }

    private static void collectCases(JsonNode doc, Map<String, Map<String, String>> speakers,
            Map<String, Integer> fullNamesByKey, List<Case> merged, List<Case> unresolved) {
        String docId = doc.get("id").asText();
        String text = doc.get("text").asText();
        Map<String, Boolean> fullNameInDocument = new HashMap<>();
        for (JsonNode m : doc.get("speakers")) {
            String id = m.path("speaker_id").asText("");
            if (!id.isEmpty() && "NAME".equals(m.path("type").asText())) {
                fullNameInDocument.merge(id, nameWords(m.get("text").asText()).size() > 1, Boolean::logicalOr);
            }
        }
        for (JsonNode m : doc.get("speakers")) {
            String id = m.path("speaker_id").asText("");
            Map<String, String> speaker = speakers.get(id);
            if (id.isEmpty() || speaker == null || !speaker.get("kind").equals("PERSON")) {
                continue;
            }
            boolean surnameOnly = "NAME".equals(m.path("type").asText()) && nameWords(m.get("text").asText()).size() == 1;
            int begin = m.get("start").asInt();
            int fullNames = fullNamesByKey.getOrDefault(surnameKey(id), 0);
            String sentence = sentence(text, begin, m.get("end").asInt());
            String name = m.path("speaker_name").asText("");
            if (surnameOnly && !id.endsWith("_") && !fullNameInDocument.getOrDefault(id, false) && name.contains(" ")) {
                merged.add(new Case("merged", docId, begin, m.get("text").asText(), id + " " + name, fullNames,
                        sentence));
            } else if (id.endsWith("_") && !speaker.get("ambiguous_with").isEmpty()) {
                unresolved.add(new Case("unresolved", docId, begin, m.get("text").asText(),
                        speaker.get("ambiguous_with"), fullNames, sentence));
            }
        }
    }

    /** The mention's name words without honorifics and titles ("President Trump" → [Trump]). */
    private static List<String> nameWords(String mention) {
        List<String> words = new ArrayList<>();
        for (String w : NameKey.nameWords(mention)) {
            if (!SpeakerLexicon.get().isTitleWord(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        return words;
    }

    private static String surnameKey(String id) {
        return id.substring(0, id.lastIndexOf('_'));
    }

    /** The sentence around a mention: from the last sentence end or line break before it to the next after it. */
    private static String sentence(String text, int begin, int end) {
        int from = begin;
        while (from > 0 && from > begin - 300 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to < end + 300 && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }

    /**
     * Up to {@code n} cases: the judged cases of the sample before that are still cases keep their place (a change
     * of the pipeline then asks for verdicts only on the cases it changed), and the rest are spread evenly over
     * the cases not judged; in corpus order.
     */
    private static List<Case> pick(List<Case> cases, int n, Set<String> judged) {
        List<Case> kept = cases.stream().filter(c -> judged.contains(c.key())).limit(n).toList();
        List<Case> fresh = cases.stream().filter(c -> !judged.contains(c.key())).toList();
        Set<Case> picked = new HashSet<>(kept);
        picked.addAll(pick(fresh, n - kept.size()));
        return cases.stream().filter(picked::contains).toList();
    }

    /** Up to {@code n} cases spread evenly over the list (the list is in corpus order, so the pick is stable). */
    private static List<Case> pick(List<Case> cases, int n) {
        if (cases.size() <= n) {
            return cases;
        }
        List<Case> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(cases.get((int) ((long) i * cases.size() / n)));
        }
        return picked;
    }

    private static Map<String, Map<String, String>> speakers(Path csv) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get("speaker_id"), r.toMap());
            }
        }
        return rows;
    }

    private static Map<String, String> readVerdicts(Path sampleFile) throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        if (!Files.exists(sampleFile)) {
            return verdicts;
        }
        try (Reader in = Files.newBufferedReader(sampleFile, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.get("verdict").isBlank()) {
                    Case c = new Case(r.get("case"), r.get("doc_id"), Integer.parseInt(r.get("mention_begin")), "",
                            r.get("decision"), 0, "");
                    verdicts.put(c.key(), r.get("verdict").strip());
                }
            }
        }
        return verdicts;
    }

    private static void writeSample(Path sampleFile, List<Case> sample, Map<String, String> verdicts)
            throws IOException {
        if (sampleFile.getParent() != null) {
            Files.createDirectories(sampleFile.getParent());
        }
        try (Writer out = Files.newBufferedWriter(sampleFile, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(SAMPLE_COLUMNS);
            for (Case c : sample) {
                printer.printRecord(c.kind(), c.docId(), c.begin(), c.mention(), c.decision(), c.fullNames(),
                        c.sentence().replace('\n', ' '), verdicts.getOrDefault(c.key(), ""));
            }
        }
    }

    /**
     * Judged cases and the share judged right. A merge is right when the article's person is the full name
     * chosen; an unresolved case is right when the article alone does not say which candidate it is and the
     * person is among the candidates.
     */
    private static void putPrecision(Map<String, Object> figures, String name, List<Case> sample,
            Map<String, String> verdicts, String kind) {
        int judged = 0;
        int right = 0;
        Set<String> seen = new TreeSet<>();
        for (Case c : sample) {
            String v = verdicts.get(c.key());
            if (c.kind().equals(kind) && v != null && seen.add(c.key())) {
                judged++;
                right += v.equalsIgnoreCase("right") ? 1 : 0;
            }
        }
        figures.put(name + "_sample_judged", judged);
        figures.put(name + "_sample_right", right);
        figures.put(name + "_precision", judged == 0 ? null : round(right, judged));
    }

    private static double round(int a, int b) {
        return b == 0 ? 0 : Math.round(10000.0 * a / b) / 10000.0;
    }
}
