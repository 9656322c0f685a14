package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.shelfwise.stack.tpcds.Rows.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TpcdsOrderMappingTest {
    private static final TpcdsCatalog CATALOG = TpcdsCatalog.of(List.of(
            item(1, "SKU-A", "1997-10-27", null, "Music", "27.02", "23.23", "ought"),
            item(2, "SKU-B", "1997-10-27", "2000-10-26", "Women", "1.12", "0.38", "able"),
            item(3, "SKU-B", "2000-10-27", null, "Home", "7.11", "0.38", "pri")));

    private final List<Map<String, Object>> orders = new ArrayList<>();
    private final List<Map<String, Object>> refunds = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final TpcdsOrderMapping mapping = new TpcdsOrderMapping(CATALOG, new TpcdsCalendar(22), new TpcdsOrderMapping.Events() {
        @Override
        public void order(String orderId, String customerId, Map<String, Object> order) {
            keys.add(orderId + "@" + customerId);
            orders.add(order);
        }

        @Override
        public void refund(String refundId, String orderId, Map<String, Object> refund) {
            keys.add(refundId + "@" + orderId);
            refunds.add(refund);
        }
    });

    /** A web_sales row; {@code overrides} null a column with a null value. */
    private static List<List<String>> sale(long order, long itemSk, long quantity, String salesPrice, String coupon,
                                           Map<String, Object> overrides, List<String> returned) {
        Map<String, Object> values = new HashMap<>();
        values.put("ws_order_number", order);
        values.put("ws_item_sk", itemSk);
        values.put("ws_bill_customer_sk", 83074);
        values.put("ws_sold_date_sk", 2_451_383);
        values.put("ws_sold_time_sk", 73_313);
        values.put("ws_quantity", quantity);
        values.put("ws_list_price", "200.00");
        values.put("ws_sales_price", salesPrice);
        values.put("ws_ext_discount_amt", "999.99");
        values.put("ws_coupon_amt", coupon);
        values.put("ws_wholesale_cost", "33.59");
        values.put("ws_promo_sk", 6);
        values.putAll(overrides);
        List<List<String>> generated = new ArrayList<>();
        generated.add(Rows.row(Table.WEB_SALES, values));
        if (returned != null) {
            generated.add(returned);
        }
        return generated;
    }

    private static List<String> returned(long order, long itemSk, Object dateSk, Object quantity, Object amount) {
        Map<String, Object> values = new HashMap<>();
        values.put("wr_order_number", order);
        values.put("wr_item_sk", itemSk);
        values.put("wr_returned_date_sk", dateSk);
        values.put("wr_returned_time_sk", 7_022);
        values.put("wr_return_quantity", quantity);
        values.put("wr_return_amt", amount);
        return Rows.row(Table.WEB_RETURNS, values);
    }

    @Test
    void consecutiveRowsOfAnOrderNumberBecomeOneOrderWithEveryField() {
        mapping.accept(sale(1, 1, 57, "38.04", "0.00", Map.of(), null));
        mapping.accept(sale(1, 2, 2, "5.00", "1.50", Map.of("ws_wholesale_cost", "0.40"), null));
        mapping.accept(sale(2, 1, 1, "30.00", "0.00", Map.of("ws_bill_customer_sk", 7), null));
        mapping.finish();

        assertEquals(2, orders.size());
        assertEquals(List.of("tpcds-1@tpcds-customer-83074", "tpcds-2@tpcds-customer-7"), keys);
        Map<String, Object> first = orders.get(0);
        assertEquals("tpcds-1", first.get("orderId"));
        assertEquals("tpcds-customer-83074", first.get("customerId"));
        assertEquals("2021-07-23T20:21:53Z", first.get("placedAt"));
        assertEquals("USD", first.get("currency"));
        assertEquals("onsite:coupon", first.get("channel"));
        assertEquals(List.of(
                Map.of("sku", "SKU-A", "category", "music", "quantity", 57L, "unitPrice", new BigDecimal("38.04"),
                        "unitCost", new BigDecimal("33.59")),
                // the current version's category for the old version's item_sk; the coupon is the discount
                Map.of("sku", "SKU-B", "category", "home", "quantity", 2L, "unitPrice", new BigDecimal("5.00"),
                        "unitCost", new BigDecimal("0.40"), "discount", new BigDecimal("1.50"))), first.get("lines"));
        assertEquals("onsite", orders.get(1).get("channel"));
        assertEquals(3, mapping.counts().lines());
        assertEquals(2, mapping.counts().orders());
        assertEquals(Map.of(6L, 3L), mapping.counts().linesPerPromotion());
    }

    @Test
    void twoVersionsOfOneItemInAnOrderMakeOneLineWithExactSales() {
        mapping.accept(sale(1, 2, 2, "5.00", "1.00", Map.of("ws_wholesale_cost", "1.00"), null));
        mapping.accept(sale(1, 3, 3, "7.00", "0.00", Map.of("ws_wholesale_cost", "2.00"), null));
        mapping.finish();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) orders.get(0).get("lines");
        // sales 2 × 5.00 − 1.00 + 3 × 7.00 = 30.00 = 5 × 7.00 − 5.00
        assertEquals(List.of(Map.of("sku", "SKU-B", "category", "home", "quantity", 5L, "unitPrice", new BigDecimal("7.00"),
                "unitCost", new BigDecimal("1.6"), "discount", new BigDecimal("5.00"))), lines);
        assertEquals(1, mapping.counts().mergedLines());
    }

    @Test
    void orderLevelNullsAreFilledFromTheOrdersOtherRows() {
        Map<String, Object> blank = new HashMap<>();
        blank.put("ws_bill_customer_sk", null);
        blank.put("ws_sold_date_sk", null);
        blank.put("ws_sold_time_sk", null);
        mapping.accept(sale(1, 1, 1, "10.00", "0.00", blank, null));
        mapping.accept(sale(1, 2, 1, "10.00", "0.00", Map.of(), null));
        mapping.finish();

        assertEquals("tpcds-customer-83074", orders.get(0).get("customerId"));
        assertEquals("2021-07-23T20:21:53Z", orders.get(0).get("placedAt"));
        assertEquals(0, mapping.counts().skippedRows());
    }

    @Test
    void rowsWithoutWhatTheContractNeedsAreSkippedAndCounted() {
        Map<String, Object> noQuantity = new HashMap<>();
        noQuantity.put("ws_quantity", null);
        Map<String, Object> noPrice = new HashMap<>();
        noPrice.put("ws_sales_price", null);
        Map<String, Object> noCustomer = new HashMap<>();
        noCustomer.put("ws_bill_customer_sk", null);
        mapping.accept(sale(1, 1, 1, "10.00", "0.00", noQuantity, returned(1, 1, 2_451_400, 1, "10.00")));
        mapping.accept(sale(1, 2, 1, "10.00", "0.00", noPrice, null));
        mapping.accept(sale(1, 3, 1, "10.00", null, Map.of(), null)); // a null coupon is no coupon
        mapping.accept(sale(1, 99, 1, "10.00", "0.00", Map.of(), null));
        mapping.accept(sale(2, 1, 1, "10.00", "0.00", noCustomer, returned(2, 1, 2_451_400, 1, "10.00")));
        mapping.accept(sale(2, 2, 1, "10.00", "0.00", noCustomer, null));
        mapping.finish();

        assertEquals(1, orders.size());
        assertEquals(List.of(Map.of("sku", "SKU-B", "category", "home", "quantity", 1L, "unitPrice", new BigDecimal("10.00"),
                "unitCost", new BigDecimal("33.59"))), orders.get(0).get("lines"));
        assertEquals(Map.of("line without ws_quantity", 1L, "line without ws_sales_price", 1L, "line of an unknown item", 1L,
                "order without ws_bill_customer_sk", 2L), mapping.counts().skippedSalesRows());
        assertEquals(Map.of("return of a skipped line", 1L, "return of a skipped order", 1L), mapping.counts().skippedReturnRows());
        assertEquals(7, mapping.counts().skippedRows());
        assertEquals(6, mapping.counts().salesRows());
        assertTrue(refunds.isEmpty());
    }

    @Test
    void returnsBecomeRefundsOfTheirOrderOnePerReturnDay() {
        mapping.accept(sale(5, 1, 4, "10.00", "0.00", Map.of(), returned(5, 1, 2_451_400, 3, "30.00")));
        mapping.accept(sale(5, 3, 2, "8.00", "2.00", Map.of(), returned(5, 3, 2_451_400, 5, "16.00")));
        mapping.accept(sale(5, 2, 1, "9.00", "0.00", Map.of(), returned(5, 2, 2_451_410, 1, "9.00")));
        mapping.accept(sale(6, 1, 1, "10.00", "0.00", Map.of(), returned(6, 1, null, 1, "10.00")));
        mapping.accept(sale(7, 1, 1, "10.00", "0.00", Map.of(), returned(7, 1, 2_451_400, null, "10.00")));
        mapping.accept(sale(8, 1, 1, "10.00", "0.00", Map.of(), returned(8, 1, 2_451_400, 1, null)));
        mapping.finish();

        assertEquals(List.of("tpcds-5@tpcds-customer-83074", "tpcds-5-r2451400@tpcds-5", "tpcds-5-r2451410@tpcds-5",
                "tpcds-6@tpcds-customer-83074", "tpcds-7@tpcds-customer-83074", "tpcds-8@tpcds-customer-83074"), keys);
        assertEquals(2, refunds.size());
        Map<String, Object> refund = refunds.get(0);
        assertEquals("tpcds-5", refund.get("orderId"));
        assertEquals("tpcds-5-r2451400", refund.get("refundId"));
        assertEquals("2021-08-09T01:57:02Z", refund.get("at"));
        // a return is capped at what its row sold: item 3 sold 2 units for 2 × 8.00 − 2.00 = 14.00, so 5 units of
        // 16.00 come back as 2 units of 14.00
        assertEquals(List.of(Map.of("sku", "SKU-A", "quantity", 3L, "amount", new BigDecimal("30.00")),
                Map.of("sku", "SKU-B", "quantity", 2L, "amount", new BigDecimal("14.00"))), refund.get("lines"));
        // item 2, another version of SKU-B in the same order line, came back ten days later: a refund of its own
        assertEquals(List.of(Map.of("sku", "SKU-B", "quantity", 1L, "amount", new BigDecimal("9.00"))), refunds.get(1).get("lines"));
        assertEquals("2021-08-19T01:57:02Z", refunds.get(1).get("at"));
        assertEquals(Map.of("return without wr_returned_date_sk", 1L, "return without wr_return_quantity", 1L,
                "return without wr_return_amt", 1L), mapping.counts().skippedReturnRows());
        assertEquals(6, mapping.counts().returnRows());
    }
}
