package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.matrix.AnswerSettings;
import dev.shelfwise.matrix.Poll;
import dev.shelfwise.matrix.TestFeed;
import dev.shelfwise.matrix.roles.service.MatrixService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The matrix answers one page of SKUs with the count and role mix of them all; a write applied here replaces an
 * assessed matrix at once, however long it could otherwise be served (an hour in this profile).
 */
@QuarkusTest
@TestProfile(MatrixPagesTest.ServedForAnHour.class)
class MatrixPagesTest {
    private static final int SKUS = 7;
    private static final int PAGE = 3;
    private static final long NEW_VIEWS = 4321;
    private static final String CATEGORY = TestFeed.unique("paged-cat");
    private static final String PROMOTION = TestFeed.unique("paged-promo");
    private static final List<String> SKU_IDS = new ArrayList<>();

    /** Answers are served again for an hour unless this instance writes. */
    public static class ServedForAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shelfwise.matrix.answers.max-age", "1h");
        }
    }

    @Inject
    MatrixService matrices;

    @Inject
    AnswerSettings settings;

    /** Feeds the SKUs and creates the promotion once, when the first test runs (the application is up by then). */
    private static synchronized void fed() {
        if (!SKU_IDS.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        try (TestFeed feed = new TestFeed()) {
            for (int i = 0; i < SKUS; i++) {
                String sku = TestFeed.unique("paged-" + i);
                SKU_IDS.add(sku);
                feed.catalog(new CatalogEvent(sku, TestFeed.PLATFORM, CATEGORY, "paged " + i, new BigDecimal(20 + i),
                        new BigDecimal("8"), now.minusDays(400), List.of(), new BigDecimal("4.2"), 10 + i));
                feed.productStats(new ProductStats(sku, CATEGORY, today.minusDays(29), today, new BigDecimal(100 * (i + 1)),
                        5 + i, 5 + i, BigDecimal.ZERO, 0, null, null, null, null, new BigDecimal(20 + i), Instant.now()));
            }
        }
        given().contentType(ContentType.JSON).body("""
                {"name": "paged", "start": "2027-03-01", "end": "2027-03-03", "goal": "sales",
                 "coreCount": 1, "auxiliaryCount": 1}""").put("/v1/promotions/" + PROMOTION).then().statusCode(201);
    }

    private static JsonPath page(Integer limit, Integer offset) {
        var request = given().queryParam("category", CATEGORY);
        if (limit != null) {
            request.queryParam("limit", limit);
        }
        if (offset != null) {
            request.queryParam("offset", offset);
        }
        return request.when().get("/v1/promotions/" + PROMOTION + "/matrix").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath whole() {
        fed();
        return Poll.until(() -> page(settings.maxLimit(), null),
                json -> json.getInt("count") == SKUS && json.getList("products.facts.gmv").stream().allMatch(gmv -> gmv != null));
    }

    @Test
    void pagesAddUpToTheWholeMatrixAndEachCarriesTheTotals() {
        JsonPath whole = whole();
        assertEquals(SKUS, whole.getInt("count"), whole.prettify());
        List<String> all = whole.getList("products.sku");
        assertEquals(SKU_IDS.stream().sorted().toList(), all, "category, then SKU order");
        Map<String, Integer> mix = whole.getMap("roleMix");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < SKUS; offset += PAGE) {
            JsonPath page = page(PAGE, offset);
            assertEquals(SKUS, page.getInt("count"), "the count covers every page");
            assertEquals(mix, page.getMap("roleMix"), "so does the role mix");
            assertEquals(offset, page.getInt("offset"));
            assertEquals(PAGE, page.getInt("limit"));
            paged.addAll(page.getList("products.sku"));
        }
        assertEquals(all, paged);
        assertEquals(List.of(), page(PAGE, SKUS).getList("products"), "past the end");
        assertEquals(settings.defaultLimit(), page(null, null).getInt("limit"));
    }

    @Test
    void limitOrOffsetOutOfRangeIsABadRequestNamingIt() {
        fed();
        String path = "/v1/promotions/" + PROMOTION + "/matrix";
        given().queryParam("limit", settings.maxLimit() + 1).when().get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"))
                .body("message", containsString("limit: must be a whole number from 1 to " + settings.maxLimit()));
        given().queryParam("limit", 0).when().get(path).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("offset", -1).when().get(path).then().statusCode(400).body("errors[0].field", equalTo("offset"));
        given().queryParam("offset", "second").when().get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("offset"));
    }

    @Test
    void anAssessedMatrixIsServedAgainUntilAWriteLandsHere() {
        whole();
        assertSame(matrices.matrix(PROMOTION, CATEGORY, null).facts(), matrices.matrix(PROMOTION, CATEGORY, null).facts(),
                "nothing written: the same assessment is served again");
        String sku = SKU_IDS.get(0);
        try (TestFeed feed = new TestFeed()) {
            feed.traffic(new TrafficEvent(sku, TestFeed.PLATFORM, LocalDate.now(ZoneOffset.UTC), NEW_VIEWS, NEW_VIEWS, 0));
        }
        String views = "products.find { it.sku == '" + sku + "' }.facts.views";
        JsonPath after = Poll.until(() -> page(settings.maxLimit(), null),
                json -> json.get(views) != null && ((Number) json.get(views)).longValue() == NEW_VIEWS);
        assertEquals(NEW_VIEWS, ((Number) after.get(views)).longValue(), "the traffic written here shows at once, "
                + "not an hour later");
    }
}
