package dev.shelfwise.clearance.stock.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shelfwise.clearance.stock.service.SkuListSettings;
import dev.shelfwise.clearance.support.Events;
import dev.shelfwise.clearance.support.Poll;
import dev.shelfwise.clearance.support.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Inventory, ad spend and attributed orders written to the real broker become the live clearance figures. Worked by
 * hand (today = T, the default configuration):
 * <ul>
 *   <li>Stock: 400 units received 120 days ago, unit cost 4, storage fee 0.3 a month (h = 0.3 / 30 = 0.01 a day),
 *       disposal fee 1: floor 5. Sales in the 30-day velocity window: 20 units on ads:A (T−1) and 10 on ads:B (T−2),
 *       all at 10: 1 a day, price 10. Weeks of cover 400 / 7 = 57.14; aged units 400, excess 400 − 90 = 310: 400 to
 *       clear.</li>
 *   <li>ads:A: spend 100 over 400 clicks on T−1 (a first report of 80 over 300 is replaced). Measured: 20 orders,
 *       P = 20 × (10 − 4) = 120, CPA (100 − 120) / 20 = −1.00, conversion 20 / 400 = 0.05. 20 orders reach the
 *       minimum of 20: the ranking uses the measured −1.00. Estimate: 100/7 a day at 20/7 orders a day for 400 units
 *       = 140 days, ad spend 2000, holding 0.01 × 400² / (2 × 20/7) = 280, P = 2400: CPA (2280 − 2400) / 400 = −0.30.
 *   </li>
 *   <li>ads:B: spend 30 over 200 clicks on T−2. Measured: 10 orders, CPA (30 − 60) / 10 = −3.00, conversion 0.05; 10
 *       orders are too few: the ranking uses the estimate: 30/7 a day at 10/7 orders a day = 280 days, ad spend 1200,
 *       holding 1600 × 7 / 20 = 560, CPA (1760 − 2400) / 400 = −1.60.</li>
 *   <li>price-cut to 8 at 1 × 2 = 2 a day: holding 0.01 × 400² / 4 = 400, P = 4 × 400 = 1600, CPA −3.00.
 *       liquidation: 0.05 × 10 = 0.5 a unit, 400 in a day: fees 0.15 × 0.5 × 400 + 0.25 × 400 = 130, holding 2,
 *       P = −1400, CPA (132 + 1400) / 400 = 3.83.</li>
 *   <li>Ranking: price-cut −3.00, ads:B −1.60 (estimate), ads:A −1.00 (measured), liquidation 3.83; no two within
 *       5 %. The price cut takes all 400 units.</li>
 * </ul>
 * One order of ads:A is sent twice and ads:A's corrected spend twice: nothing counts twice.
 */
@QuarkusTest
class LiveClearanceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    // the whole list fits one page of the largest size on the test database
    @Inject
    SkuListSettings pages;

    @Test
    void measuredCpaAndRankingAsComputedByHand() {
        String sku = TestBroker.unique("CLR");
        String channelA = "ads:" + TestBroker.unique("CA");
        String channelB = "ads:" + TestBroker.unique("CB");
        String customer = TestBroker.unique("C");
        List<RecordMetadata> sent = new ArrayList<>();

        sent.add(TestBroker.sendSnapshot(Events.inventory(sku, 400, 120, "4", "0.3", "1")));
        sent.add(TestBroker.sendSnapshot(Events.adSpend(channelA.substring(4), channelA, sku, 1, "80", 300)));
        sent.add(TestBroker.sendSnapshot(Events.adSpend(channelA.substring(4), channelA, sku, 1, "100", 400)));
        sent.add(TestBroker.sendSnapshot(Events.adSpend(channelA.substring(4), channelA, sku, 1, "100", 400)));
        sent.add(TestBroker.sendSnapshot(Events.adSpend(channelB.substring(4), channelB, sku, 2, "30", 200)));
        // one customer: all orders share a partition, so they are applied in this order
        for (int i = 1; i <= 20; i++) {
            sent.add(TestBroker.sendFact(Events.order(sku + "-A" + i, customer, channelA, sku, 1, "10", "4", 1)));
        }
        sent.add(TestBroker.sendFact(Events.order(sku + "-A1", customer, channelA, sku, 1, "10", "4", 1)));
        for (int i = 1; i <= 10; i++) {
            sent.add(TestBroker.sendFact(Events.order(sku + "-B" + i, customer, channelB, sku, 1, "10", "4", 2)));
        }
        TestBroker.awaitApplied(sent);

        JsonPath channels = given().when().get("/v1/clearance/skus/{sku}/channels", sku)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("price-cut", "liquidation", channelA, channelB), channels.getList("channels.id"));
        assertEquals(true, channels.getBoolean("needsClearance"));
        assertEquals(400, channels.getInt("unitsPlanned"));
        assertEquals(20, channels.getInt("minimumMeasuredOrders"));

        String a = "channels.find { it.id == '" + channelA + "' }";
        assertEquals(20, channels.getInt(a + ".measured.orders"), "the duplicate order counts once");
        assertEquals(400, channels.getInt(a + ".measured.clicks"), "the corrected spend replaces the first");
        assertEquals(100.00f, channels.getFloat(a + ".measured.adSpend"));
        assertEquals(120.00f, channels.getFloat(a + ".measured.grossProfit"));
        assertEquals(-1.00f, channels.getFloat(a + ".measured.cpa"));
        assertEquals(0.05f, channels.getFloat(a + ".measured.conversionRate"));
        assertEquals(true, channels.getBoolean(a + ".measured.enoughOrders"));
        assertEquals(-0.30f, channels.getFloat(a + ".estimate.cpa"));
        assertEquals("measured", channels.getString(a + ".rankingUses"));

        String b = "channels.find { it.id == '" + channelB + "' }";
        assertEquals(10, channels.getInt(b + ".measured.orders"));
        assertEquals(-3.00f, channels.getFloat(b + ".measured.cpa"));
        assertEquals(false, channels.getBoolean(b + ".measured.enoughOrders"));
        assertEquals(-1.60f, channels.getFloat(b + ".estimate.cpa"));
        assertEquals("estimate", channels.getString(b + ".rankingUses"));

        assertEquals(-3.00f, channels.getFloat("channels.find { it.id == 'price-cut' }.estimate.cpa"));
        assertEquals(3.83f, channels.getFloat("channels.find { it.id == 'liquidation' }.estimate.cpa"));
        assertEquals(List.of("price-cut", channelB, channelA, "liquidation"), channels.getList("ranking.id"));
        assertEquals(List.of(-3.00f, -1.60f, -1.00f, 3.83f), channels.getList("ranking.cpa", Float.class));
        assertEquals(List.of("estimate", "estimate", "measured", "estimate"), channels.getList("ranking.cpaSource"));

        JsonPath listed = Poll.until(sku + " in the clearance list",
                () -> given().queryParam("limit", pages.maxLimit()).when().get("/v1/clearance/skus")
                        .then().statusCode(200).extract().jsonPath(),
                json -> json.getList("sku").contains(sku), WAIT);
        String mine = "find { it.sku == '" + sku + "' }";
        assertEquals(400, listed.getInt(mine + ".agedUnits"));
        assertEquals(310, listed.getInt(mine + ".excessUnits"));
        assertEquals(57.14f, listed.getFloat(mine + ".weeksOfCover"));
        assertEquals(400, listed.getInt(mine + ".unitsToClear"));
        assertEquals(10.00f, listed.getFloat(mine + ".currentPrice"));
        assertEquals("price-cut", listed.getString(mine + ".recommendedChannel"));
        assertEquals(400, listed.getInt(mine + ".plan.allocation.channels[0].units"));
        assertEquals(List.of("400 units are 90 days old or older (oldest 120 days)", "weeks of cover 57.1 reach 12"),
                listed.getList(mine + ".reasons"));
    }

    @Test
    void aSkuWithoutInventoryIsNotFound() {
        given().when().get("/v1/clearance/skus/{sku}/channels", TestBroker.unique("NOPE"))
                .then().statusCode(404)
                .body("status", equalTo(404))
                .body("error", equalTo("Not Found"))
                .body("message", containsString("unknown SKU"));
    }

    @Test
    void aSkuThatNeverSoldIsListedWithoutAPlanAndSaysWhy() {
        String sku = TestBroker.unique("DEAD");
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(sku, 50, 200, "3", "0.3", "1"))));

        given().queryParam("limit", pages.maxLimit()).when().get("/v1/clearance/skus")
                .then().statusCode(200)
                .body("find { it.sku == '" + sku + "' }.reasons", hasItem("nothing sells: the stock never runs out"))
                .body("find { it.sku == '" + sku + "' }.plan", equalTo(null))
                .body("find { it.sku == '" + sku + "' }.planProblems.field", hasItem("price"));
    }
}
