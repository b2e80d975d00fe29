package org.quotestance.graph;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.uima.jcas.JCas;
import org.quotestance.stance.Polarity;
import org.quotestance.type.ArticleInfo;
import org.quotestance.type.Quote;
import org.quotestance.type.Stance;
import org.quotestance.write.CsvRows;

/**
 * Quotes per speaker and stances per target, per day and outlet, tallied while the documents stream past;
 * documents without a readable date (ISO {@code yyyy-MM-dd} at the start of the date field) are counted apart.
 * At the end, days are grouped into weeks when the corpus spans more than {@link #MAX_DAYS} days, and only
 * the {@link #TOP} speakers and targets with most quotes and stances are kept as series.
 */
final class Timeline {

    static final int MAX_DAYS = 92;
    static final int TOP = 12;
    private static final int POLARITIES = Polarity.values().length;

    /** Counts of one series (or of all): per day (null: undated), per outlet, per polarity (quotes use index 0). */
    private static final class Counts {
        final Map<LocalDate, Map<String, int[]>> byDay = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        int total;

        void add(LocalDate day, String outlet, int polarity) {
            byDay.computeIfAbsent(day, k -> new TreeMap<>()).computeIfAbsent(outlet, k -> new int[POLARITIES])[polarity]++;
            total++;
        }
    }

    private final Counts documents = new Counts();
    private final Counts quotes = new Counts();
    private final Counts stances = new Counts();
    private final Map<String, Counts> quotesBySpeaker = new TreeMap<>();
    private final Map<String, Counts> stancesByTarget = new TreeMap<>();
    private final Map<String, StanceNetwork.Target> targets = new TreeMap<>();

    void add(JCas jcas) {
        // selected by the type's index: select(X.class) looks the index up by reflection on every call
        ArticleInfo info = jcas.<ArticleInfo>select(ArticleInfo.type).singleOrNull();
        String outlet = info == null ? "" : CsvRows.nullToEmpty(info.getOutlet());
        LocalDate day = info == null ? null : day(info.getDate());
        documents.add(day, outlet, 0);
        for (Quote quote : jcas.<Quote>select(Quote.type)) {
            quotes.add(day, outlet, 0);
            if (quote.getSpeaker() != null && quote.getSpeaker().getEntity() != null) {
                quotesBySpeaker.computeIfAbsent(quote.getSpeaker().getEntity().getEntityId(), k -> new Counts())
                        .add(day, outlet, 0);
            }
        }
        for (Stance stance : jcas.<Stance>select(Stance.type)) {
            Polarity known = Polarity.parse(stance.getPolarity());
            if (known == null) {
                continue;
            }
            int polarity = known.ordinal();
            StanceTarget target = StanceTarget.of(stance);
            stances.add(day, outlet, polarity);
            stancesByTarget.computeIfAbsent(target.key(), k -> new Counts()).add(day, outlet, polarity);
            targets.computeIfAbsent(target.key(), k -> new StanceNetwork.Target()).add(target);
        }
    }

    /** The day a document's date field starts with, or null when it has none or it is not an ISO date. */
    static LocalDate day(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The browser's model: the time unit, every bucket from the first to the last, the outlets, and for the
     * documents, all quotes, all stances and each top series, sparse rows {@code [bucket, outlet, n]} (stances:
     * {@code [bucket, outlet, polarity, n]}) and the undated rows {@code [outlet, n]} ({@code [outlet, polarity, n]}).
     */
    Map<String, Object> model(Map<String, List<Object>> speakers) {
        List<LocalDate> days = new ArrayList<>(documents.byDay.keySet());
        days.remove(null);
        boolean weeks = !days.isEmpty() && ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1)) > MAX_DAYS;
        List<String> buckets = new ArrayList<>();
        if (!days.isEmpty()) {
            LocalDate last = bucket(days.get(days.size() - 1), weeks);
            for (LocalDate b = bucket(days.get(0), weeks); !b.isAfter(last); b = b.plusDays(weeks ? 7 : 1)) {
                buckets.add(b.toString());
            }
        }
        Set<String> outletNames = new TreeSet<>();
        documents.byDay.values().forEach(byOutlet -> outletNames.addAll(byOutlet.keySet()));
        List<String> outlets = new ArrayList<>(outletNames);
        Rows rows = new Rows(buckets, outlets, weeks);

        Map<String, Object> model = new TreeMap<>();
        model.put("unit", weeks ? "week" : "day");
        model.put("buckets", buckets);
        model.put("outlets", outlets);
        model.put("documents", rows.of(documents, false));
        model.put("quotes", section(rows.of(quotes, false), quotesBySpeaker, id -> {
            List<Object> row = speakers.get(id);
            return row == null ? id : (String) row.get(1);
        }, rows, false));
        model.put("stances", section(rows.of(stances, true), stancesByTarget, key -> targets.get(key).label(), rows, true));
        return model;
    }

    private static Map<String, Object> section(Map<String, Object> total, Map<String, Counts> series,
            Function<String, String> label, Rows rows, boolean polarities) {
        List<Object> top = new ArrayList<>();
        series.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Counts>>comparingInt(e -> -e.getValue().total)
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .forEach(e -> {
                    Map<String, Object> s = rows.of(e.getValue(), polarities);
                    s.put("id", e.getKey());
                    s.put("label", label.apply(e.getKey()));
                    s.put("n", e.getValue().total);
                    top.add(s);
                });
        Map<String, Object> section = new TreeMap<>();
        section.put("total", total);
        section.put("series", top);
        return section;
    }

    private static LocalDate bucket(LocalDate day, boolean weeks) {
        return weeks ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    /** Sparse rows of one series, by bucket and outlet index. */
    private static final class Rows {
        private final Map<String, Integer> buckets = new HashMap<>();
        private final Map<String, Integer> outlets = new HashMap<>();
        private final boolean weeks;

        Rows(List<String> buckets, List<String> outlets, boolean weeks) {
            buckets.forEach(b -> this.buckets.put(b, this.buckets.size()));
            outlets.forEach(o -> this.outlets.put(o, this.outlets.size()));
            this.weeks = weeks;
        }

        Map<String, Object> of(Counts counts, boolean polarities) {
            Map<String, Map<Integer, int[]>> grouped = new TreeMap<>();
            counts.byDay.forEach((day, byOutlet) -> {
                String key = day == null ? "" : bucket(day, weeks).toString();
                byOutlet.forEach((outlet, n) -> {
                    int[] sum = grouped.computeIfAbsent(key, k -> new TreeMap<>())
                            .computeIfAbsent(outlets.get(outlet), k -> new int[POLARITIES]);
                    for (int p = 0; p < POLARITIES; p++) {
                        sum[p] += n[p];
                    }
                });
            });
            List<Object> dated = new ArrayList<>();
            List<Object> undated = new ArrayList<>();
            grouped.forEach((key, byOutlet) -> byOutlet.forEach((outlet, n) -> {
                for (int p = 0; p < (polarities ? POLARITIES : 1); p++) {
                    if (n[p] == 0) {
                        continue;
                    }
                    List<Object> row = new ArrayList<>();
                    if (!key.isEmpty()) {
                        row.add(buckets.get(key));
                    }
                    row.add(outlet);
                    if (polarities) {
                        row.add(p);
                    }
                    row.add(n[p]);
                    (key.isEmpty() ? undated : dated).add(row);
                }
            }));
            Map<String, Object> m = new TreeMap<>();
            m.put("dated", dated);
            m.put("undated", undated);
            return m;
        }
    }
}
