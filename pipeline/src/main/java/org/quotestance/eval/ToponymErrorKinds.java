package org.quotestance.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.NameKeys;
import org.quotestance.location.CandidateVerdicts;
import org.quotestance.type.Location;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Counts the recognition errors of annotated gold documents by kind, to see which phenomena cost
 * toponym F1: gold toponyms missed (no gazetteer name, an adjective, lower case, a name the
 * gazetteer has but the annotator dropped), spans that only overlap (longer, shorter, shifted),
 * and false positives (on a span the gold says is no place, before a capitalised word or a
 * speech verb, the rest). Scored as {@link GeoEvaluator} scores: gold demonyms are neither hits
 * nor misses, a demonym prediction is never a false positive.
 */
public final class ToponymErrorKinds {

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "announced", "reported",
            "told", "added", "has", "had", "is", "was", "will", "would", "plans", "agreed", "spokesman",
            "spokeswoman", "officials", "chief", "ceo");
    private static final int EXAMPLES = 12;

    private final Gazetteer gazetteer = Gazetteer.shared();
    private final CandidateVerdicts verdicts = new CandidateVerdicts();
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final Map<String, Map<String, List<String>>> examples = new TreeMap<>();

    /** Adds the errors of one annotated document ({@code jcas} holds its Locations) under {@code set}. */
    public void add(String set, JsonNode doc, JCas jcas) {
        String text = jcas.getDocumentText();
        List<Location> predictions = new ArrayList<>(JCasUtil.select(jcas, Location.class));
        List<CandidateVerdicts.Verdict> candidates = verdicts.of(jcas);
        List<int[]> gold = new ArrayList<>();
        List<int[]> demonyms = new ArrayList<>();
        for (JsonNode t : doc.path("toponyms")) {
            int[] span = { GoldDocuments.utf16(text, t.path("start").asInt()), GoldDocuments.utf16(text, t.path("end").asInt()) };
            (t.path("type").asText().equals("demonym") ? demonyms : gold).add(span);
        }
        for (int[] g : gold) {
            Location match = predictions.stream().filter(p -> overlaps(p, g)).findFirst().orElse(null);
            String surface = text.substring(g[0], g[1]);
            if (match == null) {
                count(set, "missed." + missedKind(surface, verdict(candidates, g[0], g[1])), context(text, g[0], g[1]));
            } else if (match.getBegin() != g[0] || match.getEnd() != g[1]) {
                count(set, "partial." + partialKind(match, g), surface + " ~ " + match.getCoveredText());
            }
        }
        for (Location p : predictions) {
            if (gold.stream().anyMatch(g -> overlaps(p, g))) {
                continue;
            }
            if ("DEMONYM".equals(p.getUsage()) || demonyms.stream().anyMatch(g -> overlaps(p, g))) {
                continue;
            }
            String verdict = verdict(candidates, p.getBegin(), p.getEnd());
            String source = "kept".equals(verdict) ? "rules." : "model." + verdict + ".";
            count(set, "false-positive." + source + falsePositiveKind(doc, text, p), context(text, p.getBegin(), p.getEnd()));
        }
    }

    /** Per set, per kind, the count; and up to a dozen examples of each kind. */
    public Map<String, Object> report() {
        Map<String, Object> report = new TreeMap<>();
        counts.forEach((set, kinds) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("counts", kinds);
            entry.put("examples", examples.get(set));
            report.put(set, entry);
        });
        return report;
    }

    /** The verdict of the first candidate overlapping the span, or null when none does. */
    private static String verdict(List<CandidateVerdicts.Verdict> candidates, int begin, int end) {
        return candidates.stream().filter(c -> c.begin() < end && begin < c.end())
                .map(CandidateVerdicts.Verdict::verdict).findFirst().orElse(null);
    }

    private String missedKind(String surface, String verdict) {
        if (verdict != null) {
            return "candidate." + verdict;
        }
        if (!surface.isEmpty() && Character.isLowerCase(surface.codePointAt(0))) {
            return "lower-case";
        }
        String key = NameKeys.normalise(surface);
        if (gazetteer.demonymCountry(key).isPresent()) {
            return "adjective";
        }
        boolean multiword = key.contains(" ");
        if (!gazetteer.contains(key)) {
            return multiword ? "not-in-gazetteer.multiword" : "not-in-gazetteer.one-word";
        }
        return multiword ? "no-candidate.multiword" : "no-candidate.one-word";
    }

    private static String partialKind(Location p, int[] g) {
        if (p.getBegin() <= g[0] && p.getEnd() >= g[1]) {
            return "longer";
        }
        if (p.getBegin() >= g[0] && p.getEnd() <= g[1]) {
            return "shorter";
        }
        return "shifted";
    }

    private static String falsePositiveKind(JsonNode doc, String text, Location p) {
        for (JsonNode n : doc.path("not_toponyms")) {
            int begin = GoldDocuments.utf16(text, n.path("start").asInt());
            int end = GoldDocuments.utf16(text, n.path("end").asInt());
            if (p.getBegin() < end && begin < p.getEnd()) {
                return "gold-not-toponym." + n.path("gwn_type").asText("other");
            }
        }
        String next = nextWord(text, p.getEnd());
        if (!next.isEmpty() && Character.isUpperCase(next.codePointAt(0))) {
            return "before-capitalised";
        }
        if (SPEECH_VERBS.contains(next.toLowerCase(java.util.Locale.ROOT))) {
            return "before-verb-or-role";
        }
        String previous = previousWord(text, p.getBegin());
        if (!previous.isEmpty() && Character.isUpperCase(previous.codePointAt(0))) {
            return "after-capitalised";
        }
        return "other." + p.getFeatureClass().charAt(0);
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static String previousWord(String text, int to) {
        int j = to;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        int i = j;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, j);
    }

    private static String context(String text, int begin, int end) {
        return (text.substring(Math.max(0, begin - 30), begin) + "[" + text.substring(begin, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 30))).replace('\n', ' ');
    }

    private static boolean overlaps(Location p, int[] g) {
        return p.getBegin() < g[1] && g[0] < p.getEnd();
    }

    private void count(String set, String kind, String example) {
        counts.computeIfAbsent(set, s -> new TreeMap<>()).merge(kind, 1, Integer::sum);
        List<String> list = examples.computeIfAbsent(set, s -> new TreeMap<>()).computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
            list.add(example);
        }
    }
}
