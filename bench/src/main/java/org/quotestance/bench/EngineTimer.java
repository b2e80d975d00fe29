package org.quotestance.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.jcas.JCas;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleCasInitializer;
import org.quotestance.io.ArticleSource;
import org.quotestance.pipeline.PipelineFactory;

/**
 * Time per analysis engine of the default pipeline: builds each step of
 * {@link PipelineFactory#annotators()} and the writers as its own engine, runs the articles through
 * them on one thread and adds up the wall time each engine spends. A warm-up pass over the first
 * {@code WARMUP} articles (separate engines, output discarded) runs first so that the timed pass
 * measures compiled code, as a long run does.
 *
 * <pre>EngineTimer INPUT_DIR WORK_DIR RESULT_CSV [WARMUP]</pre>
 */
public final class EngineTimer {

    private EngineTimer() {
    }

    private record Step(String name, AnalysisEngine engine) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: EngineTimer INPUT_DIR WORK_DIR RESULT_CSV [WARMUP]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path result = Path.of(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        ArticleSource source = ArticleSource.open(input, ArticleSource.DEFAULT_MAX_BYTES);
        List<Article> articles = new ArrayList<>();
        for (Path file : source.files()) {
            try {
                articles.add(source.read(file));
            } catch (IOException | RuntimeException | org.quotestance.io.ArticleDecoder.InvalidArticleException e) {
                System.err.println("skipped " + file.getFileName() + ": " + e.getMessage());
            }
        }
        run(steps(work.resolve("warmup")), articles.subList(0, Math.min(warmup, articles.size())));
        List<Step> names = steps(work.resolve("timed"));
        long[][] measured = run(names, articles);
        long[] nanos = measured[0];
        long[] cpu = measured[1];
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        Files.createDirectories(result.toAbsolutePath().getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(result, StandardCharsets.UTF_8))) {
            out.println("engine,documents,total_ms,ms_per_doc,share,cpu_ms_per_doc");
            for (int i = 0; i < nanos.length; i++) {
                String name = i == 0 ? "reader (CAS set-up)" : names.get(i - 1).name();
                out.printf(Locale.ROOT, "%s,%d,%.1f,%.3f,%.4f,%.3f%n", name, articles.size(), nanos[i] / 1e6,
                        nanos[i] / 1e6 / articles.size(), (double) nanos[i] / total, cpu[i] / 1e6 / articles.size());
            }
        }
        System.err.printf(Locale.ROOT, "engine timer: %d documents, %.1f s in engines -> %s%n", articles.size(),
                total / 1e9, result);
    }

    /**
     * Every step as its own engine: the annotators, then the writers. They share one resource manager, as the
     * steps of one aggregate do, so the writers that read a shared tally (the stance network) see it.
     */
    private static List<Step> steps(Path out) throws Exception {
        List<AnalysisEngineDescription> descriptions = new ArrayList<>(PipelineFactory.annotators());
        descriptions.addAll(PipelineFactory.writers(out));
        ResourceManager resources = UIMAFramework.newDefaultResourceManager();
        List<Step> steps = new ArrayList<>();
        for (AnalysisEngineDescription d : descriptions) {
            String impl = d.getAnnotatorImplementationName();
            steps.add(new Step(impl.substring(impl.lastIndexOf('.') + 1),
                    UIMAFramework.produceAnalysisEngine(d, resources, null)));
        }
        return steps;
    }

    /**
     * Wall and CPU nanoseconds per step ({0: wall, 1: CPU of this thread}); index 0 is the CAS set-up from the
     * article, then one per engine. The CPU time is the steadier figure on a machine shared with other work.
     */
    private static long[][] run(List<Step> steps, List<Article> articles) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[steps.size() + 1];
        long[] cpu = new long[steps.size() + 1];
        JCas jcas = JCasFactory.createJCas();
        for (Article article : articles) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            jcas.reset();
            ArticleCasInitializer.initialize(jcas, article);
            nanos[0] += System.nanoTime() - t0;
            cpu[0] += threads.getCurrentThreadCpuTime() - c0;
            for (int i = 0; i < steps.size(); i++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                steps.get(i).engine().process(jcas);
                nanos[i + 1] += System.nanoTime() - t;
                cpu[i + 1] += threads.getCurrentThreadCpuTime() - c;
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            steps.get(i).engine().collectionProcessComplete();
            nanos[i + 1] += System.nanoTime() - t;
            cpu[i + 1] += threads.getCurrentThreadCpuTime() - c;
            steps.get(i).engine().destroy();
        }
        return new long[][] { nanos, cpu };
    }
}
