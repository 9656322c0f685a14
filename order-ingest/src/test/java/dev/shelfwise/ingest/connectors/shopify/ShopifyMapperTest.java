package dev.shelfwise.ingest.connectors.shopify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.ingest.connectors.CategorySource;
import dev.shelfwise.ingest.connectors.CustomerIds;
import dev.shelfwise.ingest.connectors.CustomerKey;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyMapperTest {
    private final MappingHarness harness = new MappingHarness();

    private OrderEvent order(ObjectNode payload) {
        List<ShelfwiseEvent> events = harness.events(harness.shopify.map(ShopifyMapper.ORDERS_CREATE, payload, MappingHarness.PLATFORM));
        return (OrderEvent) events.get(0);
    }

    @Test
    void productsCreateGivesOneCatalogEntryPerVariant() {
        List<ShelfwiseEvent> events = harness.events(harness.shopify.map(ShopifyMapper.PRODUCTS_CREATE,
                Fixtures.json("shopify/products-create.json"), MappingHarness.PLATFORM));
        assertEquals(2, events.size());
        CatalogEvent first = (CatalogEvent) events.get(0);
        assertEquals("LS-BLUE-M", first.sku());
        assertEquals("apparel", first.category(), "the product type, as a category id");
        assertEquals("Linen Shirt / Blue / M", first.name());
        assertEquals(new BigDecimal("25.00"), first.listPrice());
        assertNull(first.unitCost(), "Shopify's product payload has no cost");
        assertEquals(OffsetDateTime.parse("2026-03-03T08:00-05:00"), first.launchedAt(), "published, not created");
        assertEquals(List.of("exclusive"), first.tags(), "only the tags Shelfwise knows");
        assertEquals("variant-44100102", ((CatalogEvent) events.get(1)).sku(), "a variant without SKU by its id");
    }

    @Test
    void ordersCreateMapsLinesDiscountsCustomerAndChannel() {
        harness.learnProducts(harness.shopify.map(ShopifyMapper.PRODUCTS_CREATE,
                Fixtures.json("shopify/products-create.json"), MappingHarness.PLATFORM));
        OrderEvent order = order(Fixtures.json("shopify/orders-create.json"));
        assertEquals("5120001", order.orderId(), "the order id, not its name #1042");
        assertEquals("7001", order.customerId());
        assertEquals(OffsetDateTime.parse("2026-05-12T09:30-04:00"), order.placedAt());
        assertEquals("USD", order.currency());
        assertEquals("onsite:coupon", order.channel(), "a discount code was used");
        assertNull(order.newCustomer(), "derived downstream");
        assertEquals(2, order.lines().size(), "the gift card line is not a sale");
        OrderLine shirt = order.lines().get(0);
        assertEquals(new OrderLine("LS-BLUE-M", "apparel", 2, new BigDecimal("25.00"), null, new BigDecimal("5.00")), shirt);
        OrderLine mug = order.lines().get(1);
        assertEquals("uncategorized", mug.category(), "its product was never seen");
        assertEquals(new BigDecimal("40.00"), mug.netAmount());
    }

    @ParameterizedTest(name = "category from {0}: {1}, {2}")
    @CsvSource({"PRODUCT_TYPE, apparel, uncategorized", "VENDOR, northwind-mills, kiln-co"})
    void theCategorySourceIsConfigurable(CategorySource source, String shirtCategory, String mugCategory) {
        MappingHarness byVendor = new MappingHarness(source, CustomerKey.ACCOUNT);
        byVendor.learnProducts(byVendor.shopify.map(ShopifyMapper.PRODUCTS_UPDATE,
                Fixtures.json("shopify/products-create.json"), MappingHarness.PLATFORM));
        OrderEvent order = (OrderEvent) byVendor.events(byVendor.shopify.map(ShopifyMapper.ORDERS_UPDATED,
                Fixtures.json("shopify/orders-create.json"), MappingHarness.PLATFORM)).get(0);
        assertEquals(shirtCategory, order.lines().get(0).category());
        assertEquals(mugCategory, order.lines().get(1).category());
    }

    @Test
    void aGuestCheckoutIsKeyedByTheHashOfTheEmailNeverTheEmail() {
        ObjectNode payload = Fixtures.json("shopify/orders-create.json");
        payload.putNull("customer");
        OrderEvent order = order(payload);
        assertEquals(CustomerIds.fromEmail("jordan.lee@example.com"), order.customerId());
        assertTrue(!order.toString().toLowerCase().contains("jordan"), "no trace of the address in the event");
    }

    @Test
    void refundsCreateRefundsTheLineItems() {
        List<ShelfwiseEvent> events = harness.events(harness.shopify.map(ShopifyMapper.REFUNDS_CREATE,
                Fixtures.json("shopify/refunds-create.json"), MappingHarness.PLATFORM));
        RefundEvent refund = (RefundEvent) events.get(0);
        assertEquals("5120001", refund.orderId());
        assertEquals("9100001", refund.refundId());
        assertEquals(OffsetDateTime.parse("2026-05-15T11:00-04:00"), refund.at());
        assertEquals(1, refund.lines().size());
        assertEquals("MUG-11", refund.lines().get(0).sku());
        assertEquals(1, refund.lines().get(0).quantity());
        assertEquals(0, new BigDecimal("40.00").compareTo(refund.lines().get(0).amount()), "before tax");
    }

    @Test
    void anUpdatedOrderBringsItsRefundsAfterTheOrder() {
        ObjectNode payload = Fixtures.json("shopify/orders-create.json");
        payload.putArray("refunds").add(Fixtures.json("shopify/refunds-create.json"));
        List<ShelfwiseEvent> events = harness.events(harness.shopify.map(ShopifyMapper.ORDERS_UPDATED, payload,
                MappingHarness.PLATFORM));
        assertEquals(List.of(EventType.ORDER, EventType.REFUND), events.stream().map(ShelfwiseEvent::type).toList());
        assertEquals("refund:shop-a:9100001", events.get(1).naturalId(), "the same id as from refunds/create");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a test order                | orders/create   | shopify/orders-create.json                | test order",
            "a shipping-only refund      | refunds/create  | shopify/refunds-create-shipping-only.json | without line items",
            "a topic Shelfwise does not read | customers/create | shopify/orders-create.json            | not one Shelfwise reads",
    })
    void payloadsThatAreNotSalesAreIgnoredWithAReason(String why, String topic, String fixture, String reason) {
        ObjectNode payload = Fixtures.json(fixture);
        if (why.contains("test order")) {
            payload.put("test", true);
        }
        Mapping mapping = harness.shopify.map(topic, payload, MappingHarness.PLATFORM);
        assertTrue(mapping.events().isEmpty(), why);
        assertNotNull(mapping.ignoredBecause());
        assertTrue(mapping.ignoredBecause().contains(reason), mapping.ignoredBecause());
    }

    @Test
    void aBrokenPayloadMapsToItemsTheValidatorRefusesWithTheField() {
        ObjectNode payload = Fixtures.json("shopify/orders-create.json");
        ((ObjectNode) payload.get("line_items").get(1)).put("quantity", "one");
        payload.remove("currency");
        var verdict = harness.validate(harness.shopify.map(ShopifyMapper.ORDERS_CREATE, payload, MappingHarness.PLATFORM)
                .events().get(0));
        String errors = verdict.toString();
        assertTrue(errors.contains("currency") && errors.contains("lines[1].quantity"), errors);
    }
}
