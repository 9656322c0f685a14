package dev.shelfwise.clearance.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A bounded wait for something the consumers do asynchronously. */
public final class Poll {

    private static final long PAUSE_MILLIS = 200;

    private Poll() {
    }

    /**
     * Reads {@code value} until it satisfies {@code done}, then returns it.
     *
     * @throws AssertionError with the last value when {@code timeout} passes first
     */
    public static <T> T until(String what, Supplier<T> value, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = value.get();
        }
        return last;
    }
}
