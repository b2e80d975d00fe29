package org.quotestance.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadOnceTest {

    @Test
    void aModelIsReadOnceAndShared() {
        AtomicInteger reads = new AtomicInteger();
        ReadOnce<Object> model = new ReadOnce<>(() -> {
            reads.incrementAndGet();
            return new Object();
        });
        Object first = model.get();
        assertSame(first, model.get());
        assertEquals(1, reads.get());
    }

    @Test
    void aMissingResourceIsReportedWithItsOwnMessageOnEveryCall() {
        ReadOnce<Object> model = new ReadOnce<>(() -> {
            throw new IllegalStateException("missing resource /model.gz");
        });
        for (int call = 0; call < 2; call++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, model::get);
            assertEquals("missing resource /model.gz", e.getMessage());
        }
    }
}
