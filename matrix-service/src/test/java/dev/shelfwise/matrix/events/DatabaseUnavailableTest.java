package dev.shelfwise.matrix.events;

import jakarta.transaction.RollbackException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which consumer failures are retried until the record commits, and which dead-letter the record. */
class DatabaseUnavailableTest {
    private final DatabaseUnavailable outage = new DatabaseUnavailable();

    @ParameterizedTest(name = "SQL state {0}: retried {1}")
    @CsvSource(nullValues = "none", value = {
            "08001, true",   // cannot connect (PostgreSQL stopped)
            "08006, true",   // connection lost mid-transaction (PostgreSQL restarted)
            "57P01, true",   // terminating connection due to administrator command
            "40001, true",   // serialization failure
            "40P01, true",   // deadlock
            "53300, true",   // too many connections
            "none,  true",   // the pool's acquisition timeout carries no state
            "23505, false",  // unique violation: the record cannot be applied as it is
            "22001, false",  // value too long for its column
            "23502, false",  // not-null violation
    })
    void databaseFailuresBySqlState(String state, boolean retried) {
        SQLException sql = new SQLException("boom", state);
        assertEquals(retried, outage.test(new JDBCConnectionException("statement failed", sql)));
        assertEquals(retried, outage.test(new IllegalStateException("wrapped twice", new RuntimeException(sql))));
    }

    @Test
    void aFailedCommitIsRetried() {
        assertTrue(outage.test(new RuntimeException(new RollbackException("ARJUNA016053: Could not commit transaction."))));
    }

    @Test
    void anUnreadableRecordIsNeverRetried() {
        assertFalse(outage.test(new InvalidRecordException("not a OrderEvent: Unexpected character")));
        assertFalse(outage.test(new InvalidRecordException("bad", new SQLException("odd", "08001"))));
    }

    @Test
    void aFailureWithoutDatabaseCauseIsNotRetried() {
        assertFalse(outage.test(new NullPointerException("a bug")));
        assertFalse(outage.test(new IllegalArgumentException("bad value")));
    }
}
