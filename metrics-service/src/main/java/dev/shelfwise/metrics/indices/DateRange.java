package dev.shelfwise.metrics.indices;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A span of calendar days in the shop's time zone, both ends included.
 *
 * <p>Days rather than instants: every index of the design is defined on shop days, and the caller converts event
 * times with the configured zone before they reach the domain.
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public static DateRange singleDay(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The {@code days} days that end the day before {@code day}, e.g. the reference year before a promotion. */
    public static DateRange daysBefore(LocalDate day, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        return new DateRange(day.minusDays(days), day.minusDays(1));
    }

    /** Number of days in the range, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The same calendar span {@code years} earlier. A 29 February end moves to 28 February (as
     * {@link LocalDate#minusYears} does), so "same window last year" never spills into March.
     */
    public DateRange minusYears(int years) {
        return new DateRange(start.minusYears(years), end.minusYears(years));
    }

    /** Every day of the range in order. */
    public Stream<LocalDate> dates() {
        return start.datesUntil(end.plusDays(1));
    }
}
