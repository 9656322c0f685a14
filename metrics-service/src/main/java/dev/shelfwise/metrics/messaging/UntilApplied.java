package dev.shelfwise.metrics.messaging;

import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Runs a consumed batch's write again, with back-off, until it goes through: while the database is away (restart,
 * failover, pool exhausted) the partition waits instead of skipping records or failing its channel, which would stop
 * consumption until the service restarts. Every batch write of this service is idempotent (event ids, latest-wins
 * upserts), so a retry after a commit whose outcome was lost does no harm. Unreadable records never get here: the
 * consumers dead-letter or skip them before writing.
 */
public final class UntilApplied {
    private static final Logger LOG = Logger.getLogger(UntilApplied.class);

    /** The write of one batch; may fail with anything. */
    @FunctionalInterface
    public interface Write {
        void run() throws Exception;
    }

    /** How to wait between attempts; tests replace the clock. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final Duration firstPause;
    private final Duration longestPause;
    private final Sleeper sleeper;

    public UntilApplied(Duration firstPause, Duration longestPause) {
        this(firstPause, longestPause, pause -> Thread.sleep(pause.toMillis()));
    }

    UntilApplied(Duration firstPause, Duration longestPause, Sleeper sleeper) {
        if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first pause <= longest pause, not " + firstPause
                    + " and " + longestPause);
        }
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.sleeper = sleeper;
    }

    /**
     * Runs {@code write} until it returns; between failures pauses the first pause, doubling up to the longest.
     *
     * @param what the batch in words, for the log ("a batch of 200 records")
     * @return how many attempts it took
     * @throws InterruptedException when the consumer is being shut down: the batch stays uncommitted and is redelivered
     */
    public int run(String what, Write write) throws InterruptedException {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return attempt;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.warnf("writing %s failed (%s); retrying in %s", what, e.getMessage(), pause);
                sleeper.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
            }
        }
    }
}
