package dev.shelfwise.matrix.events;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a consumer's failure means "the database is not there right now" (retry until it commits) rather than
 * "this record can never be applied" (dead-letter it). The consumers retry on it without limit and with back-off
 * ({@link #FIRST_PAUSE_MS} doubling to {@link #LONGEST_PAUSE_MS}): a PostgreSQL restart delays consumption, it never
 * sends valid records to {@code <topic>-dlq}. Retrying is harmless because every effect is idempotent (event ids
 * for orders, latest-wins upserts for snapshots), also when a commit failed without saying whether it happened.
 */
public final class DatabaseUnavailable implements Predicate<Throwable> {
    /** First pause before a retry; it doubles on each further failure. */
    public static final long FIRST_PAUSE_MS = 500;
    /** Longest pause between two attempts, so consumption resumes at most this long after the database is back. */
    public static final long LONGEST_PAUSE_MS = 30_000;

    /**
     * SQL state classes of an outage: connection failures (08), serialization failures and deadlocks (40),
     * insufficient resources such as too many connections (53), operator intervention such as a shutdown (57P).
     */
    private static final List<String> OUTAGE_STATES = List.of("08", "40", "53", "57P");

    @Override
    public boolean test(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRecordException) {
                return false;
            }
            if (cause instanceof RollbackException || cause instanceof HeuristicMixedException
                    || cause instanceof HeuristicRollbackException) {
                return true; // the commit itself failed: the connection went away under it
            }
            if (cause instanceof SQLException sql) {
                // a pool that could not hand out a connection in time says so without a state
                String state = sql.getSQLState();
                return state == null || OUTAGE_STATES.stream().anyMatch(state::startsWith);
            }
        }
        return false;
    }
}
