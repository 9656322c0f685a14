package dev.shelfwise.ingest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.ingest.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private final EventValidator validator = new EventValidator(new ValidationRules(NOW, Duration.ofHours(24),
            OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), 3));

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySampleIsValidAndTakesTheCallersPlatform(EventType type) throws Exception {
        Validation verdict = validator.validate(type, json(Samples.item(type, "X-1")), "shop-a");
        Validation.Valid valid = assertInstanceOf(Validation.Valid.class, verdict, () -> verdict.toString());
        assertEquals("shop-a", valid.event().platform());
        assertEquals(type, valid.event().type());
    }

    @Test
    void orderFieldsAreReadExactly() throws Exception {
        OrderEvent order = (OrderEvent) ((Validation.Valid) validator.validate(EventType.ORDER,
                json(Samples.order("O-1", "C-1")), "shop-a")).event();
        assertEquals("C-1", order.key());
        assertEquals("order:shop-a:O-1", order.naturalId());
        assertEquals(new BigDecimal("39.90"), order.lines().get(0).unitPrice());
        assertEquals(new BigDecimal("74.80"), order.lines().get(0).netAmount());
        assertEquals(OffsetDateTime.parse("2026-04-03T10:15:00+08:00"), order.placedAt());
        assertEquals("ads:spring-books", order.channel());
    }

    @Test
    void missingChannelDefaultsToOnsite() throws Exception {
        ObjectNode order = json(Samples.order("O-1", "C-1"));
        order.remove("channel");
        OrderEvent event = (OrderEvent) ((Validation.Valid) validator.validate(EventType.ORDER, order, "p")).event();
        assertEquals("onsite", event.channel());
    }

    /** Each row: a JSON pointer-ish edit of a valid order, the field that must be named, and a word of the reason. */
    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "orderId         | null                | orderId                | required",
            "orderId         | '\"  \"'            | orderId                | blank",
            "orderId         | 42                  | orderId                | string",
            "orderId         | '\"O\\u200B1\"'     | orderId                | invisible",
            "customerId      | null                | customerId             | required",
            "placedAt        | '\"2026-04-03\"'    | placedAt               | ISO-8601",
            "placedAt        | '\"2026-04-03T10:00:00\"' | placedAt         | offset",
            "placedAt        | '\"2027-01-01T00:00:00Z\"' | placedAt        | future",
            "placedAt        | '\"1999-12-31T00:00:00Z\"' | placedAt        | before",
            "currency        | '\"XYZ\"'           | currency               | ISO 4217",
            "currency        | null                | currency               | required",
            "channel         | '\"Ads Campaign\"'  | channel                | channel",
            "newCustomer     | '\"yes\"'           | newCustomer            | true or false",
            "lines           | '[]'                | lines                  | at least one",
            "lines           | '{}'                | lines                  | array",
            "lines/0/quantity | 0                  | lines[0].quantity      | greater than 0",
            "lines/0/quantity | -3                 | lines[0].quantity      | greater than 0",
            "lines/0/quantity | 1.5                | lines[0].quantity      | whole number",
            "lines/0/quantity | '\"2\"'            | lines[0].quantity      | number",
            "lines/0/quantity | 10000000000        | lines[0].quantity      | at most",
            "lines/0/unitPrice | -0.01             | lines[0].unitPrice     | between",
            "lines/0/unitPrice | '\"abc\"'         | lines[0].unitPrice     | decimal",
            "lines/0/unitPrice | 0.0000001         | lines[0].unitPrice     | decimals",
            "lines/0/unitPrice | 1e15              | lines[0].unitPrice     | between",
            "lines/0/discount | 500                | lines[0].discount      | exceed",
            "lines/1/sku     | '\"BK-001\"'        | lines[1].sku           | duplicate of lines[0].sku",
            "lines/1/category | null               | lines[1].category      | required",
            "coupon          | '\"SPRING\"'        | coupon                 | unknown field",
            "lines/0/colour  | '\"red\"'           | lines[0].colour        | unknown field",
    })
    void badOrdersNameTheField(String field, String value, String expectedField, String reason) throws Exception {
        ObjectNode order = json(Samples.order("O-1", "C-1"));
        edit(order, field, value);
        Validation.Invalid invalid = assertInstanceOf(Validation.Invalid.class,
                validator.validate(EventType.ORDER, order, "shop-a"));
        assertTrue(invalid.errors().stream().anyMatch(e -> e.field().equals(expectedField) && e.message().contains(reason)),
                () -> "expected " + expectedField + " ~ " + reason + " in " + invalid.errors());
    }

    @Test
    void tooManyLinesAreRefused() throws Exception {
        ObjectNode order = json(Samples.order("O-1", "C-1"));
        var lines = order.withArray("lines");
        for (int i = 0; i < 2; i++) {
            lines.add(json("{\"sku\": \"S-" + i + "\", \"category\": \"c\", \"quantity\": 1, \"unitPrice\": 1}"));
        }
        assertEquals(List.of(new FieldError("lines", "must have at most 3 items")),
                ((Validation.Invalid) validator.validate(EventType.ORDER, order, "p")).errors());
    }

    @Test
    void everyProblemIsReportedAtOnceWithTheId() throws Exception {
        ObjectNode order = json(Samples.order("O-9", "C-1"));
        order.remove("currency");
        edit(order, "lines/0/quantity", "0");
        Validation.Invalid invalid = (Validation.Invalid) validator.validate(EventType.ORDER, order, "p");
        assertEquals("O-9", invalid.id());
        assertEquals(List.of("currency", "lines[0].quantity"), invalid.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aNonObjectItemIsRefused() throws Exception {
        Validation.Invalid invalid = (Validation.Invalid) validator.validate(EventType.ORDER, JSON.readTree("[1]"), "p");
        assertEquals("$", invalid.errors().get(0).field());
    }

    @Test
    void anotherPlatformsNameIsAnAuthorisationProblem() throws Exception {
        ObjectNode order = json(Samples.order("O-1", "C-1"));
        order.put("platform", "shop-b");
        assertEquals(new Validation.ForeignPlatform("shop-b"), validator.validate(EventType.ORDER, order, "shop-a"));
        order.put("platform", "shop-a");
        assertInstanceOf(Validation.Valid.class, validator.validate(EventType.ORDER, order, "shop-a"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "REFUND         | lines/0/amount   | -1                 | lines[0].amount",
            "REFUND         | refundId         | null               | refundId",
            "CATALOG        | tags             | '[\"cheap\"]'      | tags[0]",
            "CATALOG        | rating           | 5.5                | rating",
            "CATALOG        | reviewCount      | -1                 | reviewCount",
            "CATALOG        | launchedAt       | '\"soon\"'         | launchedAt",
            "INVENTORY      | onHand           | -1                 | onHand",
            "INVENTORY      | ageBuckets/400+  | 3                  | ageBuckets.400+",
            "INVENTORY      | ageBuckets       | null               | receivedAt",
            "TRAFFIC        | date             | '\"01/04/2026\"'   | date",
            "TRAFFIC        | views            | null               | views",
            "AD_SPEND       | skus             | '[]'               | skus",
            "AD_SPEND       | spend            | '\"NaN\"'          | spend",
            "PURCHASE_ORDER | quantity         | 0                  | quantity",
    })
    void badEventsOfEveryTypeNameTheField(EventType type, String field, String value, String expectedField) throws Exception {
        ObjectNode item = json(Samples.item(type, "X-1"));
        edit(item, field, value);
        Validation.Invalid invalid = assertInstanceOf(Validation.Invalid.class, validator.validate(type, item, "p"));
        assertTrue(invalid.errors().stream().anyMatch(e -> e.field().equals(expectedField)),
                () -> "expected " + expectedField + " in " + invalid.errors());
    }

    @Test
    void inventoryKeepsAgeBucketsAndCatalogKeepsTags() throws Exception {
        InventoryEvent inventory = (InventoryEvent) ((Validation.Valid) validator.validate(EventType.INVENTORY,
                json(Samples.item(EventType.INVENTORY, "S-1")), "p")).event();
        assertEquals(500, inventory.ageBuckets().get("181-270"));
        CatalogEvent catalog = (CatalogEvent) ((Validation.Valid) validator.validate(EventType.CATALOG,
                json(Samples.item(EventType.CATALOG, "S-1")), "p")).event();
        assertEquals(List.of("exclusive", "gift-box"), catalog.tags());
        assertEquals(OffsetDateTime.parse("2026-01-15T00:00:00Z"), catalog.launchedAt());
    }

    /** Sets (or, for "null", removes) the field at a slash path such as {@code lines/0/quantity}. */
    private static void edit(ObjectNode root, String path, String value) throws Exception {
        String[] parts = path.split("/");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        ObjectNode target = (ObjectNode) parent;
        String name = parts[parts.length - 1];
        if (value.equals("null")) {
            target.remove(name);
        } else {
            target.set(name, JSON.readTree(value));
        }
    }
}
