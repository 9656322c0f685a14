package dev.shelfwise.ingest.imports;

import dev.shelfwise.contracts.EventType;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.ingest.batch.MalformedBatchException;
import dev.shelfwise.ingest.connectors.CustomerIds;
import dev.shelfwise.ingest.connectors.CustomerKey;
import dev.shelfwise.ingest.connectors.CategorySource;
import dev.shelfwise.ingest.connectors.Fixtures;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.MappingHarness;
import dev.shelfwise.ingest.connectors.shopify.ShopifyMapper;
import dev.shelfwise.ingest.connectors.shopify.ShopifyOrderCsv;
import dev.shelfwise.ingest.connectors.woocommerce.WooCommerceMapper;
import dev.shelfwise.ingest.connectors.woocommerce.WooCommerceOrderCsv;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exports' rows grouped into orders and mapped by the same connectors as the webhooks. */
class OrderCsvFormatsTest {
    private static final int MAX_ROWS = 100;
    private final MappingHarness harness = new MappingHarness(CategorySource.PRODUCT_TYPE, CustomerKey.EMAIL);

    private List<List<CsvRow>> groups(RowFormat format, String fixture) {
        CsvTable table = CsvTable.parse(Fixtures.text(fixture), 2, format.requiredColumns(), MAX_ROWS);
        return ImportService.groups(table.rows(), format);
    }

    @Test
    void shopifyExportRowsOfOneOrderBecomeTheWebhooksOrder() {
        ShopifyOrderCsv format = new ShopifyOrderCsv(harness.shopify);
        harness.learnProducts(harness.shopify.map(ShopifyMapper.PRODUCTS_CREATE,
                Fixtures.json("shopify/products-create.json"), MappingHarness.PLATFORM));
        List<List<CsvRow>> groups = groups(format, "csv/shopify-orders.csv");
        assertEquals(List.of(2, 1, 1), groups.stream().map(List::size).toList(), "#1042 has two line rows");
        assertEquals(List.of(2L, 3L), groups.get(0).stream().map(CsvRow::line).toList());
        assertEquals(4L, groups.get(1).get(0).line());
        assertEquals(6L, groups.get(2).get(0).line(), "#1043's note spans two lines");

        List<ShelfwiseEvent> events = harness.events(format.map(groups.get(0), MappingHarness.PLATFORM));
        OrderEvent fromExport = (OrderEvent) events.get(0);
        OrderEvent fromWebhook = (OrderEvent) harness.events(harness.shopify.map(ShopifyMapper.ORDERS_CREATE,
                Fixtures.json("shopify/orders-create.json"), MappingHarness.PLATFORM)).get(0);
        assertEquals(fromWebhook, fromExport, "same order id, customer (by e-mail), time, channel and lines");

        RefundEvent refund = (RefundEvent) events.get(1);
        assertEquals("export-5120001", refund.refundId());
        assertEquals(0, new BigDecimal("40.00").compareTo(refund.lines().stream().map(l -> l.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "the Refunded Amount, spread over the lines");
    }

    @Test
    void aShopifyGuestWithAMultiLineNoteAndABrokenQuantity() {
        ShopifyOrderCsv format = new ShopifyOrderCsv(harness.shopify);
        List<List<CsvRow>> groups = groups(format, "csv/shopify-orders.csv");
        OrderEvent guest = (OrderEvent) harness.events(format.map(groups.get(1), MappingHarness.PLATFORM)).get(0);
        assertEquals(CustomerIds.fromEmail("guest.buyer@example.com"), guest.customerId());
        assertEquals("onsite", guest.channel());
        Mapping broken = format.map(groups.get(2), MappingHarness.PLATFORM);
        assertTrue(harness.validate(broken.events().get(0)).toString().contains("lines[0].quantity"));
    }

    @Test
    void wooCommerceExportRowsBecomeTheWebhooksOrderAndAnExactRefund() {
        WooCommerceOrderCsv format = new WooCommerceOrderCsv(harness.wooCommerce, ZoneId.of("America/New_York"));
        List<List<CsvRow>> groups = groups(format, "csv/woocommerce-orders.csv");
        assertEquals(List.of(2, 1, 1), groups.stream().map(List::size).toList());

        List<ShelfwiseEvent> events = harness.events(format.map(groups.get(0), MappingHarness.PLATFORM));
        OrderEvent fromExport = (OrderEvent) events.get(0);
        MappingHarness byAccount = new MappingHarness();
        OrderEvent fromWebhook = (OrderEvent) byAccount.events(byAccount.wooCommerce.map(WooCommerceMapper.ORDER_CREATED,
                Fixtures.json("woocommerce/order-created.json"), MappingHarness.PLATFORM)).get(0);
        assertEquals(fromWebhook.lines(), fromExport.lines());
        assertEquals(fromWebhook.placedAt().toInstant(), fromExport.placedAt().toInstant(), "09:30 in New York is 13:30 UTC");
        assertEquals(fromWebhook.channel(), fromExport.channel());
        assertEquals(CustomerIds.fromEmail("sam.rivera@example.com"), fromExport.customerId(), "customer key email");

        RefundEvent refund = (RefundEvent) events.get(1);
        assertEquals(EventType.REFUND, refund.type());
        assertEquals(1, refund.lines().size(), "the export says which item was refunded");
        assertEquals("MUG-11", refund.lines().get(0).sku());
        assertEquals(1, refund.lines().get(0).quantity());
        assertEquals(0, new BigDecimal("40.00").compareTo(refund.lines().get(0).amount()));

        Mapping pending = format.map(groups.get(1), MappingHarness.PLATFORM);
        assertTrue(pending.ignoredBecause().contains("pending"), "an unpaid order is not a sale");
        OrderEvent guest = (OrderEvent) harness.events(format.map(groups.get(2), MappingHarness.PLATFORM)).get(0);
        assertEquals(CustomerIds.fromEmail("guest@example.com"), guest.customerId());
        assertEquals(OffsetDateTime.parse("2026-05-14T14:00Z").toInstant(), guest.placedAt().toInstant());
    }

    @Test
    void shelfwiseRowsAreTheV1FieldsAndBrokenRowsKeepTheirLines() {
        ShelfwiseOrderCsv format = new ShelfwiseOrderCsv();
        List<List<CsvRow>> groups = groups(format, "csv/shelfwise-orders-3-broken.csv");
        assertEquals(Arrays.asList("SW-1", "SW-2", "SW-3", null, "SW-5", "SW-6", "SW-7"),
                groups.stream().map(group -> format.groupKey(group.get(0))).toList());
        OrderEvent first = (OrderEvent) harness.events(format.map(groups.get(0), MappingHarness.PLATFORM)).get(0);
        assertEquals(List.of(
                new OrderLine("BK-1", "books", 2, new BigDecimal("19.90"), new BigDecimal("8.00"), null),
                new OrderLine("TY-1", "toys", 1, new BigDecimal("30.00"), null, new BigDecimal("5.00"))), first.lines());
        assertEquals("onsite:coupon", ((OrderEvent) harness.events(format.map(groups.get(1), MappingHarness.PLATFORM))
                .get(0)).channel(), "a quoted field");
        assertEquals("GD-3, large", ((OrderEvent) harness.events(format.map(groups.get(6), MappingHarness.PLATFORM))
                .get(0)).lines().get(0).sku(), "a comma inside quotes");

        assertTrue(harness.validate(format.map(groups.get(2), MappingHarness.PLATFORM).events().get(0)).toString()
                .contains("lines[0].quantity"), "abc is not a quantity");
        CsvRow unreadable = groups.get(3).get(0);
        assertEquals(6, unreadable.line());
        assertTrue(unreadable.isBroken());
        CsvRow short1 = groups.get(5).get(0);
        assertEquals(8, short1.line());
        assertTrue(short1.problem().contains("has 7 fields where the header has 11"), short1.problem());
    }

    @Test
    void anUnreadableRowInsideAnOrderKeepsTheOrderTogether() {
        ShelfwiseOrderCsv format = new ShelfwiseOrderCsv();
        String csv = """
                orderId,customerId,placedAt,currency,sku,category,quantity,unitPrice
                O-1,C-1,2026-05-10T10:00:00Z,USD,A,books,1,1.00
                O-1,C-1,2026-05-10T10:00:00Z,USD,"B"x,books,1,1.00
                O-1,C-1,2026-05-10T10:00:00Z,USD,C,books,1,1.00
                O-2,C-2,2026-05-10T10:00:00Z,USD,A,books,1,1.00
                """;
        List<List<CsvRow>> groups = ImportService.groups(CsvTable.parse(csv, 2, format.requiredColumns(), MAX_ROWS).rows(), format);
        assertEquals(List.of(3, 1), groups.stream().map(List::size).toList(),
                "O-1 is refused whole rather than written without line B");
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedAsAWhole() {
        MalformedBatchException refused = assertThrows(MalformedBatchException.class,
                () -> CsvTable.parse("orderId,sku\nO-1,A\n", 2, new ShelfwiseOrderCsv().requiredColumns(), MAX_ROWS));
        assertTrue(refused.getMessage().contains("currency"), refused.getMessage());
        assertTrue(Set.of(1L).contains(refused.line()));
    }
}
