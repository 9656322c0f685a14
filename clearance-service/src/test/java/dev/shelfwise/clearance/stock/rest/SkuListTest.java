package dev.shelfwise.clearance.stock.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shelfwise.clearance.rest.Page;
import dev.shelfwise.clearance.stock.service.LiveView;
import dev.shelfwise.clearance.stock.service.SkuAssessmentService;
import dev.shelfwise.clearance.stock.service.SkuListSettings;
import dev.shelfwise.clearance.support.Events;
import dev.shelfwise.clearance.support.TestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The paged list of SKUs under clearance reads each page's prices, sales and ad spend in one query per kind: it must
 * answer exactly what the one-SKU path ({@code /channels}, alerts) answers for each SKU, and its pages must add up to
 * the whole list in the same order. Which SKUs need clearance is reused for an hour in this profile unless stock or
 * sales are stored here: every test below stores some and must see it at once.
 */
@QuarkusTest
@TestProfile(SkuListTest.ReusedForAnHour.class)
class SkuListTest {

    /** The list of SKUs that need clearance is reused for an hour unless this instance stores stock or sales. */
    public static class ReusedForAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shelfwise.clearance.sku-list.max-age", "1h");
        }
    }

    private static final int WHOLE_LIST = Integer.MAX_VALUE;

    @Inject
    SkuAssessmentService assessment;

    @Inject
    SkuListSettings settings;

    @Test
    void eachSkuOfAPageIsPlannedAsTheOneSkuPathPlansIt() {
        List<RecordMetadata> sent = new ArrayList<>();
        String customer = TestBroker.unique("C");
        // aged stock selling on an ad campaign (measured, enough orders) and an off-site deal (too few orders)
        String measured = TestBroker.unique("PG-MEASURED");
        String ads = "ads:" + TestBroker.unique("PGA");
        String offsite = "offsite:" + TestBroker.unique("PGO");
        sent.add(TestBroker.sendSnapshot(Events.inventory(measured, 400, 120, "4", "0.3", "1")));
        sent.addAll(List.of(TestBroker.sendSnapshot(Events.adSpend(ads.substring(4), ads, measured, 1, "100", 400)),
                TestBroker.sendSnapshot(Events.adSpend(ads.substring(4), ads, measured, 3, "40", 150))));
        IntStream.rangeClosed(1, 22).forEach(n -> sent.add(TestBroker.sendFact(
                Events.order(measured + "-A" + n, customer, ads, measured, 1, "10", "4", 1 + n % 3))));
        IntStream.rangeClosed(1, 4).forEach(n -> sent.add(TestBroker.sendFact(
                Events.order(measured + "-O" + n, customer, offsite, measured, 2, "9", "4", 2))));
        // sold only before the velocity window: its price is its latest sale's, and nothing sells now
        String soldLongAgo = TestBroker.unique("PG-OLDSALE");
        sent.add(TestBroker.sendSnapshot(Events.inventory(soldLongAgo, 80, 200, "3", "0.3", "1")));
        sent.add(TestBroker.sendFact(Events.order(soldLongAgo + "-1", customer, "onsite", soldLongAgo, 2, "12", "3", 60)));
        sent.add(TestBroker.sendFact(Events.order(soldLongAgo + "-2", customer, "onsite", soldLongAgo, 4, "11", "3", 45)));
        // never sold: listed without a plan
        String neverSold = TestBroker.unique("PG-NEVER");
        sent.add(TestBroker.sendSnapshot(Events.inventory(neverSold, 50, 200, "3", "0.3", "1")));
        // aged, selling naturally (not a clearance channel, but in the velocity and shown measured)
        String natural = TestBroker.unique("PG-NATURAL");
        sent.add(TestBroker.sendSnapshot(Events.inventory(natural, 900, 100, "5", "0.3", "1")));
        sent.add(TestBroker.sendFact(Events.order(natural + "-1", customer, "onsite", natural, 3, "15", "5", 2)));
        // fresh stock that sells fast: not listed
        String healthy = TestBroker.unique("PG-HEALTHY");
        sent.add(TestBroker.sendSnapshot(Events.inventory(healthy, 20, 10, "3", "0.3", "1")));
        sent.add(TestBroker.sendFact(Events.order(healthy + "-1", customer, "onsite", healthy, 300, "9", "3", 1)));
        TestBroker.awaitApplied(sent);

        SkuAssessmentService.ClearancePage whole = assessment.needingClearance(new Page(0, WHOLE_LIST));
        Map<String, LiveView> listed = whole.skus().stream()
                .collect(Collectors.toMap(view -> view.state().sku(), Function.identity()));
        assertFalse(listed.containsKey(healthy), "fresh stock that sells is not listed");
        for (String sku : List.of(measured, soldLongAgo, neverSold, natural)) {
            LiveView paged = listed.get(sku);
            assertNotNull(paged, sku + " needs clearance");
            LiveView alone = assessment.live(assessment.state(sku).orElseThrow());
            assertEquals(SkuAnswer.of(alone), SkuAnswer.of(paged), sku);
            assertEquals(alone.measured(), paged.measured(), sku);
        }
        // the cases this test is about did happen
        SkuAnswer measuredAnswer = SkuAnswer.of(listed.get(measured));
        assertEquals("measured", measuredAnswer.plan().ranking().stream()
                .filter(rank -> rank.id().equals(ads)).findFirst().orElseThrow().cpaSource());
        assertTrue(listed.get(measured).measured().containsKey(offsite));
        assertEquals(0, new BigDecimal("11").compareTo(listed.get(soldLongAgo).state().price()),
                "the latest sale's price");
        assertNull(SkuAnswer.of(listed.get(neverSold)).plan());
        assertEquals("price", SkuAnswer.of(listed.get(neverSold)).planProblems().get(0).field());
    }

    @Test
    void pagesAddUpToTheWholeListInItsOrder() {
        String sku = TestBroker.unique("PG-ANY");
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(sku, 30, 150, "2", "0.3", "1"))));
        List<String> whole = skus(assessment.needingClearance(new Page(0, WHOLE_LIST)));
        int pageSize = Math.max(1, whole.size() / 3);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += pageSize) {
            SkuAssessmentService.ClearancePage page = assessment.needingClearance(new Page(offset, pageSize));
            assertEquals(whole.size(), page.total());
            paged.addAll(skus(page));
        }
        assertEquals(whole, paged);
        assertTrue(whole.contains(sku));
        assertEquals(List.of(), skus(assessment.needingClearance(new Page(whole.size(), pageSize))), "past the end");
    }

    @Test
    void theListAnswersOnePageAndTheTotalInAHeader() {
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(TestBroker.unique("PG-A"), 30, 150, "2", "0.3", "1")),
                TestBroker.sendSnapshot(Events.inventory(TestBroker.unique("PG-B"), 40, 150, "2", "0.3", "1"))));
        int total = assessment.needingClearance(new Page(0, 1)).total();
        Response first = given().queryParam("limit", 1).when().get("/v1/clearance/skus")
                .then().statusCode(200).header(SkuResource.TOTAL_COUNT, String.valueOf(total)).extract().response();
        assertEquals(1, first.jsonPath().getList("sku").size());
        Response second = given().queryParam("limit", 1).queryParam("offset", 1).when().get("/v1/clearance/skus")
                .then().statusCode(200).extract().response();
        assertEquals(skus(assessment.needingClearance(new Page(0, 2))),
                List.of(first.jsonPath().getString("[0].sku"), second.jsonPath().getString("[0].sku")));
        assertEquals(Math.min(total, settings.defaultLimit()), given().when().get("/v1/clearance/skus")
                .then().statusCode(200).extract().jsonPath().getList("sku").size(), "the default page");
    }

    @Test
    void theListIsReusedUntilStockOrASaleIsStoredHere() {
        String aged = TestBroker.unique("PG-AGED");
        List<String> before = skus(assessment.needingClearance(new Page(0, WHOLE_LIST)));
        assertEquals(before, skus(assessment.needingClearance(new Page(0, WHOLE_LIST))), "nothing stored meanwhile");
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(aged, 60, 150, "2", "0.3", "1"))));
        assertTrue(skus(assessment.needingClearance(new Page(0, WHOLE_LIST))).contains(aged), "a new snapshot shows at once");

        String customer = TestBroker.unique("C");
        TestBroker.awaitApplied(List.of(
                TestBroker.sendFact(Events.order(aged + "-1", customer, "onsite", aged, 60, "5", "2", 1))));
        LiveView sold = assessment.needingClearance(new Page(0, WHOLE_LIST)).skus().stream()
                .filter(view -> view.state().sku().equals(aged)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("2").compareTo(sold.state().dailyUnits()), "a sale shows at once: 60 units / 30 days");
    }

    @Test
    void limitAndOffsetOutOfRangeAreRefusedNamingTheParameter() {
        given().queryParam("limit", settings.maxLimit() + 1).when().get("/v1/clearance/skus")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("limit"))
                .body("message", containsString("limit must be a whole number from 1 to " + settings.maxLimit()));
        given().queryParam("limit", 0).when().get("/v1/clearance/skus")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("offset", -1).when().get("/v1/clearance/skus")
                .then().statusCode(400).body("errors[0].field", equalTo("offset"));
        given().queryParam("offset", "next").when().get("/v1/clearance/skus")
                .then().statusCode(400).body("errors[0].field", equalTo("offset"));
    }

    private static List<String> skus(SkuAssessmentService.ClearancePage page) {
        return page.skus().stream().map(view -> view.state().sku()).toList();
    }
}
