package org.quotestance.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Turns the raw runs of {@code bench/run.sh} into the results: {@code runs.csv} (one row per run with
 * its figures), {@code ratios.csv}, the chart {@code bench.png} and the README section between
 * {@code <!-- bench:start -->} and {@code <!-- bench:end -->}. Every figure comes from the files the
 * runs left behind: {@code /usr/bin/time -v} output, the JVM's GC log, the output folder.
 *
 * <pre>Report MANIFEST_CSV RESULTS_DIR [README.md]</pre>
 * The manifest has one line per run: tool,config,threads,docs,input_dir,output_dir,log_dir,exit_code.
 * Without README.md (the smoke run) no chart or README section is written, and the exit code is 1
 * when a run failed or wrote fewer documents than it read, or a printed figure is outside its sane
 * range ({@link #figuresInSaneRange}).
 */
public final class Report {

    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";
    static final double MB = 1_000_000.0;
    static final double MIB = 1024.0 * 1024.0;

    private Report() {
    }

    /** One measured run. */
    record Run(String tool, String config, int threads, int docs, Path input, Path output, Path logs, int exitCode,
            double inputMb, double wallS, double cpuS, double peakRssMb, double heapPeakMb, double heapAfterGcMaxMb,
            double heapCommittedMb, double outputMb, int xmiFiles, double load) {

        String key() {
            return tool + "/" + config + "/" + threads;
        }

        String label() {
            return switch (tool) {
                case "ours" -> "quotestance annotate, " + threads + (threads == 1 ? " thread" : " threads");
                case "floor" -> "DKPro floor (TextReader + BreakIterator + XmiWriter)";
                default -> "CoreNLP " + config;
            };
        }
    }

    /** A run with the start-up of its tool (the 0-document run) taken off. */
    record Measured(Run run, double startupS) {

        /** Wall time minus start-up; NaN when the run was too short to tell them apart. */
        double processingS() {
            double p = run.wallS() - startupS;
            return p > 0.05 * run.wallS() ? p : Double.NaN;
        }

        double docsPerS() {
            return run.docs() / processingS();
        }

        double docsPerSEndToEnd() {
            return run.docs() / run.wallS();
        }

        double mbPerS() {
            return run.inputMb() / processingS();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Report MANIFEST_CSV RESULTS_DIR [README.md]");
            System.exit(2);
        }
        List<Run> runs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                runs.add(read(line.split(",", -1)));
            }
        }
        Path results = Path.of(args[1]);
        Files.createDirectories(results);
        Map<String, Double> startup = new LinkedHashMap<>();
        for (Run r : runs) {
            if (r.docs() == 0) {
                startup.put(r.key(), r.wallS());
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (Run r : runs) {
            measured.add(new Measured(r, r.docs() == 0 ? 0 : startup.getOrDefault(r.key(), 0.0)));
        }
        writeRuns(measured, startup, results.resolve("runs.csv"));
        List<String[]> ratios = ratios(measured);
        try (PrintWriter out = writer(results.resolve("ratios.csv"))) {
            out.println("ratio,docs,value,target,met");
            for (String[] r : ratios) {
                out.println(String.join(",", r));
            }
        }
        boolean ok = true;
        for (Measured m : measured) {
            Run r = m.run();
            boolean bad = r.exitCode() != 0 || !r.tool().equals("corenlp") && r.docs() > 0 && r.xmiFiles() != r.docs();
            if (bad) {
                ok = false;
                System.err.printf("bench: run %s on %d documents failed (exit %d, %d XMI files); see %s%n", r.key(),
                        r.docs(), r.exitCode(), r.xmiFiles(), r.logs());
            }
        }
        for (String[] r : ratios) {
            System.out.printf(Locale.ROOT, "%-48s %6s docs  %8s   target %-8s %s%n", r[0], r[1], r[2], r[3], r[4]);
        }
        if (args.length == 2) {
            ok &= figuresInSaneRange(ratios);
        }
        if (args.length > 2) {
            Path engines = results.resolve("engines.csv");
            Path chart = results.resolve("bench.png");
            chart(measured, Files.exists(engines) ? Files.readAllLines(engines) : List.of(), chart);
            readme(Path.of(args[2]), measured, startup, ratios, engines);
        }
        System.exit(ok ? 0 : 1);
    }

    static Run read(String[] f) throws IOException {
        Path input = Path.of(f[4]);
        Path output = Path.of(f[5]);
        Path logs = Path.of(f[6]);
        String time = Files.exists(logs.resolve("time.txt")) ? Files.readString(logs.resolve("time.txt")) : "";
        double wall = elapsed(time);
        double cpu = number(time, "User time \\(seconds\\): ([\\d.]+)")
                + number(time, "System time \\(seconds\\): ([\\d.]+)");
        double rss = number(time, "Maximum resident set size \\(kbytes\\): (\\d+)") / 1024.0;
        double[] heap = heap(logs.resolve("gc.log"));
        return new Run(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), input, output, logs,
                Integer.parseInt(f[7]), size(input, ".txt") / MB, wall, cpu, rss, heap[0], heap[1], heap[2],
                size(output, "") / MB, count(output.resolve("xmi"), ".xmi"), load(logs.resolve("loadavg.txt")));
    }

    /** The 1-minute load average when the run started (other work on the machine skews the figures). */
    static double load(Path file) throws IOException {
        return Files.exists(file) ? Double.parseDouble(Files.readString(file).trim()) : Double.NaN;
    }

    /** "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" in seconds. */
    static double elapsed(String time) {
        Matcher m = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): ([\\d:.]+)").matcher(time);
        if (!m.find()) {
            return Double.NaN;
        }
        double s = 0;
        for (String part : m.group(1).split(":")) {
            s = s * 60 + Double.parseDouble(part);
        }
        return s;
    }

    static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /**
     * From a {@code -Xlog:gc,gc+heap+exit} log: the most heap in use ever seen (before a collection, or
     * at exit), the most in use after a collection, and the most committed, in MiB.
     */
    static double[] heap(Path gcLog) throws IOException {
        double peak = 0;
        double after = 0;
        double committed = 0;
        if (!Files.exists(gcLog)) {
            return new double[] { Double.NaN, Double.NaN, Double.NaN };
        }
        Pattern pause = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
        Pattern exit = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = pause.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, mib(m.group(1), m.group(2)));
                after = Math.max(after, mib(m.group(3), m.group(4)));
                committed = Math.max(committed, mib(m.group(5), m.group(6)));
            }
            Matcher e = exit.matcher(line);
            if (e.find()) {
                committed = Math.max(committed, Double.parseDouble(e.group(1)) / 1024);
                peak = Math.max(peak, Double.parseDouble(e.group(2)) / 1024);
            }
        }
        return new double[] { peak, after, committed };
    }

    static double mib(String n, String unit) {
        double v = Double.parseDouble(n);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    static long size(Path folder, String suffix) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static int count(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    static String f(double v, int digits) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static void writeRuns(List<Measured> measured, Map<String, Double> startup, Path file) throws IOException {
        try (PrintWriter out = writer(file)) {
            out.println("tool,config,threads,docs,input_mb,wall_s,cpu_s,startup_s,processing_s,docs_per_s,"
                    + "docs_per_s_end_to_end,mb_text_per_s,peak_rss_mb,heap_peak_used_mib,heap_max_after_gc_mib,"
                    + "heap_max_committed_mib,output_mb,xmi_files,exit_code,load_avg_1min");
            for (Measured m : measured) {
                Run r = m.run();
                boolean zero = r.docs() == 0;
                out.println(String.join(",", r.tool(), r.config(), "" + r.threads(), "" + r.docs(), f(r.inputMb(), 3),
                        f(r.wallS(), 2), f(r.cpuS(), 2), f(startup.getOrDefault(r.key(), Double.NaN), 2),
                        zero ? "" : f(m.processingS(), 2), zero ? "" : f(m.docsPerS(), 2),
                        zero ? "" : f(m.docsPerSEndToEnd(), 2), zero ? "" : f(m.mbPerS(), 3), f(r.peakRssMb(), 0),
                        f(r.heapPeakMb(), 0), f(r.heapAfterGcMaxMb(), 0), f(r.heapCommittedMb(), 0),
                        f(r.outputMb(), 2), "" + r.xmiFiles(), "" + r.exitCode(),
                        f(r.load(), 2)));
            }
        }
    }

    static Optional<Measured> find(List<Measured> ms, String tool, String config, int threads, int docs) {
        return ms.stream().filter(m -> m.run().tool().equals(tool) && m.run().config().equals(config)
                && m.run().threads() == threads && m.run().docs() == docs).findFirst();
    }

    /** ratio name, docs, value, target, met. The first rows are the headline: the README's command against the floor. */
    static List<String[]> ratios(List<Measured> ms) {
        List<String[]> out = new ArrayList<>();
        int userThreads = ms.stream().filter(m -> m.run().tool().equals("ours")).mapToInt(m -> m.run().threads())
                .max().orElse(1);
        List<Measured> ours = ms.stream().filter(m -> m.run().tool().equals("ours")
                && m.run().threads() == userThreads && m.run().docs() > 0).toList();
        for (Measured o : ours) {
            int n = o.run().docs();
            find(ms, "floor", "segment-xmi", 1, n).ifPresent(fl -> out.add(ratio("floor_wall_over_ours_wall", n,
                    fl.run().wallS() / o.run().wallS(), 0.5)));
        }
        for (Measured o : ours) {
            int n = o.run().docs();
            find(ms, "floor", "segment-xmi", 1, n).ifPresent(fl -> out.add(ratio("floor_cpu_over_ours_cpu", n,
                    fl.run().cpuS() / o.run().cpuS(), 0)));
            find(ms, "floor", "segment-xmi", 1, n).ifPresent(fl -> out.add(ratio(
                    "ours_vs_floor_docs_per_s_after_start_up", n, o.docsPerS() / fl.docsPerS(), 0)));
        }
        List<Measured> ours1 = ms.stream().filter(m -> m.run().tool().equals("ours") && m.run().threads() == 1
                && m.run().docs() > 0).toList();
        if (userThreads > 1) {
            for (Measured o : ours1) {
                int n = o.run().docs();
                find(ms, "ours", "annotate", userThreads, n).ifPresent(t -> out.add(ratio(
                        "ours_" + userThreads + "_threads_speed_up_end_to_end", n, o.run().wallS() / t.run().wallS(), 0)));
            }
        }
        for (Measured o : ours1) {
            int n = o.run().docs();
            find(ms, "corenlp", "quote", 1, n).ifPresent(c -> out.add(ratio("ours_vs_corenlp_quote_docs_per_s", n,
                    o.docsPerS() / c.docsPerS(), 10)));
            find(ms, "corenlp", "quote", 1, n).ifPresent(c -> out.add(ratio(
                    "ours_vs_corenlp_quote_end_to_end", n, o.docsPerSEndToEnd() / c.docsPerSEndToEnd(), 0)));
            find(ms, "corenlp", "ner", 1, n).ifPresent(c -> out.add(ratio("ours_vs_corenlp_ner_docs_per_s", n,
                    o.docsPerS() / c.docsPerS(), 0)));
            find(ms, "corenlp", "ner", 1, n).ifPresent(c -> out.add(ratio(
                    "ours_vs_corenlp_ner_end_to_end", n, o.docsPerSEndToEnd() / c.docsPerSEndToEnd(), 0)));
        }
        double rss = ms.stream().filter(m -> m.run().tool().equals("ours"))
                .mapToDouble(m -> m.run().peakRssMb()).max().orElse(Double.NaN);
        boolean allOk = ms.stream().filter(m -> m.run().tool().equals("ours")).allMatch(m -> m.run().exitCode() == 0);
        out.add(new String[] { "ours_peak_rss_mib_any_size", "all", f(rss, 0), "<=1024",
                rss <= 1024 && allOk ? "yes" : "no" });
        return out;
    }

    /**
     * The smoke run's sanity check: each figure it prints must lie in a range that any working
     * measurement gives on any machine (the annotator cannot outrun the floor twentyfold or crawl at a
     * fiftieth of it; the process holds at least the gazetteer and stays under 1 GiB). Outside it the
     * measurement itself is broken (a run that did nothing, an unreadable GC log, start-up longer than the
     * run), which "it ran" would not catch. Missing or empty figures fail too.
     */
    static boolean figuresInSaneRange(List<String[]> ratios) {
        Map<String, double[]> sane = Map.of("floor_wall_over_ours_wall", new double[] { 0.02, 20 },
                "ours_peak_rss_mib_any_size", new double[] { 16, 1024 });
        boolean ok = true;
        for (Map.Entry<String, double[]> range : sane.entrySet()) {
            List<String[]> rows = ratios.stream().filter(r -> r[0].equals(range.getKey())).toList();
            if (rows.isEmpty()) {
                System.err.println("bench: smoke run printed no " + range.getKey());
                ok = false;
            }
            for (String[] r : rows) {
                double value = r[2].isEmpty() ? Double.NaN : Double.parseDouble(r[2]);
                if (!(value >= range.getValue()[0] && value <= range.getValue()[1])) {
                    System.err.printf(Locale.ROOT, "bench: %s on %s docs is %s, outside the sane range %s..%s%n",
                            r[0], r[1], r[2].isEmpty() ? "not measurable" : r[2], f(range.getValue()[0], 2),
                            f(range.getValue()[1], 0));
                    ok = false;
                }
            }
        }
        return ok;
    }

    static String[] ratio(String name, int docs, double value, double target) {
        return new String[] { name, "" + docs, f(value, 2), target == 0 ? "" : ">=" + target,
                target == 0 ? "" : value >= target ? "yes" : "no" };
    }

    static void chart(List<Measured> ms, List<String> engines, Path file) throws IOException {
        XYChart speed = new XYChartBuilder().width(800).height(520).title("Throughput by corpus size")
                .xAxisTitle("documents").yAxisTitle("documents / s (log scale, start-up excluded)").build();
        speed.getStyler().setYAxisLogarithmic(true);
        speed.getStyler().setLegendPosition(LegendPosition.InsideSE);
        speed.getStyler().setChartBackgroundColor(Color.WHITE);
        Map<String, List<Measured>> byTool = new LinkedHashMap<>();
        for (Measured m : ms) {
            if (m.run().docs() > 0) {
                byTool.computeIfAbsent(m.run().label(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, List<Measured>> e : byTool.entrySet()) {
            List<Measured> points = e.getValue().stream()
                    .sorted((a, b) -> Integer.compare(a.run().docs(), b.run().docs())).toList();
            double[] x = points.stream().mapToDouble(m -> m.run().docs()).toArray();
            double[] y = points.stream().mapToDouble(Measured::docsPerS).toArray();
            XYSeries s = speed.addSeries(e.getKey(), x, y);
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        CategoryChart bars = new CategoryChartBuilder().width(800).height(520)
                .title("quotestance: time per engine (1 thread)").xAxisTitle("")
                .yAxisTitle("ms per document").build();
        bars.getStyler().setLegendVisible(false);
        bars.getStyler().setXAxisLabelRotation(35);
        bars.getStyler().setChartBackgroundColor(Color.WHITE);
        List<String> names = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (String line : engines.subList(Math.min(1, engines.size()), engines.size())) {
            String[] f = line.split(",");
            names.add(f[0]);
            values.add(Double.parseDouble(f[3]));
        }
        if (!names.isEmpty()) {
            bars.addSeries("ms per document", names, values);
        }
        BufferedImage left = BitmapEncoder.getBufferedImage(speed);
        BufferedImage right = BitmapEncoder.getBufferedImage(bars);
        BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth(),
                Math.max(left.getHeight(), right.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        ImageIO.write(both, "png", file.toFile());
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException e) {
            // not Linux: leave it unknown
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version");
    }

    static void readme(Path readme, List<Measured> ms, Map<String, Double> startup, List<String[]> ratios,
            Path engines) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(START).append('\n');
        b.append("## Speed and memory\n\n");
        b.append("Generated by `bench/run.sh` (").append(LocalDate.now()).append(", ").append(machine())
                .append(") — never edited by hand; the raw figures are in `bench/results/`.\n\n");
        b.append("```\nbench/run.sh            # full benchmark: builds, downloads CoreNLP 4.5.10 and its models "
                + "(~480 MB) into ~/.m2; CoreNLP with coref is the long part\nbench/run.sh --smoke    # 20 documents, ours and the floor only "
                + "(CI runs this; fails when the ratio or the peak RSS is outside a sane range)\n```\n\n");
        double loadMin = ms.stream().mapToDouble(m -> m.run().load()).min().orElse(Double.NaN);
        double loadMax = ms.stream().mapToDouble(m -> m.run().load()).max().orElse(Double.NaN);
        b.append("What a user runs: *quotestance annotate* is the README's main command, `./quotestance annotate "
                + "DIR --out OUT` through the launcher (its JVM options and class-data-sharing archive), every "
                + "format (XMI, CSV, JSONL, CoNLL, corpus browser, dataset card, Croissant), a cold JVM per run, "
                + "on the default thread count (every core) and on one thread. The *DKPro floor* is DKPro Core's "
                + "own `TextReader` → `BreakIteratorSegmenter` → `XmiWriter` (XML 1.1) in uimaFIT's "
                + "`SimplePipeline`, one thread, `-Xmx1g`, on the same documents: the least a UIMA corpus tool "
                + "does. Input: the 840 news articles of `../shared/data/corpus/polnear-train`, then the BBC "
                + "articles of `../shared/data/corpus/bbc`, then renamed copies to reach 5,000. "
                + "**The headline is `floor_wall_over_ours_wall`**: the floor's wall time over ours, end to end "
                + "(start-up included), target ≥ 0.5; `floor_cpu_over_ours_cpu` is the same on user + system CPU "
                + "time (GNU time), which a loaded machine disturbs less than wall time. Peak RSS is GNU time's "
                + "maximum resident set size, target ≤ 1 GiB. *CoreNLP* is Stanford CoreNLP 4.5.10 (one thread, "
                + "`-Xmx8g`) with `tokenize,ssplit,pos,lemma,ner` (*ner*) or "
                + "`tokenize,ssplit,pos,lemma,ner,depparse,coref,quote` with `quote.attributeQuotes=true` "
                + "(*quote*; attribution needs coref), capped at the first 100 articles because it is slow "
                + "(`BENCH_CORENLP_DOCS=0` leaves it out). docs/s divides the documents by the wall time minus "
                + "the tool's start-up (a 0-document run): the steady state, a diagnosis, not what a user waits. "
                + "One run per cell on a shared machine: the 1-minute load average at the start of the runs was "
                + f(loadMin, 1) + " to " + f(loadMax, 1) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores (*load* below; `BENCH_REUSE_CORENLP=1` reruns everything but CoreNLP, so its rows can "
                + "come from an earlier run under another load); under load, wall times stretch and the CPU "
                + "times are the steadier figure. Earlier runs' outputs are deleted when the benchmark ends, not "
                + "before its runs: for some minutes after a mass deletion ext4 passes over the freed inodes on "
                + "every file it creates, a system-time cost that would fall on the first runs.\n\n");
        b.append("| ratio | documents | value | target | met |\n|---|---:|---:|---|---|\n");
        for (String[] r : ratios) {
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        b.append("\n| tool | docs | wall s | CPU s | docs/s | end to end docs/s | MB text/s | start-up s "
                + "| peak RSS MiB | peak heap MiB | max heap after GC MiB | output MB | load |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measured m : ms) {
            Run r = m.run();
            if (r.docs() == 0) {
                continue;
            }
            b.append("| ").append(r.label()).append(" | ").append(r.docs()).append(" | ").append(f(r.wallS(), 1))
                    .append(" | ").append(f(r.cpuS(), 1)).append(" | ").append(f(m.docsPerS(), 2))
                    .append(" | ").append(f(m.docsPerSEndToEnd(), 2)).append(" | ").append(f(m.mbPerS(), 3))
                    .append(" | ").append(f(startup.getOrDefault(r.key(), Double.NaN), 1)).append(" | ")
                    .append(f(r.peakRssMb(), 0)).append(" | ").append(f(r.heapPeakMb(), 0)).append(" | ")
                    .append(f(r.heapAfterGcMaxMb(), 0)).append(" | ").append(f(r.outputMb(), 1)).append(" | ")
                    .append(f(r.load(), 1)).append(" |\n");
        }
        b.append("\nPeak heap is the most heap in use in the GC log (`-Xlog:gc,gc+heap+exit`: before any "
                + "collection, or at exit); the heap is capped at 1 GiB for quotestance and the floor. CoreNLP's output is a small TSV of what it found, not a "
                + "corpus, so its output size is not comparable.\n\n");
        if (Files.exists(engines)) {
            b.append("Time per engine (quotestance, one thread, `EngineTimer` over the 840 articles after a "
                    + "100-article warm-up; `bench/results/engines.csv`):\n\n| engine | ms/doc | share |\n|---|---:|---:|\n");
            List<String> lines = Files.readAllLines(engines);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                b.append("| ").append(f[0]).append(" | ").append(f[3]).append(" | ")
                        .append(f(100 * Double.parseDouble(f[4]), 1)).append(" % |\n");
            }
            b.append('\n');
        }
        b.append("![docs/s by corpus size per tool, and time per engine](bench/results/bench.png)\n");
        b.append(END);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int s = text.indexOf(START);
        int e = text.indexOf(END);
        String updated;
        if (s >= 0 && e > s) {
            updated = text.substring(0, s) + b + text.substring(e + END.length());
        } else {
            int at = text.indexOf("## Extending the type system");
            updated = at < 0 ? text + "\n" + b + "\n" : text.substring(0, at) + b + "\n\n" + text.substring(at);
        }
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }
}
