package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quotestance.io.Article;
import org.quotestance.io.ArticleMetadata;

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

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", text, ArticleMetadata.empty());
    }
}
