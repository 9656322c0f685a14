package dev.shelfwise.clearance.messaging;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs a record's transaction again, with back-off, for as long as the database is unreachable: a database restart
 * must delay consumption, never send valid records to the dead-letter topic. Anything else (a record that cannot
 * be applied) is rethrown at once, so the channel's failure strategy dead-letters it.
 */
public final class UntilCommitted {
    private static final Logger LOG = Logger.getLogger(UntilCommitted.class);
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private UntilCommitted() {
    }

    public static void run(String what, Runnable transaction) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                transaction.run();
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s: the database is unavailable (%s); retrying in %s", what, e.getMessage(), pause);
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * Connection failures (SQL state class 08), serialization failures and deadlocks (40), resource shortage (53),
     * operator intervention such as a shutdown (57P), and a pool that could not hand out a connection (no state).
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57P");
            }
        }
        return false;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
