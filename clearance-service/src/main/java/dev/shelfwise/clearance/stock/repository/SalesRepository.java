package dev.shelfwise.clearance.stock.repository;

import dev.shelfwise.clearance.plans.ClearanceMath;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** SKU lines of orders: inserted once per (event id, SKU), read for velocity, price and attribution. */
@ApplicationScoped
public class SalesRepository implements PanacheRepositoryBase<SaleLineRecord, Long> {

    /**
     * Units and money of a SKU over a window.
     *
     * @param units   units sold
     * @param revenue money received for them
     */
    public record Totals(long units, BigDecimal revenue) {
        public static final Totals NONE = new Totals(0, BigDecimal.ZERO);
    }

    /** Inserts one line; a line already stored for this event and SKU is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(String eventId, String sku, String channel, LocalDate day, int units, BigDecimal revenue,
                       BigDecimal unitCost) {
        getEntityManager().unwrap(Session.class).createNativeMutationQuery("""
                        INSERT INTO sale_line (event_id, sku, channel, day, units, revenue, unit_cost)
                        VALUES (:eventId, :sku, :channel, :day, :units, :revenue, :unitCost)
                        ON CONFLICT (event_id, sku) DO NOTHING""")
                .setParameter("eventId", eventId, String.class)
                .setParameter("sku", sku, String.class)
                .setParameter("channel", channel, String.class)
                .setParameter("day", day, LocalDate.class)
                .setParameter("units", units, Integer.class)
                .setParameter("revenue", revenue, BigDecimal.class)
                .setParameter("unitCost", unitCost, BigDecimal.class)
                .executeUpdate();
    }

    /** The SKU's lines from {@code from} to {@code to}, both included. */
    public List<SaleLineRecord> between(String sku, LocalDate from, LocalDate to) {
        return list("sku = ?1 and day between ?2 and ?3 order by day, id", sku, from, to);
    }

    /** The lines of these SKUs from {@code from} to {@code to}, by SKU, each as {@link #between} lists them. */
    public Map<String, List<SaleLineRecord>> betweenBySku(Collection<String> skus, LocalDate from, LocalDate to) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return list("sku in ?1 and day between ?2 and ?3 order by sku, day, id", skus, from, to).stream()
                .collect(Collectors.groupingBy(line -> line.sku, Collectors.toList()));
    }

    /** Units and revenue of one SKU from {@code from} to {@code to}. */
    public Totals totals(String sku, LocalDate from, LocalDate to) {
        Object[] row = getEntityManager().createQuery("""
                        select coalesce(sum(s.units), 0), coalesce(sum(s.revenue), 0) from SaleLineRecord s
                        where s.sku = :sku and s.day between :from and :to""", Object[].class)
                .setParameter("sku", sku).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Totals(((Number) row[0]).longValue(), (BigDecimal) row[1]);
    }

    /** Units and revenue of every SKU that sold from {@code from} to {@code to}. */
    public Map<String, Totals> totalsBySku(LocalDate from, LocalDate to) {
        Map<String, Totals> totals = new HashMap<>();
        getEntityManager().createQuery("""
                        select s.sku, sum(s.units), sum(s.revenue) from SaleLineRecord s
                        where s.day between :from and :to group by s.sku""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(row -> totals.put((String) row[0],
                        new Totals(((Number) row[1]).longValue(), (BigDecimal) row[2])));
        return totals;
    }

    /** Revenue per unit of the SKU's latest line with units, whenever it was. */
    public Optional<BigDecimal> latestUnitPrice(String sku) {
        return find("sku = ?1 and units > 0 order by day desc, id desc", sku).firstResultOptional()
                .map(SalesRepository::unitPrice);
    }

    /** {@link #latestUnitPrice} of each of these SKUs in one read; SKUs that never sold are absent. */
    public Map<String, BigDecimal> latestUnitPrices(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> prices = new HashMap<>();
        // DISTINCT ON keeps the first row of each SKU in this order: its latest line, as latestUnitPrice finds it
        getEntityManager().unwrap(Session.class).createNativeQuery("""
                        SELECT DISTINCT ON (sku) * FROM sale_line WHERE sku IN (:skus) AND units > 0
                        ORDER BY sku, day DESC, id DESC""", SaleLineRecord.class)
                .setParameterList("skus", skus)
                .getResultStream()
                .forEach(line -> prices.put(line.sku, unitPrice(line)));
        return prices;
    }

    private static BigDecimal unitPrice(SaleLineRecord line) {
        return line.revenue.divide(BigDecimal.valueOf(line.units), ClearanceMath.MATH);
    }
}
