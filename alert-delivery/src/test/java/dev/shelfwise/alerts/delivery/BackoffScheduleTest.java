package dev.shelfwise.alerts.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffScheduleTest {

    @ParameterizedTest(name = "{0} attempts from {1}: after attempt {2} pause {3}, retry {4}")
    @CsvSource({
            "4, PT1S,    1, PT1S,    true",
            "4, PT1S,    2, PT2S,    true",
            "4, PT1S,    3, PT4S,    true",
            "4, PT1S,    4, PT8S,    false",
            "1, PT1S,    1, PT1S,    false",
            "3, PT0.05S, 2, PT0.1S,  true",
            "3, PT0S,    2, PT0S,    true",
    })
    void pausesDoubleAndAttemptsRunOut(int attempts, Duration first, int attempt, Duration pause, boolean retries) {
        BackoffSchedule schedule = new BackoffSchedule(attempts, first);
        assertEquals(pause, schedule.pauseAfter(attempt));
        assertEquals(retries, schedule.retriesAfter(attempt));
    }

    @ParameterizedTest(name = "{0} attempts from {1}, timeout {2}: at most {3}")
    @CsvSource({
            // 4 attempts × 2 × 2 s waiting, plus the pauses 1 + 2 + 4 s
            "4, PT1S,   PT2S, PT23S",
            "1, PT1S,   PT2S, PT4S",
            "3, PT0.5S, PT1S, PT7.5S",
    })
    void theLongestDeliveryWaitsOutEveryTimeoutAndPause(int attempts, Duration first, Duration timeout,
                                                        Duration longest) {
        assertEquals(longest, new BackoffSchedule(attempts, first).longestDelivery(timeout));
    }

    @Test
    void aVeryLongScheduleNeverOverflows() {
        BackoffSchedule schedule = new BackoffSchedule(100, Duration.ofMillis(1));
        assertEquals(Duration.ofMillis(1L << 20), schedule.pauseAfter(99));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BackoffSchedule(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new BackoffSchedule(3, Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> new BackoffSchedule(3, Duration.ofSeconds(1)).pauseAfter(0));
    }
}
