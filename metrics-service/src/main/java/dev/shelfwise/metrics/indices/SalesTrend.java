package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Trend of a category's sales: daily series, monthly totals, year-over-year growth (the same window one year
 * earlier, see {@link DateRange#minusYears}) and month-over-month growth between complete months. Growth is a
 * fraction (0.2500 = +25 %), 4 decimals half-up, null when its base is zero or negative.
 */
public final class SalesTrend {

    private SalesTrend() {
    }

    public static SalesTrendReport of(String category, DailySales sales, DateRange window) {
        List<SalesTrendReport.Day> daily = window.dates()
                .map(day -> new SalesTrendReport.Day(day, sales.on(day)))
                .toList();

        BigDecimal total = sales.total(window);
        BigDecimal lastYear = sales.total(window.minusYears(1));
        return new SalesTrendReport(category, window, daily, monthly(sales, window), total, lastYear,
                Decimals.growth(total, lastYear));
    }

    private static List<SalesTrendReport.Month> monthly(DailySales sales, DateRange window) {
        List<SalesTrendReport.Month> months = new ArrayList<>();
        SalesTrendReport.Month previous = null;
        for (YearMonth month = YearMonth.from(window.start());
                !month.isAfter(YearMonth.from(window.end()));
                month = month.plusMonths(1)) {
            LocalDate first = max(month.atDay(1), window.start());
            LocalDate last = min(month.atEndOfMonth(), window.end());
            DateRange inWindow = DateRange.of(first, last);
            boolean complete = inWindow.days() == month.lengthOfMonth();
            BigDecimal total = sales.total(inWindow);
            BigDecimal growth = complete && previous != null && previous.complete()
                    ? Decimals.growth(total, previous.sales())
                    : null;
            SalesTrendReport.Month row =
                    new SalesTrendReport.Month(month, (int) inWindow.days(), complete, total, growth);
            months.add(row);
            previous = row;
        }
        return List.copyOf(months);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
