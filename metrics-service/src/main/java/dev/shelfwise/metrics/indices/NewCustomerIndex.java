package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * New-customer acquisition efficiency index: how much better than the site a category is at bringing in new
 * customers in a given month.
 * <pre>
 *   site index  = site new-customer orders / site orders                 (over the year)
 *   index(c, m) = (new-customer orders of c in m / orders of c in m) / site index
 * </pre>
 * The cell index is computed from the four counts in one division, {@code newC × siteOrders / (ordersC ×
 * siteNewC)}, rounded half-up to 4 decimals: site 2,000 / 10,000 and books in April 55 / 218 give 1.2615, which is
 * 1.26 at two decimals. Bands follow {@link BandCutPoints}.
 */
public final class NewCustomerIndex {

    private static final Comparator<NewCustomerIndexCell> TABLE_ORDER = Comparator
            .comparing(NewCustomerIndexCell::category)
            .thenComparing(NewCustomerIndexCell::month);

    private final NewCustomerIndexSettings settings;

    public NewCustomerIndex(NewCustomerIndexSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static NewCustomerIndex withDefaults() {
        return new NewCustomerIndex(NewCustomerIndexSettings.DEFAULTS);
    }

    /** Site new-customer orders / site orders at 4 decimals, or null when the site had no orders. */
    public static BigDecimal siteIndex(OrderCounts site) {
        return Decimals.ratio(site.newCustomerOrders(), site.orders());
    }

    /** Indexes and bands one cell against the site totals. */
    public NewCustomerIndexCell cell(OrderCounts site, CategoryMonthOrders counts) {
        BigDecimal index = null;
        // no site-wide new customers means no baseline to compare with: the index is undefined, not infinite
        if (counts.orders() > 0 && site.newCustomerOrders() > 0) {
            index = Decimals.ratio(
                    BigDecimal.valueOf(counts.newCustomerOrders()).multiply(BigDecimal.valueOf(site.orders())),
                    BigDecimal.valueOf(counts.orders()).multiply(BigDecimal.valueOf(site.newCustomerOrders())));
        }
        IndexBand band = index == null || counts.orders() < settings.minOrders()
                ? IndexBand.INSUFFICIENT_DATA
                : settings.cutPoints().bandOf(index);
        return new NewCustomerIndexCell(counts.category(), counts.month(), counts.orders(),
                counts.newCustomerOrders(), index, band);
    }

    /** The whole heat map: the site index and every cell, sorted by category then month. */
    public NewCustomerIndexTable table(OrderCounts site, Collection<CategoryMonthOrders> cells) {
        return new NewCustomerIndexTable(site.orders(), site.newCustomerOrders(), siteIndex(site),
                cells.stream().map(counts -> cell(site, counts)).sorted(TABLE_ORDER).toList());
    }
}
