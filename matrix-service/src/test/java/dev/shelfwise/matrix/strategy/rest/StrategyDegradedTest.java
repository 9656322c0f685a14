package dev.shelfwise.matrix.strategy.rest;

import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.matrix.Poll;
import dev.shelfwise.matrix.TestFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * metrics-service is unreachable in the test profile (nothing listens on its configured port): the strategy still
 * answers, says it is degraded and why, and ranks on category-stats.v1 and inventory.
 */
@QuarkusTest
class StrategyDegradedTest {

    @Test
    void degradedAnswerUsesCategoryStats() {
        String category = TestFeed.unique("degraded-cat");
        try (TestFeed feed = new TestFeed()) {
            // no year-over-year base yet: the trend falls back to month over month
            feed.categoryStats(new CategoryStats(category, LocalDate.now(), new BigDecimal("1234.50"), 40, 200, 24,
                    new BigDecimal("0.12"), null, new BigDecimal("0.07"), Instant.now()));
        }
        String promotion = TestFeed.unique("degraded");
        given().contentType(ContentType.JSON)
                .body("""
                        {"name": "degraded", "start": "2026-06-01", "end": "2026-06-18", "goal": "profit",
                         "coreCount": 2, "auxiliaryCount": 3}""")
                .put("/v1/promotions/" + promotion).then().statusCode(201);

        String mine = "categories.find { it.category == '" + category + "' }";
        JsonPath json = Poll.until(() -> given().when().get("/v1/promotions/" + promotion + "/categories")
                        .then().statusCode(200).extract().jsonPath(),
                answer -> answer.get(mine) != null);

        assertTrue(json.getBoolean("degraded"), json.prettify());
        assertTrue(json.getString("reason").startsWith(
                "metrics-service unavailable: GET /v1/categories/explosion?start=2025-06-01&end=2025-06-18"),
                json.getString("reason"));
        assertTrue(json.getString("reason").contains("category-stats.v1"), json.getString("reason"));
        assertEquals("profit", json.getString("goal"));
        assertEquals(Map.of("start", "2025-06-01", "end", "2025-06-18"), json.getMap("comparableWindow"));

        Map<String, Object> explosion = factor(json, mine, "explosion-coefficient");
        assertNull(explosion.get("value"));
        assertNull(explosion.get("source"));
        assertEquals("no data: weight redistributed to the known factors", explosion.get("note"));
        assertNull(factor(json, mine, "new-customer-index").get("value"));

        Map<String, Object> penetration = factor(json, mine, "cross-category-penetration");
        assertEquals(0.12f, ((Number) penetration.get("value")).floatValue());
        assertEquals(0.35f, ((Number) penetration.get("weight")).floatValue(), "the profit goal's weight");
        assertEquals("category-stats.v1 crossCategoryPenetration (trailing 365 days)", penetration.get("source"));

        Map<String, Object> trend = factor(json, mine, "trend");
        assertEquals(0.07f, ((Number) trend.get("value")).floatValue());
        assertEquals("category-stats.v1 monthOverMonthGrowth", trend.get("source"));
        assertTrue(json.getList("categories.tier").stream().allMatch(tier ->
                tier.equals("core") || tier.equals("auxiliary") || tier.equals("long-tail")));
    }

    private static Map<String, Object> factor(JsonPath json, String category, String factor) {
        return json.getMap(category + ".factors.find { it.factor == '" + factor + "' }");
    }
}
