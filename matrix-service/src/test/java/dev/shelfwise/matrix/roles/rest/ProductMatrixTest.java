package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.matrix.Poll;
import dev.shelfwise.matrix.TestFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when": catalog, traffic, inventory, product-stats and orders go through the real broker, a
 * promotion is created, and eight hand-built SKUs of one category land in the eight roles with the expected reasons.
 *
 * <p>The category (percentiles are taken within it; nearest rank over 8 SKUs, 7 with traffic):
 * <pre>
 *  SKU  list  cost  paid  gmv   units orders views search rating reviews  stock           role
 *  T    100   40    45    900   20    20     5000  3000   4.0    10       50, 10 days     traffic (paid 45 % of list, views >= P75 2000)
 *  H    80    40    80    8000  100   100    2000  1500   4.6    50       200, 20 days    hot-selling (gmv = P90, conversion 0.05 >= P50 0.03)
 *  E    60    30    60    600   10    10     800   400    4.2    5        500, 181+ days  event (age 181 >= 90)
 *  I    500   200   500   1000  2     2      600   200    4.5    8        5, 10 days      image (flagship)
 *  W    50    30    50    1500  30    30     1000  500    4.8    900      40, 10 days     word-of-mouth (4.8, reviews >= P75 30)
 *  X    10    4     10    300   30    30     700   300    4.3    20       30, 10 days     cross-sell (price <= P25 45, lift with H >= 2)
 *  P    120   30    120   6000  50    50     1000  2500   4.4    30       60, 10 days     profit (margin, search, orders, conversion >= P60; 0 similar)
 *  R    70    60    70    200   3     3      —     —      4.0    3        —               regular (no traffic, no stock: "no data")
 * </pre>
 * X and H are bought together in 3 orders (the support floor) and never apart; 3 more orders of other SKUs make
 * the lift at least 6 · 3 / (3 · 3) = 2, and every other order on the shared broker only raises it.
 */
@QuarkusTest
class ProductMatrixTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);
    private static final int WINDOW_DAYS = 30;
    private static final int OLD_LAUNCH_DAYS = 400;
    private static final int NEW_LAUNCH_DAYS = 30;
    private static final int FRESH_STOCK_DAYS = 10;
    private static final int PAIR_ORDERS = 3;

    private static final String CATEGORY = TestFeed.unique("matrix-cat");
    private static final String LONELY_CATEGORY = TestFeed.unique("lonely-cat");
    private static final String PROMOTION = TestFeed.unique("matrix-promo");
    private static final Map<String, String> SKUS = new LinkedHashMap<>();
    private static final String LONELY = TestFeed.unique("lonely");
    private static TestFeed feed;

    static {
        for (String role : List.of("traffic", "hot-selling", "event", "image", "word-of-mouth", "cross-sell", "profit",
                "regular")) {
            SKUS.put(role, TestFeed.unique(role));
        }
    }

    private static String sku(String role) {
        return SKUS.get(role);
    }

    /** Feeds the topics and creates the promotion once for the whole class. */
    private static synchronized void fed() {
        if (feed != null) {
            return;
        }
        feed = new TestFeed();
        product("traffic", "100", "40", "45", "900", 20, 5000L, 3000L, "4.0", 10, List.of(), NEW_LAUNCH_DAYS);
        product("hot-selling", "80", "40", "80", "8000", 100, 2000L, 1500L, "4.6", 50, List.of(), OLD_LAUNCH_DAYS);
        product("event", "60", "30", "60", "600", 10, 800L, 400L, "4.2", 5, List.of(), OLD_LAUNCH_DAYS);
        product("image", "500", "200", "500", "1000", 2, 600L, 200L, "4.5", 8, List.of("flagship"), OLD_LAUNCH_DAYS);
        product("word-of-mouth", "50", "30", "50", "1500", 30, 1000L, 500L, "4.8", 900, List.of("exclusive"),
                OLD_LAUNCH_DAYS);
        product("cross-sell", "10", "4", "10", "300", 30, 700L, 300L, "4.3", 20, List.of(), OLD_LAUNCH_DAYS);
        product("profit", "120", "30", "120", "6000", 50, 1000L, 2500L, "4.4", 30, List.of(), OLD_LAUNCH_DAYS);
        product("regular", "70", "60", "70", "200", 3, null, null, "4.0", 3, List.of(), OLD_LAUNCH_DAYS);

        stock("traffic", 50, "40", FRESH_STOCK_DAYS);
        stock("hot-selling", 200, "40", FRESH_STOCK_DAYS * 2);
        feed.inventory(new InventoryEvent(sku("event"), TestFeed.PLATFORM, NOW, 500, 0, new BigDecimal("30"), null,
                Map.of("0-90", 20, "181-270", 480), new BigDecimal("0.3"), new BigDecimal("1.2")));
        stock("image", 5, "200", FRESH_STOCK_DAYS);
        stock("word-of-mouth", 40, "30", FRESH_STOCK_DAYS);
        stock("cross-sell", 30, "4", FRESH_STOCK_DAYS);
        stock("profit", 60, "30", FRESH_STOCK_DAYS);

        for (int i = 0; i < PAIR_ORDERS; i++) {
            order(List.of(sku("cross-sell"), sku("hot-selling")));
            order(List.of(TestFeed.unique("filler")));
        }

        // a second core category with a single SKU: no traffic SKU, no profit SKU
        feed.catalog(new CatalogEvent(LONELY, TestFeed.PLATFORM, LONELY_CATEGORY, "lonely", new BigDecimal("20"),
                new BigDecimal("10"), NOW.minusDays(OLD_LAUNCH_DAYS), List.of(), null, null));
        feed.productStats(stats(LONELY, LONELY_CATEGORY, "100", 5, 5L, null, null, "20"));
        feed.inventory(new InventoryEvent(LONELY, TestFeed.PLATFORM, NOW, 10, 0, new BigDecimal("10"),
                NOW.minusDays(FRESH_STOCK_DAYS), null, null, null));

        // every category core, so both appear in the health summary whatever other tests put in the database
        given().contentType(ContentType.JSON)
                .body("""
                        {"name": "matrix test", "theme": "roles", "start": "%s", "end": "%s", "goal": "sales",
                         "coreCount": 100000, "auxiliaryCount": 0}""".formatted(TODAY.plusDays(30), TODAY.plusDays(40)))
                .put("/v1/promotions/" + PROMOTION)
                .then().statusCode(201);
    }

    private static void product(String role, String list, String cost, String paid, String gmv, long units,
                                Long views, Long search, String rating, int reviews, List<String> tags,
                                int launchedDaysAgo) {
        String sku = sku(role);
        feed.catalog(new CatalogEvent(sku, TestFeed.PLATFORM, CATEGORY, role + " product", new BigDecimal(list),
                new BigDecimal(cost), NOW.minusDays(launchedDaysAgo), tags, new BigDecimal(rating), reviews));
        feed.productStats(stats(sku, CATEGORY, gmv, units, units, views, search, paid));
        if (views != null) {
            feed.traffic(new TrafficEvent(sku, TestFeed.PLATFORM, TODAY.minusDays(1), views, search, views / 10));
        }
    }

    private static ProductStats stats(String sku, String category, String gmv, long units, long orders, Long views,
                                      Long search, String paid) {
        return new ProductStats(sku, category, TODAY.minusDays(WINDOW_DAYS - 1), TODAY, new BigDecimal(gmv), units,
                orders, BigDecimal.ZERO, 0, views, search, null, null, new BigDecimal(paid), Instant.now());
    }

    private static void stock(String role, int onHand, String cost, int receivedDaysAgo) {
        feed.inventory(new InventoryEvent(sku(role), TestFeed.PLATFORM, NOW, onHand, 0, new BigDecimal(cost),
                NOW.minusDays(receivedDaysAgo), null, new BigDecimal("0.3"), new BigDecimal("1.2")));
    }

    private static void order(List<String> skus) {
        String orderId = TestFeed.unique("O");
        List<OrderLine> lines = skus.stream()
                .map(sku -> new OrderLine(sku, CATEGORY, 1, BigDecimal.TEN, null, null)).toList();
        feed.order(new OrderEvent(orderId, TestFeed.PLATFORM, TestFeed.unique("C"), NOW, "USD", "onsite", null,
                lines));
    }

    @AfterAll
    static void close() {
        if (feed != null) {
            feed.close();
        }
    }

    /** The matrix of the test category, once every SKU has its expected role (or the poll timed out). */
    private static JsonPath matrix() {
        fed();
        return Poll.until(() -> given().when().get("/v1/promotions/" + PROMOTION + "/matrix?category=" + CATEGORY)
                        .then().statusCode(200).extract().jsonPath(),
                json -> SKUS.entrySet().stream().allMatch(entry ->
                        entry.getKey().equals(json.getString("products.find { it.sku == '" + entry.getValue()
                                + "' }.role"))));
    }

    private static Map<String, Object> reason(JsonPath json, String role, String rule, String metric) {
        return json.getMap("products.find { it.sku == '" + sku(role) + "' }.reasons.find { it.rule == '" + rule
                + "' && it.metric == '" + metric + "' }");
    }

    @Test
    void everyRoleIsTakenWithItsReasons() {
        JsonPath json = matrix();
        assertEquals(8, json.getInt("count"), json.prettify());
        SKUS.forEach((role, sku) -> assertEquals(role, json.getString("products.find { it.sku == '" + sku
                + "' }.role"), sku + " in " + json.prettify()));
        assertEquals(Map.of("traffic", 1, "hot-selling", 1, "event", 1, "image", 1, "word-of-mouth", 1,
                "cross-sell", 1, "profit", 1, "regular", 1), json.getMap("roleMix"));

        // traffic: paid 45 of 100, with views at or above P75 (2000 over the category's 7 SKUs with traffic)
        assertEquals(true, reason(json, "traffic", "traffic", "promo-price-ratio").get("passed"));
        assertEquals(0.45f, ((Number) reason(json, "traffic", "traffic", "promo-price-ratio").get("value")).floatValue());
        assertEquals(">= 2000 (P75)", reason(json, "traffic", "traffic", "views").get("threshold"));
        assertEquals(true, reason(json, "traffic", "traffic", "views").get("passed"));
        assertEquals(List.of("new"), json.getList("products.find { it.sku == '" + sku("traffic") + "' }.types"));
        assertTrue(json.getBoolean("products.find { it.sku == '" + sku("traffic") + "' }.presale"));
        assertEquals("limited quantity advised",
                json.getString("products.find { it.sku == '" + sku("traffic") + "' }.advice"));
        assertEquals(45, json.getInt("products.find { it.sku == '" + sku("traffic") + "' }.facts.promoPrice"));

        // hot-selling: the category's top GMV, conversion above the median, rated 4.6, positive margin
        assertEquals(">= 8000 (P90)", reason(json, "hot-selling", "hot-selling", "gmv").get("threshold"));
        assertEquals(true, reason(json, "hot-selling", "hot-selling", "gmv").get("passed"));
        assertEquals(true, reason(json, "hot-selling", "hot-selling", "conversion").get("passed"));
        assertEquals(true, reason(json, "hot-selling", "hot-selling", "rating").get("passed"));
        assertTrue(json.getList("products.find { it.sku == '" + sku("hot-selling") + "' }.types").contains("hot"));
        assertTrue(json.getList("products.find { it.sku == '" + sku("hot-selling") + "' }.matchedRoles")
                .contains("profit"), "H is also an anchor by the profit rule");

        // event: the oldest stock is in the 181-270 bucket
        assertEquals(181, reason(json, "event", "event", "inventory-age-days").get("value"));
        assertEquals(true, reason(json, "event", "event", "inventory-age-days").get("passed"));
        assertEquals("hand over to clearance-service",
                json.getString("products.find { it.sku == '" + sku("event") + "' }.advice"));

        // image: flagship tag
        assertEquals(true, reason(json, "image", "image", "tags").get("passed"));
        assertEquals(List.of("flagship"), reason(json, "image", "image", "tags").get("value"));

        // word-of-mouth: 4.8 and the most reviews; specialty by its exclusive tag; pre-sale advised
        assertEquals(true, reason(json, "word-of-mouth", "word-of-mouth", "rating").get("passed"));
        assertEquals(true, reason(json, "word-of-mouth", "word-of-mouth", "review-count").get("passed"));
        assertEquals(List.of("specialty"),
                json.getList("products.find { it.sku == '" + sku("word-of-mouth") + "' }.types"));
        assertTrue(json.getBoolean("products.find { it.sku == '" + sku("word-of-mouth") + "' }.presale"));

        // cross-sell: the cheapest SKU, bought together with the hot-selling SKU
        assertEquals(true, reason(json, "cross-sell", "cross-sell", "price").get("passed"));
        Map<String, Object> lift = reason(json, "cross-sell", "cross-sell", "bought-together-lift");
        assertEquals(true, lift.get("passed"), lift.toString());
        assertEquals("with " + sku("hot-selling"), lift.get("note"));
        assertTrue(((Number) lift.get("value")).doubleValue() >= 2, lift.toString());

        // profit: every "three highs, one few" condition holds
        List<Map<String, Object>> profit = json.getList("products.find { it.sku == '" + sku("profit")
                + "' }.reasons.findAll { it.rule == 'profit' }");
        assertEquals(5, profit.size());
        profit.forEach(condition -> assertEquals(true, condition.get("passed"), condition.toString()));
        assertFalse(json.getBoolean("products.find { it.sku == '" + sku("profit") + "' }.presale"));

        // regular: nothing matches; missing traffic and stock are "no data", never a silent default
        Map<String, Object> views = reason(json, "regular", "traffic", "views");
        assertTrue(views.containsKey("passed"));
        assertNull(views.get("passed"));
        assertEquals("no data", views.get("reason"));
        Map<String, Object> age = reason(json, "regular", "event", "inventory-age-days");
        assertNull(age.get("passed"));
        assertEquals("no data", age.get("reason"));
        assertEquals(List.of(), json.getList("products.find { it.sku == '" + sku("regular") + "' }.matchedRoles"));
    }

    @Test
    void filtersByRoleAndOneProductHasTheSameShape() {
        matrix();
        given().when().get("/v1/promotions/" + PROMOTION + "/matrix?category=" + CATEGORY + "&role=cross-sell")
                .then().statusCode(200)
                .body("count", equalTo(1)).body("products[0].sku", equalTo(sku("cross-sell")))
                .body("role", equalTo("cross-sell"));
        given().when().get("/v1/promotions/" + PROMOTION + "/matrix?role=cheap")
                .then().statusCode(400).body("errors.field", hasItem("role"))
                .body("errors.message", hasItem(containsString("hot-selling")));
        given().when().get("/v1/products/" + sku("hot-selling") + "/role?promotion=" + PROMOTION)
                .then().statusCode(200)
                .body("promotion", equalTo(PROMOTION))
                .body("product.sku", equalTo(sku("hot-selling")))
                .body("product.role", equalTo("hot-selling"))
                .body("product.presale", equalTo(true))
                .body("product.reasons.rule", hasItem("cross-sell"))
                .body("product.facts.gmv", equalTo(8000));
    }

    @Test
    void healthShowsTheRoleMixOfCoreCategoriesAndWarns() {
        matrix();
        JsonPath health = Poll.until(() -> given().when().get("/v1/promotions/" + PROMOTION + "/matrix/health")
                        .then().statusCode(200).extract().jsonPath(),
                json -> json.getList("coreCategories").contains(LONELY_CATEGORY)
                        && json.getList("coreCategories").contains(CATEGORY));
        String mine = "categories.find { it.category == '" + CATEGORY + "' }";
        assertEquals(8, health.getInt(mine + ".skuCount"), health.prettify());
        assertEquals(1, health.getInt(mine + ".roleMix.traffic"));
        assertEquals(1, health.getInt(mine + ".roleMix.profit"));
        assertEquals(List.of(), health.getList(mine + ".warnings"), "profit SKUs hold 6000 / 18500 = 32 % of GMV");
        String lonely = "categories.find { it.category == '" + LONELY_CATEGORY + "' }";
        assertEquals(List.of("no-traffic-sku", "profit-gmv-share-low"), health.getList(lonely + ".warnings.code"));
        assertTrue(health.getBoolean("degraded"), "metrics-service does not run in this test");
        given().when().get("/v1/promotions/" + PROMOTION + "/matrix/health")
                .then().body("reason", startsWith("metrics-service unavailable: GET /v1/categories/explosion"))
                .body("healthy", equalTo(false))
                .body("warnings.findAll { it.category == '" + LONELY_CATEGORY + "' }", hasSize(2));
    }
}
