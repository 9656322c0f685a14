package dev.shelfwise.metrics.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UntilAppliedTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final UntilApplied untilApplied = new UntilApplied(Duration.ofMillis(500), Duration.ofSeconds(4), pauses::add);

    @ParameterizedTest(name = "{0} failures: {1} attempts, pauses {2}")
    @CsvSource(delimiter = ';', value = {
            "0; 1; ''",
            "1; 2; PT0.5S",
            "3; 4; PT0.5S PT1S PT2S",
            "6; 7; PT0.5S PT1S PT2S PT4S PT4S PT4S", // doubling stops at the longest pause
    })
    void retriesEveryFailureWithDoublingPausesUntilTheWriteGoesThrough(int failures, int attempts, String expectedPauses)
            throws InterruptedException {
        int[] calls = {0};
        int taken = untilApplied.run("a test batch", () -> {
            if (calls[0]++ < failures) {
                throw new SQLException("connection refused", "08001");
            }
        });
        assertEquals(attempts, taken);
        assertEquals(attempts, calls[0]);
        assertEquals(expectedPauses, String.join(" ", pauses.stream().map(Duration::toString).toList()));
    }

    @Test
    void anyFailureIsRetriedNotOnlyDatabaseOnes() throws InterruptedException {
        List<Exception> failures = new ArrayList<>(Arrays.asList(new IllegalStateException("pool closed"),
                new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertEquals(3, untilApplied.run("a test batch", () -> {
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
        }));
    }

    @Test
    void aShutdownInterruptsTheWaitAndLeavesTheBatchUncommitted() {
        UntilApplied interrupted = new UntilApplied(Duration.ofMillis(500), Duration.ofSeconds(4), pause -> {
            throw new InterruptedException("shutting down");
        });
        assertThrows(InterruptedException.class, () -> interrupted.run("a test batch", () -> {
            throw new SQLException("connection refused", "08001");
        }));
    }

    @ParameterizedTest(name = "first {0}, longest {1} is refused")
    @CsvSource({"PT0S, PT1S", "PT-1S, PT1S", "PT2S, PT1S"})
    void refusesBackOffThatCannotWork(Duration first, Duration longest) {
        assertThrows(IllegalArgumentException.class, () -> new UntilApplied(first, longest));
    }
}
