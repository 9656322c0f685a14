package dev.shelfwise.metrics.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

    @ParameterizedTest(name = "{0}..{1} has {2} days")
    @CsvSource({
            "2024-04-01, 2024-04-01, 1",
            "2024-04-01, 2024-04-30, 30",
            "2024-01-01, 2024-12-31, 366",
            "2023-01-01, 2023-12-31, 365",
    })
    void countsBothEnds(LocalDate start, LocalDate end, long days) {
        DateRange range = DateRange.of(start, end);
        assertEquals(days, range.days());
        assertEquals(days, range.dates().count());
        assertEquals(start, range.dates().findFirst().orElseThrow());
    }

    @Test
    void endBeforeStartIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateRange.of(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)));
        assertTrue(e.getMessage().contains("2024-05-01"), e.getMessage());
    }

    @Test
    void daysBeforeEndsTheDayBefore() {
        DateRange reference = DateRange.daysBefore(LocalDate.of(2024, 11, 11), 365);
        assertEquals(LocalDate.of(2024, 11, 10), reference.end());
        assertEquals(LocalDate.of(2023, 11, 12), reference.start());
        assertEquals(365, reference.days());
        assertThrows(IllegalArgumentException.class, () -> DateRange.daysBefore(LocalDate.of(2024, 1, 1), 0));
    }

    @Test
    void containsIncludesBothEnds() {
        DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
        assertTrue(april.contains(LocalDate.of(2024, 4, 1)));
        assertTrue(april.contains(LocalDate.of(2024, 4, 30)));
        assertFalse(april.contains(LocalDate.of(2024, 3, 31)));
        assertFalse(april.contains(LocalDate.of(2024, 5, 1)));
    }

    @Test
    void lastYearOfALeapDayIsTheTwentyEighth() {
        DateRange lastYear = DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).minusYears(1);
        assertEquals(DateRange.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28)), lastYear);
    }
}
