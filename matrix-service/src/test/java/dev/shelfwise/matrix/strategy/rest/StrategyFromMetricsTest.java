package dev.shelfwise.matrix.strategy.rest;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.matrix.Poll;
import dev.shelfwise.matrix.TestFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strategy from metrics-service's figures, served by an in-test HTTP server with canned JSON. Three categories
 * (goal sales, weights 0.40 / 0.10 / 0.10 / 0.25 / 0.15), min-max normalised across them:
 * <pre>
 *        EC    new-customer index         penetration  trend (category-stats)  inventory to clear
 *   A    3.0   (55/218)/0.2 = 1.2615      0.30         +0.20                   (1000 − 30·90/30) · 2 = 1820
 *   B    1.5   (20/200)/0.2 = 0.5         0.10         −0.10                   —
 *   C    0.5   (40/100)/0.2 = 2.0         0.20         +0.05                   —
 *   A = 0.4·1 + 0.1·0.507645 + 0.1·1 + 0.25·1 + 0.15·0.5 = 0.875765           (all weights known)
 *   C = (0.1·1 + 0.1·0.5 + 0.25·0.5) / 0.85 = 0.323529                        (inventory unknown: / 0.85)
 *   B = 0.4·0.4 / 0.85 = 0.188235
 * </pre>
 * With coreCount 1 and auxiliaryCount 1: A core, C auxiliary, B long-tail.
 */
@QuarkusTest
@TestProfile(StrategyFromMetricsTest.CannedMetricsProfile.class)
class StrategyFromMetricsTest {
    private static final long READ_TIMEOUT_MS = 1000;
    private static final long SLOW_MS = 10_000; // far above the 2 s read timeout, so a loaded machine cannot blur the difference

    /** Points the REST client at the canned server, with a short read timeout for the slow case. */
    public static class CannedMetricsProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.metrics-service.url", "http://127.0.0.1:" + CannedMetrics.port(),
                    "quarkus.rest-client.metrics-service.read-timeout", Long.toString(READ_TIMEOUT_MS));
        }
    }

    private static final String A = TestFeed.unique("canned-a");
    private static final String B = TestFeed.unique("canned-b");
    private static final String C = TestFeed.unique("canned-c");
    private static CannedMetrics metrics;

    @BeforeAll
    static void serveCannedFigures() {
        metrics = CannedMetrics.start();
        metrics.answer("/v1/categories/explosion", """
                [{"category": "%s", "promoDailySales": 300, "referenceDailySales": 100, "coefficient": 3.0, "rank": 1, "tier": "core"},
                 {"category": "%s", "promoDailySales": 150, "referenceDailySales": 100, "coefficient": 1.5, "rank": 2, "tier": "long-tail"},
                 {"category": "%s", "promoDailySales": 50, "referenceDailySales": 100, "coefficient": 0.5, "rank": 3, "tier": "long-tail"}]
                """.formatted(A, B, C));
        metrics.answer("/v1/indices/new-customer", """
                {"year": 2026, "siteOrders": 10000, "siteNewCustomerOrders": 2000, "siteIndex": 0.2, "cells": [
                  {"category": "%1$s", "month": "2026-06", "orders": 218, "newCustomerOrders": 55, "index": 1.26, "band": "high"},
                  {"category": "%1$s", "month": "2026-07", "orders": 999, "newCustomerOrders": 999, "index": 5, "band": "very-high"},
                  {"category": "%2$s", "month": "2026-06", "orders": 200, "newCustomerOrders": 20, "index": 0.5, "band": "very-low"},
                  {"category": "%3$s", "month": "2026-06", "orders": 100, "newCustomerOrders": 40, "index": 2.0, "band": "very-high"}]}
                """.formatted(A, B, C));
        // one over-concentration alert on the trailing 24 h (it concerns every promotion), one of another kind
        metrics.answer("/v1/alerts", """
                [{"id": "gmv-over-concentration/trailing-24h/critical/1", "kind": "gmv-over-concentration",
                  "severity": "critical", "state": "firing", "scope": "trailing-24h",
                  "summary": "top 1 % of SKUs hold 95.5 % of GMV", "figures": {"top1PctShare": 0.955, "threshold": 0.9}},
                 {"id": "other/1", "kind": "something-else", "severity": "warning", "state": "firing", "scope": "trailing-24h",
                  "summary": "not about concentration", "figures": {}}]
                """);
        metrics.answer("/v1/indices/cross-category", """
                [{"category": "%s", "customers": 1000, "crossCustomers": 300, "rate": 0.30},
                 {"category": "%s", "customers": 1000, "crossCustomers": 100, "rate": 0.10},
                 {"category": "%s", "customers": 1000, "crossCustomers": 200, "rate": 0.20}]
                """.formatted(A, B, C));

        try (TestFeed feed = new TestFeed()) {
            feed.categoryStats(trend(A, "0.20"));
            feed.categoryStats(trend(B, "-0.10"));
            feed.categoryStats(trend(C, "0.05"));
            String sku = TestFeed.unique("canned-stock");
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            LocalDate today = now.toLocalDate();
            feed.catalog(new CatalogEvent(sku, TestFeed.PLATFORM, A, "slow mover", new BigDecimal("5"),
                    new BigDecimal("2"), now.minusDays(400), List.of(), null, null));
            feed.inventory(new InventoryEvent(sku, TestFeed.PLATFORM, now, 1000, 0, new BigDecimal("2"),
                    now.minusDays(30), null, null, null));
            feed.productStats(new ProductStats(sku, A, today.minusDays(29), today, new BigDecimal("150"), 30, 30,
                    BigDecimal.ZERO, 0, null, null, null, null, new BigDecimal("5"), Instant.now()));
        }
    }

    private static CategoryStats trend(String category, String yearOverYear) {
        return new CategoryStats(category, LocalDate.now(), new BigDecimal("1000"), 50, 1000, 100,
                new BigDecimal("0.99"), new BigDecimal(yearOverYear), null, Instant.now());
    }

    @AfterAll
    static void stop() {
        metrics.close();
    }

    private static String promotion() {
        return promotion("2027-06-01", "2027-06-18");
    }

    /** A promotion over its own dates: metrics-service's figures are reused per window for a few seconds. */
    private static String promotion(String start, String end) {
        String id = TestFeed.unique("canned");
        given().contentType(ContentType.JSON)
                .body("""
                        {"name": "mid-year", "start": "%s", "end": "%s", "goal": "sales",
                         "coreCount": 1, "auxiliaryCount": 1}""".formatted(start, end))
                .put("/v1/promotions/" + id).then().statusCode(201);
        return id;
    }

    private static Map<String, Object> factor(JsonPath json, String category, String factor) {
        return json.getMap("categories.find { it.category == '" + category + "' }.factors.find { it.factor == '"
                + factor + "' }");
    }

    private static double number(Map<String, Object> factor, String field) {
        return ((Number) factor.get(field)).doubleValue();
    }

    @Test
    void rankedOnMetricsServiceFiguresWithEveryFactorExplained() {
        metrics.delay(0);
        String promotion = promotion();
        String inventoryOfA = "categories.find { it.category == '" + A + "' }.factors.find { it.factor == "
                + "'inventory-to-clear' }.value";
        JsonPath json = Poll.until(() -> given().when().get("/v1/promotions/" + promotion + "/categories")
                        .then().statusCode(200).extract().jsonPath(),
                answer -> answer.getList("categories.category").containsAll(List.of(A, B, C))
                        && answer.get(inventoryOfA) != null
                        && answer.getList("categories.factors.flatten().findAll { it.factor == 'trend' }.value")
                                .stream().filter(value -> value != null).count() == 3);

        assertFalse(json.getBoolean("degraded"), json.prettify());
        assertEquals(List.of(A, C, B), json.getList("categories.category"), "only metrics-service's categories");
        assertEquals(List.of("core", "auxiliary", "long-tail"), json.getList("categories.tier"));
        assertEquals(List.of(1, 2, 3), json.getList("categories.rank"));
        assertEquals(0.875765, json.getDouble("categories[0].score"), 1e-6);
        assertEquals(0.323529, json.getDouble("categories[1].score"), 1e-6);
        assertEquals(0.188235, json.getDouble("categories[2].score"), 1e-6);

        Map<String, Object> explosion = factor(json, A, "explosion-coefficient");
        assertEquals(3.0, number(explosion, "value"), 1e-6);
        assertEquals(0.40, number(explosion, "weight"), 1e-6);
        assertEquals(0.40, number(explosion, "contribution"), 1e-6);
        assertEquals("metrics-service explosion coefficient 2026-06-01..2026-06-18 (average)", explosion.get("source"));

        Map<String, Object> newCustomer = factor(json, A, "new-customer-index");
        assertEquals(55.0 / 218 / 0.2, number(newCustomer, "value"), 1e-6, "only June counts, not July");
        assertEquals(0.050765, number(newCustomer, "contribution"), 1e-6);

        assertEquals(0.30, number(factor(json, A, "cross-category-penetration"), "value"), 1e-6);
        assertTrue(((String) factor(json, A, "cross-category-penetration").get("source"))
                .startsWith("metrics-service cross-category penetration"));
        assertEquals(0.20, number(factor(json, A, "trend"), "value"), 1e-6);
        assertEquals(1820.0, number(factor(json, A, "inventory-to-clear"), "value"), 1e-6);
        assertEquals(0.075, number(factor(json, A, "inventory-to-clear"), "contribution"), 1e-6);

        Map<String, Object> unknownStock = factor(json, C, "inventory-to-clear");
        assertEquals(null, unknownStock.get("value"));
        assertEquals(0.10 / 0.85, number(factor(json, C, "new-customer-index"), "effectiveWeight"), 1e-6,
                "C's unknown inventory weight is redistributed");

        List<String> asked = metrics.requests();
        assertTrue(asked.contains("/v1/categories/explosion?start=2026-06-01&end=2026-06-18&basis=average&top=1"),
                asked.toString());
        assertTrue(asked.contains("/v1/indices/new-customer?year=2026"), asked.toString());
        assertTrue(asked.stream().anyMatch(request -> request.startsWith("/v1/indices/cross-category?from=")),
                asked.toString());
    }

    @Test
    void healthWarnsWhenMetricsServiceReportsGmvOverConcentration() {
        String promotion = promotion();
        JsonPath health = given().when().get("/v1/promotions/" + promotion + "/matrix/health")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> warnings = health.getList("warnings.findAll { it.code == 'gmv-over-concentrated' }");
        assertEquals(1, warnings.size(), health.prettify());
        assertEquals(0.955, ((Number) warnings.get(0).get("value")).doubleValue(), 1e-6); // JSON read as float
        assertEquals(0.9, ((Number) warnings.get(0).get("threshold")).doubleValue(), 1e-6);
        assertTrue(warnings.get(0).get("message").toString().contains("trailing-24h"), warnings.toString());
        assertEquals(false, health.getBoolean("healthy"));
        assertEquals(null, health.getString("concentrationUnknown"));
    }

    @Test
    void figuresAreAskedForOnceWhileFresh() {
        metrics.delay(0);
        String promotion = promotion("2027-08-01", "2027-08-18");
        String explosion = "/v1/categories/explosion?start=2026-08-01&end=2026-08-18";
        for (int request = 0; request < 3; request++) {
            JsonPath json = given().when().get("/v1/promotions/" + promotion + "/categories")
                    .then().statusCode(200).extract().jsonPath();
            assertFalse(json.getBoolean("degraded"), json.prettify());
        }
        assertEquals(1, metrics.requests().stream().filter(asked -> asked.startsWith(explosion)).count(),
                metrics.requests().toString());
    }

    @Test
    void aSlowMetricsServiceGivesADegradedAnswerWithinTheTimeout() {
        // a window no other test asked for: its figures were never fetched, so none can be reused
        String promotion = promotion("2027-07-01", "2027-07-18");
        metrics.delay(SLOW_MS);
        try {
            long started = System.nanoTime();
            JsonPath json = given().when().get("/v1/promotions/" + promotion + "/categories")
                    .then().statusCode(200).extract().jsonPath();
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(json.getBoolean("degraded"), json.prettify());
            String reason = json.getString("reason");
            assertTrue(reason.startsWith("metrics-service unavailable: GET /v1/categories/explosion"), reason);
            assertTrue(reason.toLowerCase().contains("timeout"), reason);
            assertTrue(tookMs < SLOW_MS, "answered after " + tookMs + " ms: the client must not wait for the server");
        } finally {
            metrics.delay(0);
        }
    }
}
