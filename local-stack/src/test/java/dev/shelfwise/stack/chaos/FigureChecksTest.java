package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.Json;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.shelfwise.stack.chaos.Orders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Served figures against the recomputation: equal answers give no mismatch, a double count gives one per figure. */
class FigureChecksTest {
    private final FigureChecks checks = new FigureChecks(ZoneOffset.UTC);
    private final List<ChaosOrder> orders = List.of(
            order("O1", "C1", "2026-03-02T10:00:00Z", "onsite", "A:books:1:10.00:4.00", "B:books:1:5.00:1.00"),
            order("O2", "C2", "2026-03-02T11:00:00Z", "onsite", "A:books:2:10.00:4.00"));

    /** Canned answers by path; anything else is answered with {@code otherwise} (metrics-service: 400, unknown category). */
    private static ServiceApi canned(Map<String, String> answers, int otherwise) {
        return path -> answers.containsKey(path) ? new ServiceApi.Answer(200, Json.parse(answers.get(path)))
                : new ServiceApi.Answer(otherwise, Json.parse("{}"));
    }

    private static ServiceApi canned(Map<String, String> answers) {
        return canned(answers, 404);
    }

    private static Map<String, String> metricsAnswers(String sales, long siteOrders) {
        String window = "&from=2026-03-02&to=2026-03-02";
        return Map.of(
                "/v1/trends?category=books" + window, "{\"daily\": [{\"date\": \"2026-03-02\", \"sales\": " + sales + "}]}",
                "/v1/indices/new-customer?year=2026", "{\"siteOrders\": " + siteOrders + ", \"siteNewCustomerOrders\": 2,"
                        + " \"cells\": [{\"category\": \"books\", \"month\": \"2026-03\", \"orders\": 2, \"newCustomerOrders\": 2}]}",
                "/v1/indices/cross-category?from=2026-03-02&to=2026-03-02", "[{\"category\": \"books\", \"customers\": 2, \"crossCustomers\": 0}]",
                "/v1/concentration?from=2026-03-02&to=2026-03-02", "{\"activeSkus\": 2, \"gmv\": 35.00}");
    }

    @Test
    void metricsAnswersEqualToTheRecomputationHaveNoMismatch() {
        assertEquals(List.of(), checks.metrics(orders, List.of("books", "toys"), canned(metricsAnswers("35.00", 2), 400)));
    }

    @Test
    void metricsCountingAnOrderTwiceIsCaught() {
        List<String> mismatches = checks.metrics(orders, List.of("books"), canned(metricsAnswers("55.00", 3), 400));
        assertEquals(List.of("metrics sales books 2026-03-02: expected 35.00, served 55.00",
                "metrics site orders 2026: expected 2, served 3"), mismatches);
    }

    @Test
    void matrixPartnersBelowTheFloorAreNotCompared() {
        String answer = "{\"from\": \"2026-01-01\", \"to\": \"2026-03-31\", \"minPairOrders\": 1, \"orders\": 2,"
                + " \"skuOrders\": 2, \"partners\": [{\"sku\": \"B\", \"together\": 1, \"partnerOrders\": 1}]}";
        assertEquals(List.of(), checks.matrix(orders, List.of("A"), canned(Map.of("/v1/products/A/bought-together", answer))));
        String doubled = answer.replace("\"skuOrders\": 2", "\"skuOrders\": 3");
        assertEquals(List.of("matrix orders with A: expected 2, served 3"),
                checks.matrix(orders, List.of("A"), canned(Map.of("/v1/products/A/bought-together", doubled))));
    }

    @Test
    void clearanceMeasuredSalesPerChannel() {
        String answer = "{\"from\": \"2026-02-24\", \"to\": \"2026-03-02\", \"channels\": ["
                + "{\"id\": \"price-cut\", \"measured\": null},"
                + "{\"id\": \"onsite\", \"measured\": {\"orders\": 2, \"units\": 3, \"grossProfit\": 18.00}}]}";
        assertEquals(List.of(), checks.clearance(orders, List.of("A"), canned(Map.of("/v1/clearance/skus/A/channels", answer))));
        assertEquals(List.of("clearance channels Z: HTTP 404"), checks.clearance(orders, List.of("Z"), canned(Map.of())));
        String doubled = answer.replace("\"orders\": 2, \"units\": 3, \"grossProfit\": 18.00", "\"orders\": 4, \"units\": 6, \"grossProfit\": 36.00");
        assertEquals(1, checks.clearance(orders, List.of("A"), canned(Map.of("/v1/clearance/skus/A/channels", doubled))).size());
    }
}
