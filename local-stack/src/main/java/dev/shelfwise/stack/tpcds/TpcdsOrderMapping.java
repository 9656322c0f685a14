package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code web_sales} rows (each with its {@code web_returns} row when the line came back) as Shelfwise orders and
 * refunds, one order at a time: the generator writes the lines of an order one after the other, so nothing but the
 * current order is held.
 * <ul>
 * <li>Order {@code tpcds-<ws_order_number>}, customer {@code tpcds-customer-<ws_bill_customer_sk>}, placed at
 * {@code ws_sold_date_sk} + {@code ws_sold_time_sk} ({@link TpcdsCalendar}); TPC-DS draws these once per order and
 * blanks single cells at random, so an order takes them from any of its rows.</li>
 * <li>A line: SKU and category of the item ({@link TpcdsCatalog}), {@code ws_quantity}, unit price
 * {@code ws_sales_price}, discount {@code ws_coupon_amt}, unit cost {@code ws_wholesale_cost}. The line's sales are
 * then {@code ws_net_paid}. {@code ws_ext_discount_amt} is the markdown from {@code ws_list_price} to
 * {@code ws_sales_price}, already inside the sales price: subtracting it again would count it twice. An order with
 * a coupon on any line has the channel {@code onsite:coupon}.</li>
 * <li>Two lines of one SKU (two versions of one item) become one: quantities and discounts added, the higher unit
 * price, and the difference in the discount, so the line's sales stay exact.</li>
 * <li>A return becomes a refund line of {@code tpcds-<order>-r<wr_returned_date_sk>} (one refund per order and
 * return day) at {@code wr_returned_date_sk} + {@code wr_returned_time_sk}: {@code wr_return_quantity} units and
 * {@code wr_return_amt}, neither more than the line sold.</li>
 * </ul>
 * Rows lacking what the contract needs are skipped and counted by reason: a line without item, quantity or price; an
 * order without customer or date (all its rows); a return without date, quantity or amount, or of a line that was
 * skipped.
 */
public final class TpcdsOrderMapping {
    /** Where the events go; called in data order (an order, then its refunds). */
    public interface Events {
        void order(String orderId, String customerId, Map<String, Object> order);

        void refund(String refundId, String orderId, Map<String, Object> refund);
    }

    /** What the mapping did; skipped rows by reason. */
    public static final class Counts {
        long salesRows;
        long orders;
        long lines;
        long mergedLines;
        long returnRows;
        long refunds;
        long refundLines;
        final Map<String, Long> skippedSalesRows = new TreeMap<>();
        final Map<String, Long> skippedReturnRows = new TreeMap<>();
        /** Imported lines per {@code ws_promo_sk}. */
        final Map<Long, Long> linesPerPromotion = new TreeMap<>();
        LocalDate firstDay;
        LocalDate lastDay;

        public long salesRows() {
            return salesRows;
        }

        public long orders() {
            return orders;
        }

        public long lines() {
            return lines;
        }

        public long mergedLines() {
            return mergedLines;
        }

        public long returnRows() {
            return returnRows;
        }

        public long refunds() {
            return refunds;
        }

        public long refundLines() {
            return refundLines;
        }

        public Map<String, Long> skippedSalesRows() {
            return skippedSalesRows;
        }

        public Map<String, Long> skippedReturnRows() {
            return skippedReturnRows;
        }

        /** Skipped rows by table and reason ("web_sales: line without ws_quantity"). */
        public Map<String, Long> skippedRowsByReason() {
            Map<String, Long> skipped = new TreeMap<>();
            skippedSalesRows.forEach((reason, n) -> skipped.put("web_sales: " + reason, n));
            skippedReturnRows.forEach((reason, n) -> skipped.put("web_returns: " + reason, n));
            return skipped;
        }

        public long skippedRows() {
            return skippedSalesRows.values().stream().mapToLong(Long::longValue).sum()
                    + skippedReturnRows.values().stream().mapToLong(Long::longValue).sum();
        }

        public Map<Long, Long> linesPerPromotion() {
            return linesPerPromotion;
        }

        /** The first and last day an order was placed on (shifted), null before any order. */
        public LocalDate firstDay() {
            return firstDay;
        }

        public LocalDate lastDay() {
            return lastDay;
        }
    }

    /** One sold line before merging, with its return. */
    private record Sale(TpcdsCatalog.Product product, long quantity, BigDecimal unitPrice, BigDecimal discount,
                        BigDecimal unitCost, TpcdsRow returned) {
        BigDecimal net() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
        }
    }

    private final TpcdsCatalog catalog;
    private final TpcdsCalendar calendar;
    private final Events events;
    private final Counts counts = new Counts();
    private final List<TpcdsRow> salesOfOrder = new ArrayList<>();
    private final List<TpcdsRow> returnsOfOrder = new ArrayList<>();
    private String currentOrder;

    public TpcdsOrderMapping(TpcdsCatalog catalog, TpcdsCalendar calendar, Events events) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.events = events;
    }

    /** One generated {@code web_sales} result: the sale row, and the return row when there is one. */
    public void accept(List<List<String>> generated) {
        TpcdsRow sale = new TpcdsRow(Table.WEB_SALES, generated.get(0));
        String order = sale.text("ws_order_number");
        if (!order.equals(currentOrder)) {
            finish();
            currentOrder = order;
        }
        counts.salesRows++;
        salesOfOrder.add(sale);
        returnsOfOrder.add(generated.size() > 1 ? new TpcdsRow(Table.WEB_RETURNS, generated.get(1)) : null);
    }

    /** Maps the order read last; call once after the last row. */
    public void finish() {
        if (currentOrder != null && !salesOfOrder.isEmpty()) {
            map(currentOrder);
        }
        salesOfOrder.clear();
        returnsOfOrder.clear();
        currentOrder = null;
    }

    public Counts counts() {
        return counts;
    }

    private void map(String orderNumber) {
        Long customer = first("ws_bill_customer_sk");
        Long soldDate = first("ws_sold_date_sk");
        String orderId = "tpcds-" + orderNumber;
        counts.returnRows += returnsOfOrder.stream().filter(r -> r != null).count();
        if (customer == null || soldDate == null) {
            String reason = customer == null ? "order without ws_bill_customer_sk" : "order without ws_sold_date_sk";
            skipSales(reason, salesOfOrder.size());
            returnsOfOrder.stream().filter(r -> r != null).forEach(r -> skipReturn("return of a skipped order"));
            return;
        }
        OffsetDateTime placedAt = calendar.at(soldDate, first("ws_sold_time_sk"));
        Map<String, List<Sale>> bySku = new LinkedHashMap<>();
        for (int i = 0; i < salesOfOrder.size(); i++) {
            TpcdsRow row = salesOfOrder.get(i);
            Sale sale = sale(row, returnsOfOrder.get(i));
            if (sale != null) {
                bySku.computeIfAbsent(sale.product().sku(), sku -> new ArrayList<>()).add(sale);
                Long promotion = row.number("ws_promo_sk");
                if (promotion != null) {
                    counts.linesPerPromotion.merge(promotion, 1L, Long::sum);
                }
            } else if (returnsOfOrder.get(i) != null) {
                skipReturn("return of a skipped line");
            }
        }
        if (bySku.isEmpty()) {
            return;
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        boolean coupon = false;
        for (List<Sale> sales : bySku.values()) {
            Sale line = merged(sales);
            counts.mergedLines += sales.size() - 1;
            coupon |= line.discount().signum() > 0;
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sku", line.product().sku());
            json.put("category", line.product().category());
            json.put("quantity", line.quantity());
            json.put("unitPrice", line.unitPrice());
            if (line.unitCost() != null) {
                json.put("unitCost", line.unitCost());
            }
            if (line.discount().signum() > 0) {
                json.put("discount", line.discount());
            }
            lines.add(json);
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderId", orderId);
        order.put("customerId", "tpcds-customer-" + customer);
        order.put("placedAt", placedAt.toString());
        order.put("currency", "USD");
        order.put("channel", coupon ? "onsite:coupon" : "onsite");
        order.put("lines", lines);
        counts.orders++;
        counts.lines += lines.size();
        LocalDate day = placedAt.toLocalDate();
        counts.firstDay = counts.firstDay == null || day.isBefore(counts.firstDay) ? day : counts.firstDay;
        counts.lastDay = counts.lastDay == null || day.isAfter(counts.lastDay) ? day : counts.lastDay;
        events.order(orderId, "tpcds-customer-" + customer, order);
        refunds(orderId, bySku);
    }

    /** A sold line, or null (counted) when it lacks what the contract needs. */
    private Sale sale(TpcdsRow row, TpcdsRow returned) {
        TpcdsCatalog.Product product = catalog.byItemSk(row.number("ws_item_sk"));
        Long quantity = row.number("ws_quantity");
        BigDecimal price = row.money("ws_sales_price");
        if (product == null) {
            skipSales(row.text("ws_item_sk") == null ? "line without ws_item_sk" : "line of an unknown item", 1);
            return null;
        }
        if (quantity == null || quantity <= 0) {
            skipSales("line without ws_quantity", 1);
            return null;
        }
        if (price == null) {
            skipSales("line without ws_sales_price", 1);
            return null;
        }
        BigDecimal coupon = row.money("ws_coupon_amt"); // a null coupon: none (the field is optional)
        Sale sale = new Sale(product, quantity, price, coupon == null ? BigDecimal.ZERO : coupon,
                row.money("ws_wholesale_cost"), returned);
        if (sale.net().signum() < 0) {
            skipSales("line whose coupon exceeds its amount", 1);
            return null;
        }
        return sale;
    }

    /** One line per SKU: the higher unit price, the difference added to the discount, so the sales stay exact. */
    private static Sale merged(List<Sale> sales) {
        if (sales.size() == 1) {
            return sales.get(0);
        }
        long quantity = 0;
        BigDecimal price = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        boolean costKnown = true;
        for (Sale sale : sales) {
            quantity += sale.quantity();
            price = price.max(sale.unitPrice());
            net = net.add(sale.net());
            costKnown &= sale.unitCost() != null;
            cost = costKnown ? cost.add(sale.unitCost().multiply(BigDecimal.valueOf(sale.quantity()))) : cost;
        }
        BigDecimal discount = price.multiply(BigDecimal.valueOf(quantity)).subtract(net);
        BigDecimal unitCost = costKnown ? cost.divide(BigDecimal.valueOf(quantity), 6, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros() : null;
        return new Sale(sales.get(0).product(), quantity, price, discount, unitCost, null);
    }

    private void refunds(String orderId, Map<String, List<Sale>> bySku) {
        // return day → SKU → {quantity, amount}; a return day is the refund (TPC-DS returns each line on its own day)
        Map<Long, Map<String, Object[]>> byDay = new TreeMap<>();
        Map<Long, Long> timeOfDay = new TreeMap<>();
        for (List<Sale> sales : bySku.values()) {
            for (Sale sale : sales) {
                TpcdsRow returned = sale.returned();
                if (returned == null) {
                    continue;
                }
                Long day = returned.number("wr_returned_date_sk");
                Long quantity = returned.number("wr_return_quantity");
                BigDecimal amount = returned.money("wr_return_amt");
                if (day == null) {
                    skipReturn("return without wr_returned_date_sk");
                    continue;
                }
                if (quantity == null || quantity <= 0) {
                    skipReturn("return without wr_return_quantity");
                    continue;
                }
                if (amount == null) {
                    skipReturn("return without wr_return_amt");
                    continue;
                }
                long units = Math.min(quantity, sale.quantity());
                BigDecimal refunded = amount.min(sale.net()).max(BigDecimal.ZERO);
                Long time = returned.number("wr_returned_time_sk");
                if (time != null) {
                    timeOfDay.putIfAbsent(day, time);
                }
                Object[] line = byDay.computeIfAbsent(day, d -> new LinkedHashMap<>())
                        .computeIfAbsent(sale.product().sku(), sku -> new Object[] {0L, BigDecimal.ZERO});
                line[0] = (Long) line[0] + units;
                line[1] = ((BigDecimal) line[1]).add(refunded);
            }
        }
        for (Map.Entry<Long, Map<String, Object[]>> day : byDay.entrySet()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            day.getValue().forEach((sku, line) -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("sku", sku);
                json.put("quantity", line[0]);
                json.put("amount", line[1]);
                lines.add(json);
            });
            String refundId = orderId + "-r" + day.getKey();
            Map<String, Object> refund = new LinkedHashMap<>();
            refund.put("orderId", orderId);
            refund.put("refundId", refundId);
            refund.put("at", calendar.at(day.getKey(), timeOfDay.get(day.getKey())).toString());
            refund.put("lines", lines);
            counts.refunds++;
            counts.refundLines += lines.size();
            events.refund(refundId, orderId, refund);
        }
    }

    /** The first non-null value of an order-level column among the order's rows. */
    private Long first(String column) {
        for (TpcdsRow row : salesOfOrder) {
            Long value = row.number(column);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private void skipSales(String reason, long rows) {
        counts.skippedSalesRows.merge(reason, rows, Long::sum);
    }

    private void skipReturn(String reason) {
        counts.skippedReturnRows.merge(reason, 1L, Long::sum);
    }
}
