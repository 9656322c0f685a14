package dev.shelfwise.matrix.strategy.service;

import dev.shelfwise.matrix.strategy.client.NewCustomerTable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The new-customer acquisition index of each category over several months (pure). Per month m of year y,
 * {@code index(c, m) = (newCustomerOrders / orders) / siteIndex(y)} (DESIGN.md §4); over several months the cells are
 * combined weighted by their orders: {@code Σ (newCustomerOrders_m / siteIndex_y) / Σ orders_m}, which is the plain
 * index when there is one month. Computed from the counts, so months whose own index is withheld for too few orders
 * still contribute; a year without a site index is left out.
 */
public final class NewCustomerIndexes {

    private NewCustomerIndexes() {
    }

    /** Index per category over the given months; a category without orders in them is absent. */
    public static Map<String, BigDecimal> over(Collection<NewCustomerTable> tables, Collection<YearMonth> months) {
        Set<String> wanted = new HashSet<>();
        months.forEach(month -> wanted.add(month.toString()));
        Map<String, BigDecimal> weightedNew = new HashMap<>();
        Map<String, Long> orders = new HashMap<>();
        for (NewCustomerTable table : tables) {
            if (table.siteIndex() == null || table.siteIndex().signum() <= 0 || table.cells() == null) {
                continue;
            }
            for (NewCustomerTable.Cell cell : table.cells()) {
                if (cell == null || cell.category() == null || !wanted.contains(cell.month())
                        || cell.orders() == null || cell.orders() <= 0 || cell.newCustomerOrders() == null) {
                    continue;
                }
                weightedNew.merge(cell.category(), BigDecimal.valueOf(cell.newCustomerOrders())
                        .divide(table.siteIndex(), MathContext.DECIMAL64), BigDecimal::add);
                orders.merge(cell.category(), cell.orders(), Long::sum);
            }
        }
        Map<String, BigDecimal> indexes = new HashMap<>();
        weightedNew.forEach((category, value) -> indexes.put(category,
                value.divide(BigDecimal.valueOf(orders.get(category)), MathContext.DECIMAL64)));
        return indexes;
    }
}
