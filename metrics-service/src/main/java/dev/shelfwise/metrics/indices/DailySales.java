package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One category's sales (GMV net of refunds) per shop day. Days without an entry sold nothing, so callers only pass
 * the days a rollup actually holds.
 */
public final class DailySales {

    private static final DailySales EMPTY = new DailySales(new TreeMap<>());

    private final NavigableMap<LocalDate, BigDecimal> salesByDay;

    private DailySales(NavigableMap<LocalDate, BigDecimal> salesByDay) {
        this.salesByDay = salesByDay;
    }

    /** Copies the given day → sales map; neither days nor amounts may be null. */
    public static DailySales of(Map<LocalDate, BigDecimal> salesByDay) {
        TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>();
        salesByDay.forEach((day, sales) -> copy.put(
                Objects.requireNonNull(day, "day"),
                Objects.requireNonNull(sales, () -> "sales of " + day)));
        return new DailySales(copy);
    }

    public static DailySales empty() {
        return EMPTY;
    }

    /** Sales of one day, zero when nothing was sold. */
    public BigDecimal on(LocalDate day) {
        return salesByDay.getOrDefault(day, BigDecimal.ZERO);
    }

    /** Total sales over the range, both ends included. */
    public BigDecimal total(DateRange range) {
        return salesByDay.subMap(range.start(), true, range.end(), true).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
