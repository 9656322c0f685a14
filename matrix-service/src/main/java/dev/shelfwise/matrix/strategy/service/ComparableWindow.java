package dev.shelfwise.matrix.strategy.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Last year's comparable window of a promotion: the same calendar days one year earlier (29 February maps to 28).
 * Its explosion coefficient is the promotion's seasonal lift, and its months are the promotion's months as far as the
 * new-customer index is known.
 */
public record ComparableWindow(LocalDate start, LocalDate end) {

    public static ComparableWindow of(LocalDate promotionStart, LocalDate promotionEnd) {
        return new ComparableWindow(promotionStart.minusYears(1), promotionEnd.minusYears(1));
    }

    /** The months the window touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The years the window touches, in order. */
    public List<Integer> years() {
        return months().stream().map(YearMonth::getYear).distinct().toList();
    }
}
