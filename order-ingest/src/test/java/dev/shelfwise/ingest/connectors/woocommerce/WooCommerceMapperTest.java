package dev.shelfwise.ingest.connectors.woocommerce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.ingest.connectors.CustomerIds;
import dev.shelfwise.ingest.connectors.Fixtures;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.MappingHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WooCommerceMapperTest {
    private final MappingHarness harness = new MappingHarness();

    private List<ShelfwiseEvent> map(String topic, ObjectNode payload) {
        return harness.events(harness.wooCommerce.map(topic, payload, MappingHarness.PLATFORM));
    }

    @Test
    void productCreatedIsACatalogEntryWithCostRatingAndKnownTags() {
        CatalogEvent product = (CatalogEvent) map(WooCommerceMapper.PRODUCT_CREATED,
                Fixtures.json("woocommerce/product-created.json")).get(0);
        assertEquals("MUG-11", product.sku());
        assertEquals("kitchen-dining", product.category(), "the first category, as a category id");
        assertEquals("Stoneware Mug", product.name());
        assertEquals(new BigDecimal("44.00"), product.listPrice(), "the regular price, not the sale price");
        assertEquals(new BigDecimal("14.50"), product.unitCost(), "from the Cost of Goods meta field");
        assertEquals(OffsetDateTime.parse("2026-03-04T09:00Z"), product.launchedAt(), "the _gmt time is UTC");
        assertEquals(List.of("gift-box"), product.tags());
        assertEquals(new BigDecimal("4.60"), product.rating());
        assertEquals(23, product.reviewCount());
    }

    @Test
    void orderCreatedMapsSubtotalsToPriceAndDiscount() {
        harness.learnProducts(harness.wooCommerce.map(WooCommerceMapper.PRODUCT_UPDATED,
                Fixtures.json("woocommerce/product-created.json"), MappingHarness.PLATFORM));
        OrderEvent order = (OrderEvent) map(WooCommerceMapper.ORDER_CREATED, Fixtures.json("woocommerce/order-created.json")).get(0);
        assertEquals("4120", order.orderId());
        assertEquals("12", order.customerId());
        assertEquals(OffsetDateTime.parse("2026-05-12T13:30Z"), order.placedAt());
        assertEquals("onsite:coupon", order.channel());
        assertEquals(List.of(
                new OrderLine("LS-BLUE-M", "uncategorized", 2, new BigDecimal("25.00"), null, new BigDecimal("5.00")),
                new OrderLine("MUG-11", "kitchen-dining", 1, new BigDecimal("40.00"), null, null)), order.lines());
    }

    @Test
    void aGuestHasCustomerIdZeroAndIsKeyedByTheEmailHash() {
        ObjectNode payload = Fixtures.json("woocommerce/order-created.json");
        payload.put("customer_id", 0);
        OrderEvent order = (OrderEvent) map(WooCommerceMapper.ORDER_CREATED, payload).get(0);
        assertEquals(CustomerIds.fromEmail("sam.rivera@example.com"), order.customerId());
    }

    @Test
    void theRefundsOfAnUpdatedOrderAreSpreadOverItsLines() {
        List<ShelfwiseEvent> events = map(WooCommerceMapper.ORDER_UPDATED, Fixtures.json("woocommerce/order-updated-refunded.json"));
        assertEquals(2, events.size());
        RefundEvent refund = (RefundEvent) events.get(1);
        assertEquals("4120", refund.orderId());
        assertEquals("4133", refund.refundId());
        assertEquals(OffsetDateTime.parse("2026-05-15T11:00Z"), refund.at(), "when the update brought it");
        assertEquals(0, new BigDecimal("40.00").compareTo(refund.lines().stream()
                .map(line -> line.amount()).reduce(BigDecimal.ZERO, BigDecimal::add)), "exactly the refund's total");
        assertEquals(List.of("LS-BLUE-M", "MUG-11"), refund.lines().stream().map(line -> line.sku()).toList());
    }

    @ParameterizedTest(name = "status {0} ignored")
    @CsvSource({"pending", "failed", "cancelled", "on-hold", "checkout-draft", "wc-pending"})
    void ordersThatAreNotPaidAreIgnored(String status) {
        ObjectNode payload = Fixtures.json("woocommerce/order-created.json");
        payload.put("status", status);
        Mapping mapping = harness.wooCommerce.map(WooCommerceMapper.ORDER_CREATED, payload, MappingHarness.PLATFORM);
        assertTrue(mapping.events().isEmpty());
        assertTrue(mapping.ignoredBecause().contains("not a sale"), mapping.ignoredBecause());
    }

    @ParameterizedTest(name = "status {0} is a sale")
    @CsvSource({"processing", "completed", "refunded", "wc-completed"})
    void paidOrdersAreSales(String status) {
        ObjectNode payload = Fixtures.json("woocommerce/order-created.json");
        payload.put("status", status);
        assertEquals(1, map(WooCommerceMapper.ORDER_UPDATED, payload).size());
    }

    @Test
    void aLineWithoutSkuIsKnownByItsVariationOrProduct() {
        ObjectNode payload = Fixtures.json("woocommerce/order-created.json");
        ((ObjectNode) payload.get("line_items").get(0)).put("sku", "");
        ((ObjectNode) payload.get("line_items").get(1)).put("sku", "");
        OrderEvent order = (OrderEvent) map(WooCommerceMapper.ORDER_CREATED, payload).get(0);
        assertEquals(List.of("product-305", "product-301"), order.lines().stream().map(OrderLine::sku).toList());
    }
}
