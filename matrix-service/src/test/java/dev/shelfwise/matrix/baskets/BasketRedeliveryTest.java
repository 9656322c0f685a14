package dev.shelfwise.matrix.baskets;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.matrix.Poll;
import dev.shelfwise.matrix.TestFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Orders are counted once per event id: the same order delivered again (a platform's retry through order-ingest
 * carries the same {@code order:<platform>:<orderId>} id and key) changes no basket count.
 */
@QuarkusTest
class BasketRedeliveryTest {

    private static OrderEvent order(String orderId, String customer, String... skus) {
        List<OrderLine> lines = Arrays.stream(skus)
                .map(sku -> new OrderLine(sku, "baskets", 1, BigDecimal.ONE, null, null)).toList();
        return new OrderEvent(orderId, TestFeed.PLATFORM, customer, OffsetDateTime.now(ZoneOffset.UTC), "USD",
                "onsite", null, lines);
    }

    private static JsonPath boughtTogether(String sku) {
        return given().when().get("/v1/products/" + sku + "/bought-together")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void redeliveredOrdersChangeNoCount() {
        String p = TestFeed.unique("p");
        String q = TestFeed.unique("q");
        String marker = TestFeed.unique("marker");
        // one customer: one key, one partition, so the marker is applied after everything sent before it
        String customer = TestFeed.unique("C");
        List<OrderEvent> orders = List.of(order(TestFeed.unique("O"), customer, p, q),
                order(TestFeed.unique("O"), customer, q, p), order(TestFeed.unique("O"), customer, p, q));
        try (TestFeed feed = new TestFeed()) {
            orders.forEach(feed::order);
            orders.forEach(feed::order);
            feed.order(orders.get(0));
            feed.order(order(TestFeed.unique("O"), customer, p, marker));
        }

        Poll.until(() -> boughtTogether(marker), json -> json.getLong("skuOrders") == 1);
        JsonPath json = boughtTogether(p);
        assertEquals(4, json.getLong("skuOrders"), "3 orders with q and the marker: " + json.prettify());
        assertEquals(q, json.getString("partners[0].sku"));
        assertEquals(3, json.getLong("partners[0].together"), "pairs at the support floor (3) are listed");
        assertEquals(3, json.getLong("partners[0].partnerOrders"));
        assertEquals(1, json.getList("partners").size(), "the marker pair is below the floor");
        assertEquals(3, boughtTogether(q).getLong("skuOrders"));
    }
}
