package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.metrics.concentration.AlertLifecycle;
import dev.shelfwise.metrics.concentration.AlertSeverity;
import dev.shelfwise.metrics.concentration.ConcentrationAlertEvent;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.indices.DateRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertTest {
    private static final Instant FIRED = Instant.parse("2026-11-27T10:15:30.120Z");
    private static final Instant RESOLVED = Instant.parse("2026-11-27T11:00:00Z");
    private static final DateRange WINDOW = DateRange.of(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27"));

    /** One SKU with 955 of 1,000: the top 1 % of 10 SKUs is that one SKU, 95.5 %. */
    private static GmvConcentration concentrated() {
        List<BigDecimal> gmv = new ArrayList<>(List.of(new BigDecimal("955.00")));
        for (int i = 0; i < 9; i++) {
            gmv.add(new BigDecimal("5.00"));
        }
        return GmvConcentration.of(gmv);
    }

    private static Alert firing() {
        GmvConcentration figures = concentrated();
        return Alert.firing(new ConcentrationAlertEvent("trailing-24h", AlertSeverity.CRITICAL, AlertLifecycle.FIRING,
                FIRED, null, figures.top1PctShare(), 0.90), figures, WINDOW, 0.05);
    }

    @Test
    void aFiringAlertCarriesTheEpisodeIdTheFiguresThatFiredItAndASummary() {
        Alert alert = firing();
        assertEquals("gmv-over-concentration/trailing-24h/critical/2026-11-27T10:15:30.120Z", alert.id());
        assertEquals("firing", alert.state());
        assertNull(alert.endsAt());
        assertEquals(new AlertFigures(0.955, 0.90, 0.05, 10, new BigDecimal("1000.00"), concentrated().gini(),
                concentrated().hhi(), null), alert.figures());
        assertEquals("The top 1 % of active SKUs (1 of 10) hold 95.5 % of GMV in trailing-24h (2026-11-26 to"
                + " 2026-11-27): above the critical level of 90 %.", alert.summary());
    }

    @Test
    void itsEventHasTheFiguresAsExactText() {
        AlertEvent event = firing().toEvent("metrics-service");
        assertEquals("firing", event.state());
        assertEquals("critical", event.severity());
        assertEquals("metrics-service", event.source());
        assertEquals(FIRED, event.startsAt());
        assertNull(event.endsAt());
        assertEquals(Map.of("scope", "trailing-24h", "windowStart", "2026-11-26", "windowEnd", "2026-11-27"),
                event.labels());
        assertEquals("0.955", event.figures().get("top1PctShare"));
        assertEquals("0.9", event.figures().get("threshold"));
        assertEquals("10", event.figures().get("activeSkus"));
        assertEquals("1000.00", event.figures().get("gmv"));
        assertEquals(7, event.figures().size(), "no resolvedTop1PctShare while firing: " + event.figures());
    }

    @Test
    void resolvingKeepsIdStartAndFiguresAndAddsTheResolvingShare() {
        Alert alert = firing();
        Alert resolved = alert.resolved(new ConcentrationAlertEvent("trailing-24h", AlertSeverity.CRITICAL,
                AlertLifecycle.RESOLVED, FIRED, RESOLVED, 0.4775, 0.90));
        assertEquals(alert.id(), resolved.id());
        assertEquals("resolved", resolved.state());
        assertEquals(FIRED, resolved.startsAt());
        assertEquals(RESOLVED, resolved.endsAt());
        assertEquals(0.955, resolved.figures().top1PctShare());
        assertEquals(0.4775, resolved.figures().resolvedTop1PctShare());
        assertTrue(resolved.summary().endsWith("Resolved: the share fell to 47.75 %, below 85 % (the level minus the"
                + " hysteresis)."), resolved.summary());
        AlertEvent event = resolved.toEvent("metrics-service");
        assertEquals(alert.id(), event.id());
        assertEquals(RESOLVED, event.endsAt());
        assertEquals("0.4775", event.figures().get("resolvedTop1PctShare"));
    }

    @Test
    void anotherEpisodesResolutionIsRefused() {
        ConcentrationAlertEvent other = new ConcentrationAlertEvent("trailing-24h", AlertSeverity.CRITICAL,
                AlertLifecycle.RESOLVED, RESOLVED.minusSeconds(1), RESOLVED, 0.5, 0.90);
        assertThrows(IllegalArgumentException.class, () -> firing().resolved(other));
    }

    @Test
    void aScopeThatEndedResolvesWithoutAResolvingShare() {
        Alert ended = firing().ended(RESOLVED);
        assertEquals("resolved", ended.state());
        assertEquals(RESOLVED, ended.endsAt());
        assertNull(ended.figures().resolvedTop1PctShare());
        assertTrue(ended.summary().endsWith("Resolved: trailing-24h is no longer running."), ended.summary());
    }
}
