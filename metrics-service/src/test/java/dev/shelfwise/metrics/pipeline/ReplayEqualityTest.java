package dev.shelfwise.metrics.pipeline;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.RefundLine;
import dev.shelfwise.contracts.ShelfwiseEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A generated year of orders and refunds is sent in shuffled order with duplicates (late first orders, refunds
 * before their orders, redelivery); the figures served must equal a straightforward recomputation over the same
 * events done here, independently of the service's code.
 */
@QuarkusTest
class ReplayEqualityTest {
    private static final int YEAR = 2017;
    private static final int ORDERS = 1_500;
    private static final int CUSTOMERS = 300;
    private static final int SKUS = 40;
    private static final int REFUNDS = 120;
    private static final double DUPLICATE_SHARE = 0.1;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Random random = new Random(20170101);

    @BeforeAll
    static void exactNumbers() {
        // money must be compared exactly: JSON numbers are read as BigDecimal, never as float
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shuffledReplayWithDuplicatesEqualsARecomputation() {
        List<String> categories = List.of(run + "-books", run + "-toys", run + "-beauty", run + "-home", run + "-sports");
        List<OrderEvent> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            OffsetDateTime placedAt = OffsetDateTime.of(YEAR, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    .plusMinutes(random.nextInt(365 * 24 * 60));
            List<OrderLine> lines = new ArrayList<>();
            Set<String> skus = new HashSet<>();
            for (int l = 0, n = 1 + random.nextInt(3); l < n; l++) {
                int sku = random.nextInt(SKUS);
                if (skus.add(run + "-S" + sku)) {
                    lines.add(new OrderLine(run + "-S" + sku, categories.get(sku % categories.size()), 1 + random.nextInt(3),
                            BigDecimal.valueOf(100 + random.nextInt(9900), 2), null, null));
                }
            }
            Boolean flag = random.nextInt(20) == 0 ? random.nextBoolean() : null;
            orders.add(new OrderEvent(run + "-O" + i, "replay", run + "-C" + random.nextInt(CUSTOMERS), placedAt, "USD",
                    "onsite", flag, lines));
        }
        List<RefundEvent> refunds = new ArrayList<>();
        for (int i = 0; i < REFUNDS; i++) {
            OrderEvent order = orders.get(random.nextInt(ORDERS));
            OrderLine line = order.lines().get(0);
            refunds.add(new RefundEvent(order.orderId(), run + "-R" + i, "replay", order.placedAt().plusDays(2),
                    List.of(new RefundLine(line.sku(), 1, line.unitPrice()))));
        }
        List<ShelfwiseEvent> stream = new ArrayList<>(orders);
        stream.addAll(refunds);
        for (int i = 0; i < (int) (stream.size() * DUPLICATE_SHARE); i++) {
            stream.add(stream.get(random.nextInt(stream.size())));
        }
        Collections.shuffle(stream, random);
        try (EventProducer producer = new EventProducer()) {
            producer.send(stream);
        }

        Expected expected = recompute(orders, refunds);
        JsonPath table = Eventually.poll(this::newCustomerTable,
                t -> t.getLong("siteOrders") == ORDERS && t.getLong("siteNewCustomerOrders") == expected.siteNew,
                Duration.ofSeconds(60));
        assertEquals(ORDERS, table.getLong("siteOrders"));
        assertEquals(expected.siteNew, table.getLong("siteNewCustomerOrders"));
        Map<String, long[]> served = new TreeMap<>();
        List<Map<String, Object>> cells = table.getList("cells");
        for (Map<String, Object> cell : cells) {
            served.put(cell.get("category") + " " + cell.get("month"), new long[]{
                    ((Number) cell.get("orders")).longValue(), ((Number) cell.get("newCustomerOrders")).longValue()});
        }
        assertEquals(render(expected.cells), render(served), "orders and new-customer orders per category and month");

        for (String category : categories) {
            BigDecimal sales = Eventually.poll(() -> sales(category),
                    s -> s.compareTo(expected.sales.getOrDefault(category, BigDecimal.ZERO)) == 0, Duration.ofSeconds(30));
            assertEquals(0, expected.sales.getOrDefault(category, BigDecimal.ZERO).compareTo(sales),
                    "net sales of " + category + ": expected " + expected.sales.get(category) + ", served " + sales);
        }

        List<Map<String, Object>> penetration = given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .when().get("/v1/indices/cross-category").then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> row : penetration) {
            long[] counts = expected.penetration.get((String) row.get("category"));
            assertEquals(counts[0], ((Number) row.get("customers")).longValue(), "customers of " + row.get("category"));
            assertEquals(counts[1], ((Number) row.get("crossCustomers")).longValue(), "cross customers of " + row.get("category"));
        }
        assertEquals(categories.size(), penetration.size(), "only this test's categories bought in " + YEAR);

        JsonPath concentration = given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .when().get("/v1/concentration").then().statusCode(200).extract().jsonPath();
        assertEquals(expected.activeSkus, concentration.getInt("activeSkus"));
        assertEquals(0, expected.totalGmv.compareTo(new BigDecimal(concentration.getString("gmv"))));
    }

    private JsonPath newCustomerTable() {
        return given().queryParam("year", YEAR).when().get("/v1/indices/new-customer").then().statusCode(200).extract().jsonPath();
    }

    private BigDecimal sales(String category) {
        String value = given().queryParam("category", category).queryParam("from", YEAR + "-01-01")
                .queryParam("to", YEAR + "-12-31").when().get("/v1/trends").then().extract().jsonPath().getString("sales");
        return value == null ? BigDecimal.valueOf(-1) : new BigDecimal(value);
    }

    private static String render(Map<String, long[]> cells) {
        StringBuilder out = new StringBuilder();
        cells.forEach((key, counts) -> out.append(key).append('=').append(counts[0]).append('/').append(counts[1]).append('\n'));
        return out.toString();
    }

    /** What the figures must be, computed the obvious way: sort by time, first order per customer, sums. */
    private record Expected(long siteNew, Map<String, long[]> cells, Map<String, BigDecimal> sales,
                            Map<String, long[]> penetration, int activeSkus, BigDecimal totalGmv) {
    }

    private static Expected recompute(List<OrderEvent> orders, List<RefundEvent> refunds) {
        Map<String, OrderEvent> firstByCustomer = new HashMap<>();
        orders.stream().sorted(Comparator.comparing((OrderEvent o) -> o.placedAt().toInstant()).thenComparing(OrderEvent::orderId))
                .forEach(o -> firstByCustomer.putIfAbsent(o.customerId(), o));
        long siteNew = 0;
        Map<String, long[]> cells = new TreeMap<>();
        Map<String, BigDecimal> sales = new HashMap<>();
        Map<String, BigDecimal> skuGmv = new HashMap<>();
        Map<String, Set<String>> categoriesOfCustomer = new HashMap<>();
        Map<String, OrderEvent> byId = new HashMap<>();
        for (OrderEvent order : orders) {
            byId.put(order.orderId(), order);
            boolean isNew = order.newCustomer() != null ? order.newCustomer() : firstByCustomer.get(order.customerId()) == order;
            siteNew += isNew ? 1 : 0;
            Set<String> categories = new HashSet<>();
            for (OrderLine line : order.lines()) {
                categories.add(line.category());
                sales.merge(line.category(), line.netAmount(), BigDecimal::add);
                skuGmv.merge(line.sku(), line.netAmount(), BigDecimal::add);
            }
            for (String category : categories) {
                long[] cell = cells.computeIfAbsent(category + " " + order.placedAt().toLocalDate().toString().substring(0, 7),
                        k -> new long[2]);
                cell[0]++;
                cell[1] += isNew ? 1 : 0;
                categoriesOfCustomer.computeIfAbsent(order.customerId(), k -> new HashSet<>()).add(category);
            }
        }
        for (RefundEvent refund : refunds) {
            OrderEvent order = byId.get(refund.orderId());
            for (RefundLine line : refund.lines()) {
                String category = order.lines().stream().filter(l -> l.sku().equals(line.sku())).findFirst().orElseThrow().category();
                sales.merge(category, line.amount().negate(), BigDecimal::add);
                skuGmv.merge(line.sku(), line.amount().negate(), BigDecimal::add);
            }
        }
        Map<String, long[]> penetration = new HashMap<>();
        categoriesOfCustomer.values().forEach(bought -> bought.forEach(category -> {
            long[] counts = penetration.computeIfAbsent(category, k -> new long[2]);
            counts[0]++;
            counts[1] += bought.size() > 1 ? 1 : 0;
        }));
        int active = (int) skuGmv.values().stream().filter(v -> v.signum() > 0).count();
        BigDecimal total = skuGmv.values().stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Expected(siteNew, cells, sales, penetration, active, total);
    }
}
