package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Results;
import io.trino.tpcds.Session;
import io.trino.tpcds.Table;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TpcdsCalendarTest {
    @Test
    void dateKeysAreTheDatesOfDateDim() {
        int checked = 0;
        for (List<List<String>> row : Results.constructResults(Table.DATE_DIM, 36_500, 36_900, Session.getDefaultSession())) {
            TpcdsRow date = new TpcdsRow(Table.DATE_DIM, row.get(0));
            assertEquals(LocalDate.parse(date.text("d_date")), TpcdsCalendar.tpcdsDate(date.number("d_date_sk")));
            checked++;
        }
        assertEquals(401, checked);
    }

    @Test
    void timeKeysAreTheSecondsOfTimeDim() {
        for (List<List<String>> row : Results.constructResults(Table.TIME_DIM, 45_000, 45_100, Session.getDefaultSession())) {
            TpcdsRow time = new TpcdsRow(Table.TIME_DIM, row.get(0));
            LocalTime expected = LocalTime.of(time.number("t_hour").intValue(), time.number("t_minute").intValue(),
                    time.number("t_second").intValue());
            assertEquals(expected, new TpcdsCalendar(0).at(2_451_383, time.number("t_time_sk")).toLocalTime());
        }
    }

    @Test
    void datesMoveWholeYearsOnUtcAndAnUnknownTimeIsMidnight() {
        TpcdsCalendar calendar = new TpcdsCalendar(22);
        assertEquals(OffsetDateTime.of(2021, 7, 23, 20, 21, 53, 0, ZoneOffset.UTC), calendar.at(2_451_383, 73_313L));
        assertEquals(OffsetDateTime.of(2021, 7, 23, 0, 0, 0, 0, ZoneOffset.UTC), calendar.at(2_451_383, null));
        assertEquals(LocalDate.of(2022, 2, 28), calendar.shifted(LocalDate.of(2000, 2, 29)));
    }

    @Test
    void theDefaultShiftPutsTheLastReturnsBeforeThisYear() {
        assertEquals(22, TpcdsCalendar.before(LocalDate.of(2026, 1, 1)).yearsLater());
        assertEquals(22, TpcdsCalendar.before(LocalDate.of(2026, 12, 31)).yearsLater());
        assertEquals(LocalDate.of(2025, 12, 31), TpcdsCalendar.before(LocalDate.of(2026, 1, 1)).shifted(LocalDate.of(2003, 12, 31)));
    }
}
