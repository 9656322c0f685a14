package dev.shelfwise.matrix;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A bounded poll loop: consumers apply records asynchronously, so tests wait for the state they expect. */
public final class Poll {
    /** Long enough for a consumer group's first rebalance on the shared broker. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long PAUSE_MS = 300;

    private Poll() {
    }

    /**
     * Probes until {@code done} holds or the timeout passes, and returns the last value probed: the caller asserts
     * on it, so a timeout fails with the state that was actually seen.
     */
    public static <T> T until(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        T last = probe.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            last = probe.get();
        }
        return last;
    }
}
