package org.quotestance.pipeline;

import java.util.function.Supplier;

/**
 * A read-only value (a shipped model) read once per JVM and shared by the engines of every worker thread. Unlike
 * a holder class, a read that fails is tried again by the next caller, who gets the failure's own message rather
 * than a bare {@link NoClassDefFoundError}.
 */
public final class ReadOnce<T> {

    private final Supplier<T> reader;
    private volatile T value;

    public ReadOnce(Supplier<T> reader) {
        this.reader = reader;
    }

    public T get() {
        T read = value;
        if (read == null) {
            synchronized (this) {
                read = value;
                if (read == null) {
                    read = reader.get();
                    value = read;
                }
            }
        }
        return read;
    }
}
