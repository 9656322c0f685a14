package dev.shelfwise.metrics.concentration;

import static dev.shelfwise.metrics.concentration.AlertLifecycle.FIRING;
import static dev.shelfwise.metrics.concentration.AlertLifecycle.RESOLVED;
import static dev.shelfwise.metrics.concentration.AlertSeverity.CRITICAL;
import static dev.shelfwise.metrics.concentration.AlertSeverity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConcentrationAlertStateTest {

    private static final Instant T0 = Instant.parse("2024-11-11T00:00:00Z");
    private static final String SCOPE = "trailing-24h";

    private final ConcentrationAlertState state = new ConcentrationAlertState(SCOPE, ConcentrationThresholds.DEFAULTS);

    private static Instant minute(int i) {
        return T0.plus(Duration.ofMinutes(i));
    }

    /** Feeds the shares one minute apart and returns every event produced. */
    private List<ConcentrationAlertEvent> feed(ConcentrationAlertState alerts, double... shares) {
        List<ConcentrationAlertEvent> events = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            events.addAll(alerts.evaluate(shares[i], minute(i)));
        }
        return events;
    }

    private static List<String> summary(List<ConcentrationAlertEvent> events) {
        return events.stream().map(e -> e.severity().code() + " " + e.lifecycle().code()).toList();
    }

    @Test
    void jumpPastBothLevelsFiresWarningThenCriticalOnce() {
        List<ConcentrationAlertEvent> events = feed(state, 0.5, 0.95, 0.97, 0.99, 0.93);

        assertEquals(List.of("warning firing", "critical firing"), summary(events));
        ConcentrationAlertEvent critical = events.get(1);
        assertEquals(SCOPE, critical.scope());
        assertEquals(minute(1), critical.startsAt());
        assertNull(critical.endsAt());
        assertEquals(0.95, critical.top1PctShare());
        assertEquals(0.9, critical.threshold());
        assertEquals(ConcentrationAlertEvent.KIND, critical.kind());
        assertEquals(ConcentrationStatus.OVER_CONCENTRATED, state.status());
        assertEquals(Optional.of(minute(1)), state.firingSince(CRITICAL));
    }

    @Test
    void shareHoveringAroundTheLevelDoesNotFlap() {
        List<ConcentrationAlertEvent> events = feed(state, 0.91, 0.89, 0.91, 0.86, 0.85, 0.90, 0.95, 0.88);

        assertEquals(List.of("warning firing", "critical firing"), summary(events));
        assertTrue(state.isFiring(CRITICAL));
    }

    @ParameterizedTest(name = "{0} → {1} critical firings, {2} resolutions")
    @CsvSource({
            "'0.91 0.89 0.91 0.89 0.91', 1, 0",
            "'0.91 0.85 0.91 0.85',      1, 0",
            "'0.91 0.8499 0.91',         2, 1",
            "'0.90 0.90 0.90',           0, 0",
            "'0.95 0.84 0.86 0.89 0.90', 1, 1",
            "'0.95 0.84 0.86 0.91',      2, 1",
            "'0.5 0.95 0.5 0.95 0.5',    2, 2",
    })
    void criticalLifecycleWithHysteresis(String sequence, long firings, long resolutions) {
        double[] shares = Arrays.stream(sequence.split(" ")).mapToDouble(Double::parseDouble).toArray();
        List<ConcentrationAlertEvent> critical = feed(state, shares).stream()
                .filter(e -> e.severity() == CRITICAL).toList();

        assertEquals(firings, critical.stream().filter(e -> e.lifecycle() == FIRING).count());
        assertEquals(resolutions, critical.stream().filter(e -> e.lifecycle() == RESOLVED).count());
        // lifecycles alternate: never two FIRINGs or two RESOLVEDs in a row
        for (int i = 1; i < critical.size(); i++) {
            assertNotEquals(critical.get(i - 1).lifecycle(), critical.get(i).lifecycle());
        }
    }

    @Test
    void resolvesOnlyStrictlyBelowLevelMinusHysteresis() {
        feed(state, 0.91);
        assertTrue(state.evaluate(0.85, minute(1)).isEmpty());

        List<ConcentrationAlertEvent> events = state.evaluate(0.8499, minute(2));

        assertEquals(List.of("critical resolved"), summary(events)); // warning holds until below 0.75
        ConcentrationAlertEvent resolved = events.get(0);
        assertEquals(minute(0), resolved.startsAt());
        assertEquals(minute(2), resolved.endsAt());
        assertEquals(ConcentrationStatus.WARNING, state.status());
        assertFalse(state.isFiring(CRITICAL));
    }

    @Test
    void firingAndResolvedShareAnIdAndANewEpisodeGetsAnother() {
        List<ConcentrationAlertEvent> events = feed(state, 0.95, 0.80, 0.95);
        List<ConcentrationAlertEvent> critical = events.stream().filter(e -> e.severity() == CRITICAL).toList();

        assertEquals(3, critical.size());
        assertEquals(critical.get(0).alertId(), critical.get(1).alertId());
        assertNotEquals(critical.get(0).alertId(), critical.get(2).alertId());
        assertEquals(minute(2), critical.get(2).startsAt());
        assertTrue(critical.get(0).alertId().startsWith("gmv-over-concentration/trailing-24h/critical/"));
    }

    @Test
    void warningHasItsOwnLifecycle() {
        List<ConcentrationAlertEvent> events = feed(state, 0.81, 0.79, 0.76, 0.75, 0.85, 0.7499);

        assertEquals(List.of("warning firing", "warning resolved"), summary(events));
        assertEquals(0.8, events.get(0).threshold());
        assertEquals(minute(5), events.get(1).endsAt());
        assertEquals(ConcentrationStatus.HEALTHY, state.status());
    }

    @Test
    void dropBelowBothLevelsResolvesCriticalThenWarning() {
        List<ConcentrationAlertEvent> events = feed(state, 0.95, 0.10);
        assertEquals(List.of("warning firing", "critical firing", "critical resolved", "warning resolved"),
                summary(events));
        assertEquals(ConcentrationStatus.HEALTHY, state.status());
    }

    @Test
    void staleEvaluationsAreIgnoredAndEqualTimesAccepted() {
        state.evaluate(0.95, minute(10));

        assertTrue(state.evaluate(0.10, minute(9)).isEmpty());
        assertTrue(state.isFiring(CRITICAL));
        assertEquals(Optional.of(minute(10)), state.lastEvaluatedAt());

        assertEquals(List.of("critical resolved", "warning resolved"), summary(state.evaluate(0.10, minute(10))));
    }

    @Test
    void restoredStateKeepsDeduplicatingAcrossARestart() {
        ConcentrationAlertState restored =
                ConcentrationAlertState.restore(SCOPE, ConcentrationThresholds.DEFAULTS, T0, T0, T0);

        assertTrue(restored.evaluate(0.97, minute(1)).isEmpty());
        List<ConcentrationAlertEvent> events = restored.evaluate(0.1, minute(2));
        assertEquals(List.of("critical resolved", "warning resolved"), summary(events));
        assertEquals(T0, events.get(0).startsAt());
        // an evaluation from before the restart is stale
        assertTrue(ConcentrationAlertState.restore(SCOPE, ConcentrationThresholds.DEFAULTS, null, null, minute(5))
                .evaluate(0.99, minute(4)).isEmpty());
    }

    @Test
    void withoutHysteresisItResolvesJustBelowTheLevel() {
        ConcentrationAlertState edgy = new ConcentrationAlertState(SCOPE, new ConcentrationThresholds(0.8, 0.9, 0));
        List<ConcentrationAlertEvent> events = feed(edgy, 0.91, 0.9, 0.8999);
        assertEquals(List.of("warning firing", "critical firing", "critical resolved"), summary(events));
    }

    @Test
    void evaluatesAConcentrationReport() {
        List<BigDecimal> gmv = new ArrayList<>(Collections.nCopies(99, BigDecimal.ONE));
        gmv.add(BigDecimal.valueOf(9_801)); // the top SKU holds 9,801 / 9,900 = 0.99
        List<ConcentrationAlertEvent> events = state.evaluate(GmvConcentration.of(gmv), T0);

        assertEquals(List.of("warning firing", "critical firing"), summary(events));
        assertEquals(0.99, events.get(1).top1PctShare());
    }

    @ParameterizedTest(name = "share {0} is refused")
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void sharesOutsideZeroToOneAreRefused(double share) {
        assertThrows(IllegalArgumentException.class, () -> state.evaluate(share, T0));
        assertTrue(state.lastEvaluatedAt().isEmpty());
    }

    @Test
    void codesAreTheWireNames() {
        assertEquals("warning", WARNING.code());
        assertEquals("critical", CRITICAL.code());
        assertEquals("firing", FIRING.code());
        assertEquals("resolved", RESOLVED.code());
    }
}
