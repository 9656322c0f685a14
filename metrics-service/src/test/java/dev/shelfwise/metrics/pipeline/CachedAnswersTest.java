package dev.shelfwise.metrics.pipeline;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.metrics.indices.CategoryPenetration;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.indices.service.IndexService;
import dev.shelfwise.metrics.rollups.RollupReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures are served again until a sales batch is applied, and never after: an order that lands changes the next
 * answer. Year 2009 belongs to this test.
 */
@QuarkusTest
class CachedAnswersTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final DateRange YEAR = DateRange.of(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    IndexService indices;

    @Inject
    RollupReader reader;

    private OrderEvent order(String id, String placedAt, String category) {
        return new OrderEvent(run + "-" + id, "test", run + "-ann", OffsetDateTime.parse(placedAt), "USD", "onsite",
                null, List.of(new OrderLine(run + "-sku-" + category, run + "-" + category, 1, new BigDecimal("10"),
                null, null)));
    }

    private Map<String, Object> books() {
        List<Map<String, Object>> rows = given().queryParam("from", YEAR.start().toString())
                .queryParam("to", YEAR.end().toString()).when().get("/v1/indices/cross-category")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().filter(row -> (run + "-books").equals(row.get("category"))).findFirst().orElse(null);
    }

    @Test
    void anAppliedBatchChangesTheNextAnswer() throws SQLException {
        long before = reader.appliedBatches();
        try (EventProducer producer = new EventProducer()) {
            producer.send(List.of(order("1", "2009-05-01T10:00:00Z", "books")));
        }
        Map<String, Object> alone = Eventually.poll(this::books, row -> row != null, WAIT);
        assertNotNull(alone, "ann's books order is counted");
        assertEquals(0, ((Number) alone.get("crossCustomers")).intValue());
        assertTrue(reader.appliedBatches() > before, "the batch is counted in the version");

        List<CategoryPenetration> first = indices.crossCategory(YEAR);
        assertSame(first, indices.crossCategory(YEAR), "nothing applied since: the same answer is served again");

        try (EventProducer producer = new EventProducer()) {
            producer.send(List.of(order("2", "2009-09-01T10:00:00Z", "toys")));
        }
        Map<String, Object> both = Eventually.poll(this::books,
                row -> row != null && ((Number) row.get("crossCustomers")).intValue() == 1, WAIT);
        assertEquals(1, ((Number) both.get("crossCustomers")).intValue(), "ann bought toys too: " + both);
    }
}
