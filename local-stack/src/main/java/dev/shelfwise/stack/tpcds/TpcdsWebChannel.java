package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Results;
import io.trino.tpcds.Session;
import io.trino.tpcds.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The TPC-DS web channel at a scale factor, generated in this process by {@code io.trino.tpcds} (the same data as
 * the specification's dsdgen): {@code item} (the catalog), {@code web_sales} with {@code web_returns} (orders and
 * refunds, streamed), the last date of {@code inventory} and {@code promotion}. Scale 1 has 60,000 orders of
 * 719,384 lines, 71,763 returns and 9,000 SKUs (18,000 item versions); fractions such as 0.01 work too.
 */
public final class TpcdsWebChannel {
    private final Session session;
    private final TpcdsCalendar calendar;
    private TpcdsCatalog catalog;

    public TpcdsWebChannel(double scale, TpcdsCalendar calendar) {
        this.session = Session.getDefaultSession().withScale(scale);
        this.calendar = calendar;
    }

    public TpcdsCalendar calendar() {
        return calendar;
    }

    public double scale() {
        return session.getScaling().getScale();
    }

    /** The {@code item} table as products (generated once). */
    public synchronized TpcdsCatalog catalog() {
        if (catalog == null) {
            catalog = TpcdsCatalog.of(rows(Results.constructResults(Table.ITEM, session)));
        }
        return catalog;
    }

    /** Streams every order, then its refunds, to {@code events}; returns the counts. */
    public TpcdsOrderMapping.Counts sales(TpcdsOrderMapping.Events events) {
        TpcdsOrderMapping mapping = new TpcdsOrderMapping(catalog(), calendar, events);
        for (List<List<String>> generated : Results.constructResults(Table.WEB_SALES, session)) {
            mapping.accept(generated);
        }
        mapping.finish();
        return mapping.counts();
    }

    /**
     * The inventory of the last date only: the table is written date by date, every date holding one row per item
     * id and warehouse, so those are its last rows and only they are generated.
     */
    public TpcdsInventory.Snapshot lastInventory() {
        long rows = session.getScaling().getRowCount(Table.INVENTORY);
        long perDate = session.getScaling().getIdCount(Table.ITEM) * session.getScaling().getRowCount(Table.WAREHOUSE);
        Results last = Results.constructResults(Table.INVENTORY, Math.max(1, rows - perDate + 1), rows, session);
        return TpcdsInventory.lastDate(rows(last), catalog());
    }

    /** The catalog events, and the SKUs left out (no price or launch date) counted in {@code skipped}. */
    public List<Map<String, Object>> catalogEvents(Map<String, Long> skipped) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (TpcdsCatalog.Product product : catalog().products()) {
            Map<String, Object> event = TpcdsCatalog.catalogEvent(product, calendar);
            if (event == null) {
                skipped.merge(product.listPrice() == null ? "SKU without i_current_price" : "SKU without i_rec_start_date",
                        1L, Long::sum);
            } else {
                events.add(event);
            }
        }
        return events;
    }

    public TpcdsPromotion mostUsedPromotion(TpcdsOrderMapping.Counts counts) {
        return TpcdsPromotion.mostUsed(rows(Results.constructResults(Table.PROMOTION, session)),
                counts.linesPerPromotion(), calendar);
    }

    /** The table's own rows of a result (a parent table's results carry its child's rows too). */
    private static Iterable<List<String>> rows(Results results) {
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<List<List<String>>> generated = results.iterator();

            @Override
            public boolean hasNext() {
                return generated.hasNext();
            }

            @Override
            public List<String> next() {
                return generated.next().get(0);
            }
        };
    }
}
