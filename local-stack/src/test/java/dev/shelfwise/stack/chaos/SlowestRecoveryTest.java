package dev.shelfwise.stack.chaos;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SlowestRecoveryTest {

    private static List<Suite.Fault> faults(Double... recoveries) {
        return Arrays.stream(recoveries).map(recovery -> new Suite.Fault("fault", recovery, "")).toList();
    }

    @Test
    void theSlowestOfTheFaultsThatRecovered() {
        assertEquals(7.5, Verification.slowestRecovery(faults(3.0, 7.5, 0.4)));
        assertEquals(7.5, Verification.slowestRecovery(faults(null, 7.5, null)));
    }

    @Test
    void noneWhenNothingRecoveredOrNothingWasInjected() {
        // a fault that never recovered once crashed the report (a null unboxed) instead of failing the suite
        assertNull(Verification.slowestRecovery(faults(null, null)));
        assertNull(Verification.slowestRecovery(faults()));
    }
}
