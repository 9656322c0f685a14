package dev.shelfwise.alerts.delivery;

import java.time.Duration;

/**
 * How often and how patiently a receiver is tried: {@code attempts} in all, the first at once, then a pause of
 * {@code firstPause} doubling before each further one (1 s, 2 s, 4 s …).
 */
public record BackoffSchedule(int attempts, Duration firstPause) {

    /** Doubling stops growing here, so a long schedule cannot overflow into a negative pause. */
    private static final int MAX_DOUBLINGS = 20;

    public BackoffSchedule {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + attempts);
        }
        if (firstPause == null || firstPause.isNegative()) {
            throw new IllegalArgumentException("the pause before a retry cannot be negative: " + firstPause);
        }
    }

    /** Whether another attempt follows attempt {@code attempt} (counted from 1) when it failed. */
    public boolean retriesAfter(int attempt) {
        return attempt < attempts;
    }

    /** The pause between attempt {@code attempt} and the next one. */
    public Duration pauseAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, not " + attempt);
        }
        return firstPause.multipliedBy(1L << Math.min(attempt - 1, MAX_DOUBLINGS));
    }

    /**
     * The longest one transition can keep a receiver busy when every attempt waits out {@code timeout} to connect
     * and again to be answered: what a claim on a pending delivery must outlast.
     */
    public Duration longestDelivery(Duration timeout) {
        Duration total = timeout.multipliedBy(2L * attempts);
        for (int attempt = 1; retriesAfter(attempt); attempt++) {
            total = total.plus(pauseAfter(attempt));
        }
        return total;
    }
}
