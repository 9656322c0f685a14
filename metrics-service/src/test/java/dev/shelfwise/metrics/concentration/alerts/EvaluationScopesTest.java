package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.metrics.indices.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationScopesTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-27");
    private static final Optional<DateRange> CONFIGURED =
            Optional.of(DateRange.of(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-28")));

    private static PromotionWindow promotion(String id, String start, String end) {
        return new PromotionWindow(id, DateRange.of(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void noDataNoScope() {
        assertTrue(EvaluationScopes.plan(null, List.of(promotion("p", "2026-11-01", "2026-12-31")), CONFIGURED).isEmpty());
    }

    @Test
    void trailing24hIsTheCompleteThroughDayAndTheDayBefore() {
        List<EvaluationScope> scopes = EvaluationScopes.plan(DAY, List.of(), Optional.empty());
        assertEquals(List.of(new EvaluationScope("trailing-24h", DateRange.of(DAY.minusDays(1), DAY))), scopes);
    }

    @ParameterizedTest(name = "{0}..{1} running on 2026-11-27: {2}")
    @CsvSource({
            "2026-11-27, 2026-11-27, true",
            "2026-11-20, 2026-11-27, true",
            "2026-11-27, 2026-12-03, true",
            "2026-11-28, 2026-12-03, false",
            "2026-11-01, 2026-11-26, false"})
    void aPromotionIsEvaluatedOnItsWholeWindowWhileItContainsTheDataDay(String start, String end, boolean running) {
        List<EvaluationScope> scopes = EvaluationScopes.plan(DAY, List.of(promotion("bf", start, end)), CONFIGURED);
        List<EvaluationScope> expected = running
                ? List.of(new EvaluationScope("trailing-24h", DateRange.of(DAY.minusDays(1), DAY)),
                new EvaluationScope("promotion:bf", DateRange.of(LocalDate.parse(start), LocalDate.parse(end))))
                : List.of(new EvaluationScope("trailing-24h", DateRange.of(DAY.minusDays(1), DAY)));
        assertEquals(expected, scopes, "the configured window is ignored once any promotion is known");
    }

    @Test
    void everyRunningPromotionIsAScopeInIdOrder() {
        List<EvaluationScope> scopes = EvaluationScopes.plan(DAY, List.of(promotion("z", "2026-11-27", "2026-11-27"),
                promotion("a", "2026-11-26", "2026-11-28"), promotion("over", "2026-11-01", "2026-11-02")), CONFIGURED);
        assertEquals(List.of("trailing-24h", "promotion:a", "promotion:z"),
                scopes.stream().map(EvaluationScope::name).toList());
    }

    @Test
    void theConfiguredWindowStandsInUntilAnyPromotionIsKnownAndOnlyWhileItRuns() {
        assertEquals(List.of("trailing-24h", "promotion:configured"),
                EvaluationScopes.plan(DAY, List.of(), CONFIGURED).stream().map(EvaluationScope::name).toList());
        assertEquals(CONFIGURED.get(), EvaluationScopes.plan(DAY, List.of(), CONFIGURED).get(1).window());
        assertEquals(List.of("trailing-24h"), EvaluationScopes.plan(LocalDate.parse("2026-11-29"), List.of(), CONFIGURED)
                .stream().map(EvaluationScope::name).toList());
    }

    @Test
    void theConfiguredWindowNeedsBothEndsInOrder() {
        LocalDate start = LocalDate.parse("2026-11-25");
        LocalDate end = LocalDate.parse("2026-11-27");
        assertEquals(Optional.empty(), EvaluationScopes.configuredWindow(Optional.empty(), Optional.empty()));
        assertEquals(Optional.of(DateRange.of(start, end)),
                EvaluationScopes.configuredWindow(Optional.of(start), Optional.of(end)));
        assertThrows(IllegalArgumentException.class, () -> EvaluationScopes.configuredWindow(Optional.of(start), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> EvaluationScopes.configuredWindow(Optional.of(end), Optional.of(start)));
    }
}
