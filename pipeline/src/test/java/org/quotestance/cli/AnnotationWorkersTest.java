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

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("documents submitted before the other threads' engines are built are annotated by the first thread's")
    void documentsSubmittedBeforeTheOtherEnginesAreBuiltAreAnnotated() throws Exception {
        try (AnnotationWorkers workers = AnnotationWorkers.withFirstEngines(
                AnalysisEngineFactory.createEngineDescription(SleepingAnnotator.class), null, 3, Duration.ofSeconds(30))) {
            AnnotationWorkers.Task first = workers.submit(article("first", "First news"));
            AnnotationWorkers.Task second = workers.submit(article("second", "Second news"));
            AnnotationWorkers.Outcome firstDone = workers.await(first);
            AnnotationWorkers.Outcome secondDone = workers.await(second);
            assertNull(firstDone.failure());
            assertNull(secondDone.failure());
            assertEquals("First news", firstDone.jcas().getDocumentText());
            assertEquals("Second news", secondDone.jcas().getDocumentText());
            workers.release(firstDone.jcas());
            workers.release(secondDone.jcas());

            workers.buildRemainingEngines();
            List<AnnotationWorkers.Task> later = List.of(workers.submit(article("a", "A news")),
                    workers.submit(article("b", "B news")), workers.submit(article("c", "C news")));
            assertEquals(3, later.size());
            for (AnnotationWorkers.Task task : later) {
                assertNull(workers.await(task).failure());
            }
        }
    }

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", text, ArticleMetadata.empty());
    }
}
