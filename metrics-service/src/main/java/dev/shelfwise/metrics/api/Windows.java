package dev.shelfwise.metrics.api;

import dev.shelfwise.metrics.indices.DateRange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses and bounds the date windows of queries, so no request can ask for an unbounded scan. */
public final class Windows {
    private Windows() {
    }

    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(parameter, parameter + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter, parameter + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** A window from two required parameters: end not before start, at most {@code maxDays} long. */
    public static DateRange window(String startName, String start, String endName, String end, int maxDays) {
        LocalDate from = date(startName, start);
        LocalDate to = date(endName, end);
        if (to.isBefore(from)) {
            throw new BadParameterException(endName, endName + " (" + to + ") is before " + startName + " (" + from + ")");
        }
        DateRange range = DateRange.of(from, to);
        if (range.days() > maxDays) {
            throw new BadParameterException(endName, "the window is " + range.days() + " days; at most " + maxDays
                    + " days may be asked for at once");
        }
        return range;
    }
}
