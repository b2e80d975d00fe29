package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical XMI, CSV, JSONL, CoNLL, GraphML, corpus browser, dataset card, Croissant file
 * and run report (DESIGN.md: output is deterministic).
 */
class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void runsOnOneAndOnSeveralThreadsWriteByteIdenticalFiles() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Minister vows new talks\n\n"
                + "“We will talk, and we will listen,” Foreign Minister Jane Roe said in Xankəndi on Monday.\n\n"
                + "Roe said that the talks would resume soon, according to officials.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "Envoy upbeat\n\n"
                + "\"The second round will be better,\" envoy John Smith said. Smith added that Roe agreed.\n\n"
                + "“Jane Roe is right,” he said.\n", StandardCharsets.UTF_8);
        Files.write(in.resolve("bad.txt"), new byte[] { 'x', 0 });
        Files.writeString(in.resolve("metadata.csv"), "file,outlet,title\na.txt,Example TV,\"Talks, again\"\n");

        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        new CorpusAnnotator(1_000_000, 1).run(in, first, file -> { });
        new CorpusAnnotator(1_000_000, 3).run(in, second, file -> { });

        List<String> files = CorpusFiles.list(first);
        assertEquals(List.of("README.md", "conll/corpus.conll", "croissant.json", "csv/documents.csv",
                "csv/locations.csv", "csv/quotes.csv", "csv/speakers.csv", "csv/stances.csv", "graph/quotes.graphml",
                "graph/stance.graphml", "jsonl/corpus.jsonl",
                "run-report.json", "xmi/TypeSystem.xml", "xmi/a.xmi", "xmi/b.xmi"),
                files.stream().filter(f -> !f.startsWith("site/")).toList());
        assertTrue(files.containsAll(List.of("site/index.html", "site/data/documents.js", "site/data/corpus.js",
                "site/data/docs/a.js", "site/data/docs/b.js", "site/network.html", "site/data/network.js",
                "site/timeline.html", "site/data/timeline.js")), "the corpus browser: " + files);
        assertEquals(files, CorpusFiles.list(second));
        CorpusFiles.assertIdentical(first, second, files, "A run on three threads differs from one on a single thread.");
    }
}
