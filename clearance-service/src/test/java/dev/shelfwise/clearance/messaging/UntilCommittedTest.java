package dev.shelfwise.clearance.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UntilCommittedTest {

    @ParameterizedTest(name = "SQL state {0} transient: {1}")
    @CsvSource(nullValues = "none", value = {
            "08006, true",   // connection failure
            "08001, true",   // cannot connect
            "40001, true",   // serialization failure
            "40P01, true",   // deadlock
            "57P01, true",   // admin shutdown
            "53300, true",   // too many connections
            "none,  true",   // pool acquisition timeout carries no state
            "23505, false",  // unique violation: a bug, not an outage
            "22001, false",  // value too long
    })
    void classifiesDatabaseFailures(String state, boolean transientFailure) {
        RuntimeException wrapped = new RuntimeException("tx failed", new SQLException("boom", state));
        assertEquals(transientFailure, UntilCommitted.isTransient(wrapped));
    }

    @Test
    void aFailureWithoutDatabaseCauseIsNotTransient() {
        assertEquals(false, UntilCommitted.isTransient(new IllegalArgumentException("bad record")));
    }

    @Test
    void retriesATransientFailureUntilItCommits() {
        AtomicInteger attempts = new AtomicInteger();
        UntilCommitted.run("test", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new RuntimeException(new SQLException("connection refused", "08001"));
            }
        });
        assertEquals(3, attempts.get());
    }

    @Test
    void rethrowsAPermanentFailureAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException bug = new IllegalStateException("cannot apply");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> UntilCommitted.run("test", () -> {
            attempts.incrementAndGet();
            throw bug;
        })));
        assertEquals(1, attempts.get());
    }
}
