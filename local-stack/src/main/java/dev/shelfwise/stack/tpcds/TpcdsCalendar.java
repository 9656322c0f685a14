package dev.shelfwise.stack.tpcds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * TPC-DS days and seconds as Shelfwise timestamps. A {@code *_date_sk} is the Julian day number of the date
 * ({@code date_dim.d_date_sk}: 2415022 is 1900-01-02), a {@code *_time_sk} the second of the day
 * ({@code time_dim.t_time_sk}: 0 to 86,399). The data set's dates (sales 1998-01-02 to 2003-01-02, returns until
 * December 2003) are moved forward by whole years so that every event lies in the past and after 2000 (order-ingest
 * refuses timestamps before 2000 or more than 24 h ahead): by default the last return lands in last year. TPC-DS has
 * no time zones; the shop is taken to be on UTC, the default {@code shelfwise.timezone} of metrics-service, so a
 * TPC-DS day is a Shelfwise day.
 */
public final class TpcdsCalendar {
    public static final ZoneOffset OFFSET = ZoneOffset.UTC;
    /** The year of the data set's latest date (web returns reach the end of 2003 at every scale factor). */
    static final int LAST_DATA_YEAR = 2003;
    /** The Julian day number of 1970-01-01. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588;

    private final int yearsLater;

    public TpcdsCalendar(int yearsLater) {
        this.yearsLater = yearsLater;
    }

    /** The largest whole-year shift that keeps the data set's last date in a year before {@code today}'s. */
    public static TpcdsCalendar before(LocalDate today) {
        return new TpcdsCalendar(today.getYear() - 1 - LAST_DATA_YEAR);
    }

    public int yearsLater() {
        return yearsLater;
    }

    /** The TPC-DS date of a date key, unshifted. */
    static LocalDate tpcdsDate(long dateSk) {
        return LocalDate.ofEpochDay(dateSk - EPOCH_JULIAN_DAY);
    }

    /** The Shelfwise day of a TPC-DS date key (shifted). */
    public LocalDate day(long dateSk) {
        return shifted(tpcdsDate(dateSk));
    }

    public LocalDate shifted(LocalDate tpcdsDate) {
        return tpcdsDate.plusYears(yearsLater); // 29 February becomes 28 February in a common year
    }

    /** The moment of a date and time key; an unknown time is the start of the day. */
    public OffsetDateTime at(long dateSk, Long timeSk) {
        LocalTime time = timeSk == null ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(timeSk);
        return OffsetDateTime.of(day(dateSk), time, OFFSET);
    }
}
