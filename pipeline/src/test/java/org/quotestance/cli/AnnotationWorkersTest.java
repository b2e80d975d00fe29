package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleMetadata;
import org.quotestance.write.XmiCorpusWriter;

class AnnotationWorkersTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a stuck document holding the only engine is given up while a later one is awaited")
    void stuckDocumentHoldingTheEngineIsGivenUpWhileAnotherIsAwaited() throws Exception {
        try (AnnotationWorkers workers = new AnnotationWorkers(
                AnalysisEngineFactory.createEngineDescription(SleepingAnnotator.class), 1, Duration.ofSeconds(1))) {
            AnnotationWorkers.Task slow = workers.submit(article("slow", "SLOW news"));
            Thread.sleep(300); // threads take engines in no set order: let the stuck one take it first
            AnnotationWorkers.Task quick = workers.submit(article("quick", "Quick news"));

            AnnotationWorkers.Outcome annotated = workers.await(quick);

            assertNull(annotated.failure());
            workers.release(annotated.jcas());
            assertEquals("time budget exceeded after 1 s", workers.await(slow).failure());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a document given up for its time budget never writes its XMI, even when its annotator finishes later")
    void documentGivenUpWritesNoXmiWhenItsAnnotatorFinishesLate(@TempDir Path xmi) throws Exception {
        StubbornAnnotator.finished = new CountDownLatch(1);
        try (AnnotationWorkers workers = new AnnotationWorkers(
                AnalysisEngineFactory.createEngineDescription(StubbornAnnotator.class),
                AnalysisEngineFactory.createEngineDescription(XmiCorpusWriter.class,
                        XmiCorpusWriter.PARAM_TARGET_LOCATION, xmi.toString()),
                1, Duration.ofMillis(300))) {
            AnnotationWorkers.Task late = workers.submit(article("late", "LATE news"));
            assertEquals("time budget exceeded after 0.3 s", workers.await(late).failure());
            AnnotationWorkers.Task quick = workers.submit(article("quick", "Quick news"));
            AnnotationWorkers.Outcome annotated = workers.await(quick);
            assertNull(annotated.failure());
            workers.release(annotated.jcas());

            assertTrue(StubbornAnnotator.finished.await(30, TimeUnit.SECONDS), "the late annotator finished");
            Thread.sleep(200); // what its thread would write after the annotator returns
            try (Stream<Path> files = Files.list(xmi)) {
                assertEquals(List.of("TypeSystem.xml", "quick.xmi"),
                        files.map(f -> f.getFileName().toString()).sorted().toList());
            }
        }
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", text, ArticleMetadata.empty());
    }
}
