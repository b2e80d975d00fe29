package org.quotestance.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.quotestance.pipeline.LongArticle;
import org.quotestance.pipeline.PipelineFactory;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Time of each annotator on one long one-line article ({@link LongArticle}, 2 MB by default): the
 * input that shows an annotator that is not linear in the length of a document. A warm-up pass on a
 * 200 KB article runs first (separate engines) so that compiled code is timed. Wall and CPU time of
 * the annotating thread are reported; the target is 5 s in all.
 *
 * <pre>LongArticleTimer RESULT_CSV [CHARS]</pre>
 */
public final class LongArticleTimer {

    private LongArticleTimer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LongArticleTimer RESULT_CSV [CHARS]");
            System.exit(2);
        }
        Path result = Path.of(args[0]);
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        run(LongArticle.text(chars / 10), engines());
        List<AnalysisEngine> engines = engines();
        long[][] times = run(LongArticle.text(chars), engines);
        Files.createDirectories(result.toAbsolutePath().getParent());
        long wall = 0;
        long cpu = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(result, StandardCharsets.UTF_8))) {
            out.println("engine,chars,wall_s,cpu_s");
            for (int i = 0; i < engines.size(); i++) {
                String impl = engines.get(i).getAnalysisEngineMetaData().getName();
                out.printf(Locale.ROOT, "%s,%d,%.3f,%.3f%n", impl.substring(impl.lastIndexOf('.') + 1), chars,
                        times[0][i] / 1e9, times[1][i] / 1e9);
                wall += times[0][i];
                cpu += times[1][i];
            }
            out.printf(Locale.ROOT, "all,%d,%.3f,%.3f%n", chars, wall / 1e9, cpu / 1e9);
        }
        System.err.printf(Locale.ROOT, "long article: %d characters annotated in %.1f s (%.1f s CPU) -> %s%n", chars,
                wall / 1e9, cpu / 1e9, result);
    }

    private static List<AnalysisEngine> engines() throws Exception {
        List<AnalysisEngine> engines = new ArrayList<>();
        for (AnalysisEngineDescription d : PipelineFactory.annotators()) {
            engines.add(AnalysisEngineFactory.createEngine(d));
        }
        return engines;
    }

    /** Wall ([0]) and CPU ([1]) nanoseconds per engine. */
    private static long[][] run(String text, List<AnalysisEngine> engines) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData.create(jcas).setDocumentId("long");
        long[][] times = new long[2][engines.size()];
        for (int i = 0; i < engines.size(); i++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            engines.get(i).process(jcas);
            times[0][i] = System.nanoTime() - wall;
            times[1][i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        return times;
    }
}
