package dev.shelfwise.metrics.pipeline;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a value satisfies a condition; the consumers are asynchronous, so figures arrive after a moment. */
final class Eventually {
    private Eventually() {
    }

    static <T> T poll(Supplier<T> read, java.util.function.Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
