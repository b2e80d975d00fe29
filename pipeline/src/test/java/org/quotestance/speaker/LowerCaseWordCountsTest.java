package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class LowerCaseWordCountsTest {

    @Test
    void aWordWrittenTwiceInOneDocumentCountsThatDocumentOnce() {
        LowerCaseWordCounts counts = new LowerCaseWordCounts();
        counts.countDocument("The bill passed. A second bill failed.");
        counts.countDocument("Bill Clinton spoke about the bill.");
        assertEquals(2, counts.documents("bill"));
        assertEquals(0, counts.documents("clinton"));
    }

    @Test
    void capitalisedWordsAndSingleLettersAreNotCounted() {
        LowerCaseWordCounts counts = new LowerCaseWordCounts();
        counts.countDocument("Whatever happens, a whatever of x and y.");
        assertEquals(1, counts.documents("whatever"));
        assertEquals(0, counts.documents("a"));
        assertEquals(0, counts.documents("x"));
    }

    @Test
    void accentedAndCombiningLettersStayInTheWord() {
        LowerCaseWordCounts counts = new LowerCaseWordCounts();
        counts.countDocument("un café au lait, nai\u0308ve");
        assertEquals(1, counts.documents("café"));
        assertEquals(1, counts.documents("nai\u0308ve"));
    }

    @Test
    void documentsCountedOnSeveralThreadsSumToTheSameCounts() throws Exception {
        LowerCaseWordCounts counts = new LowerCaseWordCounts();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String text = i % 2 == 0 ? "the senate voted" : "the house voted twice, voted again";
                done.add(threads.submit(() -> counts.countDocument(text)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(60, counts.documents("the"));
        assertEquals(60, counts.documents("voted"));
        assertEquals(30, counts.documents("senate"));
        assertEquals(30, counts.documents("twice"));
    }
}
