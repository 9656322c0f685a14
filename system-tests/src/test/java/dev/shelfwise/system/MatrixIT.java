package dev.shelfwise.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product matrix end to end (issue 4, "done when"): a catalog, inventory, traffic and orders of one category are
 * posted through order-ingest only; metrics-service turns the orders into product-stats.v1, matrix-service consumes
 * that with the catalog, inventory, traffic and the orders' baskets; a promotion is created in matrix-service, and
 * hand-built SKUs land in each of the eight roles with the reasons that decided them.
 *
 * <h2>The category</h2>
 * One category of this run alone (its name carries the run id), 20 SKUs: eight heroes, one per role (two for image:
 * by price and by the flagship tag), and twelve "regular" SKUs that give the percentiles their body. Percentiles are
 * nearest rank within the category (rank ⌈p·n/100⌉ of the ascending values, n = 20): "≥ P90" keeps the top 3 values,
 * "≥ P75" the top 6, "≥ P60" the top 9, "≥ P50" the top 11, "≤ P25" the bottom 5. All SKUs have every figure
 * (catalog, stock, traffic, sales), so no condition is left at "no data".
 * <pre>
 *  SKU  list   cost  paid  orders  views  search  rating reviews  stock (age)   role and why
 *  T    100    30    40    30      5000   4000    4.2    300      30 (10 d)     traffic: paid 40 % of list (≤ 50 %), views top (≥ P75)
 *  H    50     30    50    60      1000   500     4.6    400      60 (10 d)     hot-selling: GMV 3000 ≥ P90 1200, conversion 0.06 ≥ P50,
 *                                                                               rating ≥ 4.5, margin 0.4 ≥ 0; launched 30 days ago (new)
 *  E    30     20    30    4       200    300     4.1    50       400 (120 d)   event: stock 120 days old (≥ 90), 429 weeks of cover
 *  I    500    200   500   2       100    300     4.3    80       2 (10 d)      image: price 500 ≥ P90 80 and 2 units ≤ P25 6
 *  IF   80     40    80    8       600    700     4.3    120      8 (10 d)      image: tag flagship (8 units > P25: by the tag alone);
 *                                                                               also exclusive → type specialty
 *  W    60     30    60    15      1500   800     4.9    5000     15 (10 d)     word-of-mouth: rating 4.9 ≥ 4.7, reviews top (≥ P75)
 *  X    5      2     5     12      300    200     4.3    60       12 (10 d)     cross-sell: cheapest (≤ P25 21.5), all 12 orders together
 *                                                                               with H (a hot-selling anchor): lift ≥ 2
 *  P    150    30    150   30      400    6000    4.2    200      30 (10 d)     profit: margin 0.8, search 6000, 30 orders, conversion
 *                                                                               0.075, all ≥ P60, and no SKU within ±15 % of 150
 *  R01…R12 20.00…25.50 (0.50 apart), cost 70 %, at list, 5…10 orders, 800…910 views, 1000…1550 search, 4.0…4.33, 10 d: regular
 * </pre>
 * Why the heroes match only their own rule:
 * <ul>
 *   <li>traffic needs a deep discount or a margin under 5 %: only T is discounted, every margin is ≥ 25 %;</li>
 *   <li>hot-selling needs GMV ≥ P90 (P 4500, H 3000, T 1200): P fails on its rating 4.2, T on conversion (0.006);</li>
 *   <li>event: only E's stock is old; everyone else holds about a month of sales (4.3 weeks of cover);</li>
 *   <li>image by price needs the top 3 prices (I 500, P 150, IF 80) with units in the bottom 5 (≤ 6): only I; P and
 *       IF sell 30 and 8; only IF carries the flagship tag;</li>
 *   <li>word-of-mouth: only W is rated ≥ 4.7 (H 4.6 is the next best);</li>
 *   <li>cross-sell needs the bottom 5 prices (X 5 and R01–R04) and a lift ≥ 2 with an anchor over ≥ 3 shared orders:
 *       only X shares baskets (with H). lift = 12 · all orders / (60 · 12) ≥ 239 / 60 = 3.98 — every order posted by
 *       other tests within the 90-day basket window only raises it;</li>
 *   <li>profit: H fails on search impressions (500 &lt; P60 1250), T on margin (0.25 &lt; P60 0.3), X, W, I, IF and E
 *       on search impressions or orders; the regular SKUs are priced within ±15 % of each other (≥ 4 similar-priced
 *       SKUs each: not "one few").</li>
 * </ul>
 * The health of the category then shows every role, a traffic SKU, and the profit SKU P holding 4500 / 13502.50 =
 * 33 % of the category's GMV (≥ 30 %): no warning.
 *
 * <h2>Time</h2>
 * Orders are placed in the last two hours; product-stats' trailing 30 days end at the newest order day consumed, which
 * is today (or yesterday just after midnight: both windows hold these orders). Traffic is dated yesterday, inside
 * matrix-service's 30-day window ending today.
 */
class MatrixIT {
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final List<String> RULES = List.of("traffic", "hot-selling", "event", "image", "word-of-mouth",
            "cross-sell", "profit");

    /**
     * One hand-built SKU.
     *
     * @param paid         what shoppers pay per unit (list price minus the line discount)
     * @param orders       orders of one unit each; for X they are lines added to H's first orders
     * @param stockAgeDays days since the stock on hand was received
     */
    private record Spec(String key, String listPrice, String unitCost, String paid, int orders, long views,
                        long searchImpressions, String rating, int reviewCount, List<String> tags, int onHand,
                        int stockAgeDays, int launchedDaysAgo) {
        BigDecimal gmv() {
            return new BigDecimal(paid).multiply(BigDecimal.valueOf(orders));
        }
    }

    private static final String HOT = "H";
    private static final String CROSS_SELL = "X";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String category = "matrix-it-" + run;
    private final String promotion = "matrix-it-" + run;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    private final LocalDate today = now.toLocalDate();

    private static List<Spec> specs() {
        List<Spec> specs = new ArrayList<>(List.of(
                new Spec("T", "100.00", "30.00", "40.00", 30, 5_000, 4_000, "4.2", 300, List.of(), 30, 10, 400),
                new Spec(HOT, "50.00", "30.00", "50.00", 60, 1_000, 500, "4.6", 400, List.of(), 60, 10, 30),
                new Spec("E", "30.00", "20.00", "30.00", 4, 200, 300, "4.1", 50, List.of(), 400, 120, 500),
                new Spec("I", "500.00", "200.00", "500.00", 2, 100, 300, "4.3", 80, List.of(), 2, 10, 400),
                new Spec("IF", "80.00", "40.00", "80.00", 8, 600, 700, "4.3", 120, List.of("flagship", "exclusive"),
                        8, 10, 200),
                new Spec("W", "60.00", "30.00", "60.00", 15, 1_500, 800, "4.9", 5_000, List.of(), 15, 10, 300),
                new Spec(CROSS_SELL, "5.00", "2.00", "5.00", 12, 300, 200, "4.3", 60, List.of(), 12, 10, 300),
                new Spec("P", "150.00", "30.00", "150.00", 30, 400, 6_000, "4.2", 200, List.of(), 30, 10, 300)));
        int[] orders = {5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10};
        for (int i = 0; i < orders.length; i++) {
            BigDecimal list = new BigDecimal("20.00").add(new BigDecimal("0.50").multiply(BigDecimal.valueOf(i)));
            BigDecimal cost = list.multiply(new BigDecimal("0.70")).setScale(2);
            String rating = new BigDecimal("4.00").add(new BigDecimal("0.03").multiply(BigDecimal.valueOf(i))).toPlainString();
            specs.add(new Spec(String.format("R%02d", i + 1), list.toPlainString(), cost.toPlainString(),
                    list.toPlainString(), orders[i], 800 + 10L * i, 1_000 + 50L * i, rating, 100 + 10 * i, List.of(),
                    orders[i], 10, 300));
        }
        return specs;
    }

    private String sku(String key) {
        return "MX-" + run + "-" + key;
    }

    @Test
    void handBuiltSkusLandInEachOfTheEightRolesWithTheirReasons() {
        List<Spec> specs = specs();
        postThroughOrderIngest(specs);

        String body = "{\"name\":\"Matrix IT " + run + "\",\"theme\":\"system test\",\"start\":\"" + today.minusDays(2)
                + "\",\"end\":\"" + today.plusDays(1) + "\",\"goal\":\"sales\",\"coreCount\":20,\"auxiliaryCount\":0}";
        given().contentType("application/json").body(body).when().put(Stack.MATRIX + "/v1/promotions/" + promotion)
                .then().statusCode(201);

        // wait until product stats have gone metrics-service → product-stats.v1 → matrix-service for every SKU, with
        // the catalog, stock, traffic and X's baskets: the matrix is then computed on complete figures
        JsonPath matrix = Stack.eventually(this::matrix, m -> settled(m, specs), WAIT);
        assertTrue(settled(matrix, specs), "matrix-service did not receive every figure within " + WAIT + ": "
                + matrix.prettify());
        Map<String, Map<String, Object>> products = new LinkedHashMap<>();
        for (Map<String, Object> product : matrix.<Map<String, Object>>getList("products")) {
            products.put(product.get("sku").toString(), product);
        }

        assertEquals(promotion, matrix.getString("promotion"));
        assertEquals(30, matrix.getInt("statsWindowDays"));
        assertEquals(20, matrix.getInt("count"));
        assertEquals(Map.of("traffic", 1, "hot-selling", 1, "event", 1, "image", 2, "word-of-mouth", 1,
                "cross-sell", 1, "profit", 1, "regular", 12), roleMix(matrix.getMap("roleMix")));
        for (Map<String, Object> product : products.values()) {
            for (Map<String, Object> reason : reasons(product)) {
                assertNotNull(reason.get("passed"), "every figure is known, no condition is left at no data: " + reason);
            }
            // every rule and both type rules were checked and explained
            List<String> rules = reasons(product).stream().map(r -> r.get("rule").toString()).distinct().toList();
            assertTrue(rules.containsAll(RULES) && rules.contains("new") && rules.contains("specialty"), rules.toString());
        }

        // traffic (hook): 40 paid on a list of 100 (ratio 0.4 ≤ 0.5) with the most views (≥ P75 = 890); margin 0.25
        Map<String, Object> t = hero(products, "T", "traffic", true);
        expect(t, "traffic", "promo-price-ratio", "0.4", true, "<= 0.5 (of list price)");
        expect(t, "traffic", "margin", "0.25", false, "< 0.05");
        expect(t, "traffic", "views", "5000", true, ">= 890 (P75)");
        assertEquals("limited quantity advised", t.get("advice"));
        assertEquals(0, new BigDecimal("40").compareTo(decimal(facts(t).get("promoPrice"))));

        // hot-selling: GMV 3000 ≥ P90 (1200, T's), conversion 60 / 1000 ≥ P50, rating 4.6 ≥ 4.5, margin 0.4 ≥ 0
        Map<String, Object> h = hero(products, HOT, "hot-selling", true);
        expect(h, "hot-selling", "gmv", "3000", true, ">= 1200 (P90)");
        expect(h, "hot-selling", "conversion", "0.06", true, null);
        expect(h, "hot-selling", "rating", "4.6", true, ">= 4.5");
        expect(h, "hot-selling", "margin", "0.4", true, ">= 0");
        expect(h, "profit", "search-impressions", "500", false, ">= 1250 (P60)");
        assertEquals(List.of("hot", "new"), h.get("types"));

        // event (clearance): stock received 120 days ago; 400 on hand at 4 units a month is 428.57 weeks of cover
        Map<String, Object> e = hero(products, "E", "event", false);
        expect(e, "event", "inventory-age-days", "120", true, ">= 90");
        expect(e, "event", "weeks-of-cover", "428.57", true, ">= 12");
        assertEquals("hand over to clearance-service", e.get("advice"));

        // image by price: the dearest SKU (500 ≥ P90 = 80) selling 2 units (≤ P25 = 6), no flagship tag
        Map<String, Object> i = hero(products, "I", "image", false);
        expect(i, "image", "price", "500", true, ">= 80 (P90)");
        expect(i, "image", "units", "2", true, "<= 6 (P25)");
        expect(i, "image", "tags", null, false, "contains flagship");

        // image by the flagship tag alone: priced at P90 but 8 units sold (> P25)
        Map<String, Object> flagship = hero(products, "IF", "image", false);
        expect(flagship, "image", "units", "8", false, "<= 6 (P25)");
        expect(flagship, "image", "tags", null, true, "contains flagship");
        assertEquals(List.of("exclusive", "flagship"), reason(flagship, "image", "tags").get("value"));
        assertEquals(List.of("specialty"), flagship.get("types"));

        // word-of-mouth: rating 4.9 ≥ 4.7 and the most reviews (≥ P75 = 200)
        Map<String, Object> w = hero(products, "W", "word-of-mouth", true);
        expect(w, "word-of-mouth", "rating", "4.9", true, ">= 4.7");
        expect(w, "word-of-mouth", "review-count", "5000", true, ">= 200 (P75)");
        expect(w, "hot-selling", "gmv", "900", false, ">= 1200 (P90)");

        // cross-sell: the cheapest SKU (5 ≤ P25 = 21.5), bought only together with the hot-selling H
        Map<String, Object> x = hero(products, CROSS_SELL, "cross-sell", false);
        expect(x, "cross-sell", "price", "5", true, "<= 21.5 (P25)");
        Map<String, Object> lift = reason(x, "cross-sell", "bought-together-lift");
        assertEquals(Boolean.TRUE, lift.get("passed"), lift.toString());
        assertTrue(decimal(lift.get("value")).compareTo(new BigDecimal("3.98")) >= 0,
                "lift = 12 · all orders / (60 · 12), with at least the 239 orders of this test: " + lift);
        assertEquals("with " + sku(HOT), lift.get("note"));

        // profit: margin (150 − 30) / 150 = 0.8, search 6000, 30 orders, conversion 30 / 400, all ≥ P60, and no other
        // SKU priced within ±15 % of 150 ("three highs, one few")
        Map<String, Object> p = hero(products, "P", "profit", false);
        expect(p, "profit", "margin", "0.8", true, ">= 0.3 (P60)");
        expect(p, "profit", "search-impressions", "6000", true, ">= 1250 (P60)");
        expect(p, "profit", "orders", "30", true, ">= 9 (P60)");
        expect(p, "profit", "conversion", "0.075", true, null);
        expect(p, "profit", "similar-priced-skus", "0", true, "<= 3 within ±15 % of price");
        expect(p, "hot-selling", "rating", "4.2", false, ">= 4.5");

        // regular: no rule matches; R01 (20.00) has 6 other SKUs within ±15 % of its price, so it is no profit SKU
        for (Spec spec : specs.subList(8, specs.size())) {
            Map<String, Object> regular = hero(products, spec.key(), "regular", false);
            assertEquals(List.of(), regular.get("types"), regular.toString());
        }
        Map<String, Object> r01 = products.get(sku("R01"));
        expect(r01, "profit", "similar-priced-skus", "6", false, "<= 3 within ±15 % of price");
        expect(r01, "cross-sell", "bought-together-lift", null, false, null);
        assertEquals("not bought together with any hot-selling or profit SKU",
                reason(r01, "cross-sell", "bought-together-lift").get("note"));

        // one SKU alone answers the same
        JsonPath one = given().queryParam("promotion", promotion).when().get(Stack.MATRIX + "/v1/products/" + sku(HOT) + "/role")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("hot-selling", one.getString("product.role"));
        assertEquals(h.get("reasons"), one.getList("product.reasons"));

        assertStrategyFromMetricsService();
        assertHealth(specs);
    }

    /** The category strategy reads metrics-service (the script points matrix-service at it): not degraded. */
    private void assertStrategyFromMetricsService() {
        JsonPath strategy = given().when().get(Stack.MATRIX + "/v1/promotions/" + promotion + "/categories")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(strategy.getBoolean("degraded"), "metrics-service answered: " + strategy.getString("reason"));
        assertNull(strategy.getString("reason"));
        Map<String, Object> ours = strategy.<Map<String, Object>>getList("categories").stream()
                .filter(c -> category.equals(c.get("category"))).findFirst()
                .orElseThrow(() -> new AssertionError(category + " is not ranked: " + strategy.prettify()));
        assertEquals("core", ours.get("tier"), "coreCount 20 makes every scored category core: " + ours);
        assertNotNull(ours.get("score"), ours.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> penetration = ((List<Map<String, Object>>) ours.get("factors")).stream()
                .filter(f -> "cross-category-penetration".equals(f.get("factor"))).findFirst().orElseThrow();
        // every customer of this test bought in this category alone: penetration 0, read from metrics-service
        assertEquals(0, BigDecimal.ZERO.compareTo(decimal(penetration.get("value"))), penetration.toString());
        assertTrue(penetration.get("source").toString().startsWith("metrics-service cross-category penetration"),
                penetration.toString());
    }

    /** The matrix health of the category: every role, a traffic SKU, profit SKUs above 30 % of the GMV. */
    private void assertHealth(List<Spec> specs) {
        JsonPath health = given().when().get(Stack.MATRIX + "/v1/promotions/" + promotion + "/matrix/health")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(promotion, health.getString("promotion"));
        assertFalse(health.getBoolean("degraded"), health.getString("reason"));
        assertTrue(health.getList("coreCategories").contains(category), health.prettify());
        Map<String, Object> ours = health.<Map<String, Object>>getList("categories").stream()
                .filter(c -> category.equals(c.get("category"))).findFirst().orElseThrow();
        assertEquals(20, ((Number) ours.get("skuCount")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> mix = (Map<String, Object>) ours.get("roleMix");
        assertEquals(Map.of("traffic", 1, "hot-selling", 1, "event", 1, "image", 2, "word-of-mouth", 1,
                "cross-sell", 1, "profit", 1, "regular", 12), roleMix(mix));
        BigDecimal gmv = specs.stream().map(Spec::gmv).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("13502.50").compareTo(gmv), "the design's GMV");
        assertEquals(0, gmv.compareTo(decimal(ours.get("gmv"))), ours.toString());
        assertEquals(0, new BigDecimal("4500").compareTo(decimal(ours.get("profitGmv"))), ours.toString());
        assertTrue(decimal(ours.get("profitGmvShare")).compareTo(new BigDecimal("0.30")) >= 0, ours.toString());
        assertEquals(List.of(), ours.get("warnings"), "a traffic SKU and 33 % profit GMV: nothing to warn about");
        assertEquals(0, ((Number) ours.get("skusWithoutGmv")).intValue());
    }

    // ------------------------------------------------------------------ posting

    private void postThroughOrderIngest(List<Spec> specs) {
        List<String> catalog = new ArrayList<>();
        List<String> inventory = new ArrayList<>();
        List<String> traffic = new ArrayList<>();
        for (Spec spec : specs) {
            String tags = spec.tags().stream().map(tag -> "\"" + tag + "\"").collect(Collectors.joining(",", "[", "]"));
            catalog.add("{\"sku\":\"" + sku(spec.key()) + "\",\"category\":\"" + category + "\",\"name\":\"Matrix IT "
                    + spec.key() + "\",\"listPrice\":\"" + spec.listPrice() + "\",\"unitCost\":\"" + spec.unitCost()
                    + "\",\"launchedAt\":\"" + now.minusDays(spec.launchedDaysAgo()) + "\",\"tags\":" + tags
                    + ",\"rating\":" + spec.rating() + ",\"reviewCount\":" + spec.reviewCount() + "}");
            inventory.add("{\"sku\":\"" + sku(spec.key()) + "\",\"at\":\"" + now.minusHours(1) + "\",\"onHand\":"
                    + spec.onHand() + ",\"inbound\":0,\"unitCost\":\"" + spec.unitCost() + "\",\"receivedAt\":\""
                    + now.minusDays(spec.stockAgeDays()) + "\",\"storageFeePerUnitMonth\":\"0.20\","
                    + "\"disposalFeePerUnit\":\"0.50\"}");
            traffic.add("{\"sku\":\"" + sku(spec.key()) + "\",\"date\":\"" + today.minusDays(1) + "\",\"views\":"
                    + spec.views() + ",\"searchImpressions\":" + spec.searchImpressions() + ",\"addToCart\":"
                    + spec.views() / 10 + "}");
        }
        Stack.post("catalog", catalog);
        Stack.post("inventory", inventory);
        Stack.post("traffic", traffic);

        Spec crossSell = specs.stream().filter(s -> s.key().equals(CROSS_SELL)).findFirst().orElseThrow();
        List<String> orders = new ArrayList<>();
        for (Spec spec : specs) {
            if (spec == crossSell) {
                continue; // X is only ever bought together with H: its lines ride in H's first orders
            }
            for (int n = 0; n < spec.orders(); n++) {
                List<String> lines = new ArrayList<>(List.of(line(spec)));
                if (spec.key().equals(HOT) && n < crossSell.orders()) {
                    lines.add(line(crossSell));
                }
                int number = orders.size();
                orders.add("{\"orderId\":\"MX-" + run + "-" + number + "\",\"customerId\":\"MX-" + run + "-c" + number
                        + "\",\"placedAt\":\"" + now.minusMinutes(1 + number % 120) + "\",\"currency\":\"USD\","
                        + "\"channel\":\"onsite\",\"lines\":[" + String.join(",", lines) + "]}");
            }
        }
        assertEquals(239, orders.size(), "the design's order count (the floor of X's lift)");
        Stack.post("orders", orders);
    }

    private String line(Spec spec) {
        BigDecimal discount = new BigDecimal(spec.listPrice()).subtract(new BigDecimal(spec.paid()));
        return "{\"sku\":\"" + sku(spec.key()) + "\",\"category\":\"" + category + "\",\"quantity\":1,\"unitPrice\":\""
                + spec.listPrice() + "\",\"unitCost\":\"" + spec.unitCost() + "\",\"discount\":\""
                + discount.toPlainString() + "\"}";
    }

    // ------------------------------------------------------------------ reading

    private JsonPath matrix() {
        return given().queryParam("category", category).when()
                .get(Stack.MATRIX + "/v1/promotions/" + promotion + "/matrix")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every SKU listed with the orders, views, stock and (for X) baskets this test posted. */
    private boolean settled(JsonPath matrix, List<Spec> specs) {
        List<Map<String, Object>> products = matrix.getList("products");
        if (products == null || products.size() != specs.size()) {
            return false;
        }
        Map<String, Map<String, Object>> bySku = products.stream()
                .collect(Collectors.toMap(p -> p.get("sku").toString(), p -> p));
        for (Spec spec : specs) {
            Map<String, Object> product = bySku.get(sku(spec.key()));
            if (product == null) {
                return false;
            }
            Map<String, Object> facts = facts(product);
            if (!same(spec.orders(), facts.get("orders")) || !same(spec.orders(), facts.get("units"))
                    || !same(spec.views(), facts.get("views")) || facts.get("inventoryAgeDays") == null
                    || facts.get("rating") == null) {
                return false;
            }
            if (spec.key().equals(CROSS_SELL) && !same(1, facts.get("boughtTogetherPartners"))) {
                return false;
            }
        }
        return true;
    }

    /** The SKU with its primary role, no other rule matching, and the pre-sale advice of that role. */
    private Map<String, Object> hero(Map<String, Map<String, Object>> products, String key, String role,
                                     boolean presale) {
        Map<String, Object> product = products.get(sku(key));
        assertNotNull(product, key + " is missing from the matrix");
        assertEquals(role, product.get("role"), key + ": " + product);
        assertEquals(role.equals("regular") ? List.of() : List.of(role), product.get("matchedRoles"), key + ": " + product);
        assertEquals(presale, product.get("presale"), key + " pre-sale");
        assertEquals(category, product.get("category"));
        if (!role.equals("regular")) {
            // the deciding rule explains itself (the callers check its conditions one by one)
            assertTrue(reasons(product).stream().anyMatch(r -> role.equals(r.get("rule"))), key + ": " + product);
        }
        return product;
    }

    /** One reason of a SKU: value (compared as a number; null to skip), passed, and threshold (null to skip). */
    private static void expect(Map<String, Object> product, String rule, String metric, String value, boolean passed,
                               String threshold) {
        Map<String, Object> reason = reason(product, rule, metric);
        assertEquals(passed, reason.get("passed"), product.get("sku") + " " + rule + "/" + metric + ": " + reason);
        if (value != null) {
            assertEquals(0, new BigDecimal(value).compareTo(decimal(reason.get("value"))),
                    product.get("sku") + " " + rule + "/" + metric + ": " + reason);
        }
        if (threshold != null) {
            assertEquals(threshold, reason.get("threshold"), product.get("sku") + " " + rule + "/" + metric);
        }
    }

    private static Map<String, Object> reason(Map<String, Object> product, String rule, String metric) {
        return reasons(product).stream().filter(r -> rule.equals(r.get("rule")) && metric.equals(r.get("metric")))
                .findFirst().orElseThrow(() -> new AssertionError(product.get("sku") + " has no reason " + rule + "/"
                        + metric + ": " + product.get("reasons")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> product) {
        return (List<Map<String, Object>>) product.get("reasons");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> product) {
        return (Map<String, Object>) product.get("facts");
    }

    private static Map<String, Integer> roleMix(Map<String, ?> mix) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        mix.forEach((role, count) -> {
            if (((Number) count).intValue() != 0) {
                counts.put(role, ((Number) count).intValue());
            }
        });
        return counts;
    }

    private static boolean same(long expected, Object actual) {
        return actual instanceof Number number && new BigDecimal(number.toString()).compareTo(BigDecimal.valueOf(expected)) == 0;
    }

    private static BigDecimal decimal(Object value) {
        assertNotNull(value, "a number was expected");
        return new BigDecimal(value.toString());
    }
}
