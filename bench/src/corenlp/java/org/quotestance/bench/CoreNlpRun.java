package org.quotestance.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The comparison: Stanford CoreNLP over the same articles, one thread, default English models.
 * {@code ner}: tokenize, ssplit, pos, lemma, ner. {@code quote}: adds depparse, coref and quote with
 * quote attribution on (quote.attributeQuotes=true, CoreNLP's default, which needs coref). Each
 * article is read as UTF-8 text and annotated; what it found (entity mentions, or quotes with their
 * speaker) is written as a small TSV so the work cannot be skipped and can be inspected.
 *
 * <pre>CoreNlpRun ner|quote INPUT_DIR OUTPUT_DIR</pre>
 */
public final class CoreNlpRun {

    private CoreNlpRun() {
    }

    static Properties properties(String config) {
        Properties p = new Properties();
        switch (config) {
            case "ner" -> p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            case "quote" -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
                p.setProperty("quote.attributeQuotes", "true");
            }
            default -> throw new IllegalArgumentException("config must be ner or quote: " + config);
        }
        p.setProperty("threads", "1");
        return p;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CoreNlpRun ner|quote INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        String config = args[0];
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        long t0 = System.nanoTime();
        Properties props = properties(config);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        long loaded = System.nanoTime();
        int failed = 0;
        try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out.resolve("corenlp-" + config + ".tsv"),
                StandardCharsets.UTF_8))) {
            tsv.println(config.equals("quote") ? "doc\tbegin\tend\tspeaker\tcanonical_speaker"
                    : "doc\tbegin\tend\ttype\ttext");
            for (Path file : files) {
                String doc = file.getFileName().toString().replaceFirst("\\.txt$", "");
                try {
                    CoreDocument d = new CoreDocument(Files.readString(file, StandardCharsets.UTF_8));
                    pipeline.annotate(d);
                    if (config.equals("quote")) {
                        for (CoreQuote q : d.quotes()) {
                            tsv.printf("%s\t%d\t%d\t%s\t%s%n", doc, q.quoteCharOffsets().first,
                                    q.quoteCharOffsets().second, clean(q.speaker().orElse("")),
                                    clean(q.canonicalSpeaker().orElse("")));
                        }
                    } else {
                        for (CoreEntityMention m : d.entityMentions()) {
                            tsv.printf("%s\t%d\t%d\t%s\t%s%n", doc, m.charOffsets().first, m.charOffsets().second,
                                    m.entityType(), clean(m.text()));
                        }
                    }
                } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                    failed++;
                    System.err.println("corenlp failed on " + doc + ": " + e);
                }
            }
        }
        long done = System.nanoTime();
        Files.writeString(out.resolve("corenlp-" + config + "-timing.txt"), "properties: " + props + "\n"
                + pipeline.timingInformation() + "\n", StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "corenlp %s: %d documents (%d failed), models %.1f s, annotation %.1f s%n",
                config, files.size(), failed, (loaded - t0) / 1e9, (done - loaded) / 1e9);
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
