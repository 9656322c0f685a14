package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A category's sales over a window: daily and monthly series and their growth.
 *
 * @param daily              every day of the window, zero on days without sales
 * @param monthly            every calendar month the window touches, totals over the window's days only
 * @param sales              total sales over the window
 * @param lastYearSales      total sales over the same window one year earlier
 * @param yearOverYearGrowth {@code (sales − lastYearSales) / lastYearSales}, 4 decimals; null when last year's sales
 *                           were zero or negative
 */
public record SalesTrendReport(
        String category,
        DateRange window,
        List<Day> daily,
        List<Month> monthly,
        BigDecimal sales,
        BigDecimal lastYearSales,
        BigDecimal yearOverYearGrowth) {

    /** Sales of one day. */
    public record Day(LocalDate date, BigDecimal sales) {
    }

    /**
     * Sales of one calendar month within the window.
     *
     * @param days                 days of the month inside the window
     * @param complete             whether the whole calendar month lies inside the window
     * @param monthOverMonthGrowth growth over the previous month; null unless both this and the previous month are
     *                             complete and the previous month's sales were positive (comparing a partial month
     *                             with a whole one would read as a collapse or a boom that never happened)
     */
    public record Month(YearMonth month, int days, boolean complete, BigDecimal sales,
                        BigDecimal monthOverMonthGrowth) {
    }
}
