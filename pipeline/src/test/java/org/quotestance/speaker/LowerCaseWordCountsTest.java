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
    void aCapitalInsideALowerCaseWordIsLowered() {
        LowerCaseWordCounts counts = new LowerCaseWordCounts();
        counts.countDocument("an iPhone and an eBay seller");
        counts.countDocument("the iphone of a ÉLAN-less ebAY fan, über");
        assertEquals(2, counts.documents("iphone"));
        assertEquals(2, counts.documents("ebay"));
        assertEquals(1, counts.documents("über"));
        assertEquals(0, counts.documents("élan"));
    }

    @Test
    void tenThousandWordsInManyDocumentsKeepEveryCountAsTheTableGrows() {
        LowerCaseWordCounts counts = new LowerCaseWordCounts();
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 10_000; w++) {
            text.append(wordOf(w)).append(' ');
        }
        counts.countDocument(text.toString());
        counts.countDocument(text.toString());
        counts.countDocument(text.substring(0, text.length() / 2));
        assertEquals(3, counts.documents(wordOf(0)));
        assertEquals(2, counts.documents(wordOf(9_999)));
        assertEquals(0, counts.documents(wordOf(10_000)));
    }

    /** A word of letters only, "ab", "ac", … for 0, 1, …: a different word for every number. */
    private static String wordOf(int n) {
        StringBuilder word = new StringBuilder("a");
        for (int rest = n; ; rest /= 26) {
            word.append((char) ('a' + rest % 26));
            if (rest < 26) {
                return word.toString();
            }
        }
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
