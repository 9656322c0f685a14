package dev.shelfwise.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inventory, ad spend and ad-attributed orders posted through order-ingest give clearance-service the measured CPA
 * computed here by hand; a purchase order for the SKU under clearance raises the restock alert.
 */
class ClearanceIT {
    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final int ORDERS = 25;

    @Test
    void measuredCpaOfAnAdChannelAndTheRestockAlert() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sku = "CLR-" + run;
        String channel = "ads:spring-" + run;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        // 500 units, all 181-270 days old: the SKU needs clearance
        Stack.post("inventory", List.of("{\"sku\":\"" + sku + "\",\"at\":\"" + now.minusHours(2) + "\",\"onHand\":500,"
                + "\"inbound\":0,\"unitCost\":4,\"ageBuckets\":{\"181-270\":500},\"storageFeePerUnitMonth\":0.3,"
                + "\"disposalFeePerUnit\":1}"));
        Stack.post("ad-spend", List.of("{\"campaignId\":\"spring-" + run + "\",\"channel\":\"" + channel + "\",\"skus\":[\""
                + sku + "\"],\"date\":\"" + now.toLocalDate() + "\",\"spend\":\"30.00\",\"impressions\":10000,\"clicks\":500}"));
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add("{\"orderId\":\"" + run + "-" + i + "\",\"customerId\":\"" + run + "-c" + i + "\",\"placedAt\":\""
                    + now.minusMinutes(30 + i) + "\",\"currency\":\"USD\",\"channel\":\"" + channel + "\",\"lines\":[{\"sku\":\""
                    + sku + "\",\"category\":\"home\",\"quantity\":1,\"unitPrice\":\"10.00\",\"unitCost\":\"4.00\"}]}");
        }
        Stack.post("orders", orders);

        // measured CPA = (ad spend − gross profit) / units = (30 − 25 × (10 − 4)) / 25 = −4.80; conversion 25 / 500
        Map<String, Object> ads = Stack.eventually(() -> channel(sku, channel),
                c -> c != null && c.get("measured") != null
                        && ((Number) ((Map<?, ?>) c.get("measured")).get("orders")).intValue() == ORDERS
                        && ((Map<?, ?>) c.get("measured")).get("adSpend") != null
                        && new BigDecimal(((Map<?, ?>) c.get("measured")).get("adSpend").toString()).signum() > 0, WAIT);
        Map<?, ?> measured = (Map<?, ?>) ads.get("measured");
        assertEquals(ORDERS, ((Number) measured.get("units")).intValue());
        assertEquals(0, new BigDecimal("-4.80").compareTo(new BigDecimal(measured.get("cpa").toString())), measured.toString());
        assertEquals(0, new BigDecimal("0.05").compareTo(new BigDecimal(measured.get("conversionRate").toString())));
        assertEquals("measured", ads.get("rankingUses"), "25 orders ≥ the minimum of 20: the measurement replaces the estimate");

        Stack.post("purchase-orders", List.of("{\"poId\":\"PO-" + run + "\",\"sku\":\"" + sku + "\",\"quantity\":300,"
                + "\"at\":\"" + now.minusMinutes(5) + "\"}"));
        List<Map<String, Object>> firing = Stack.eventually(() -> restockAlerts(sku), list -> !list.isEmpty(), WAIT);
        assertEquals(1, firing.size(), "one restock alert for " + sku);
        assertEquals("restock-under-clearance", firing.get(0).get("kind"));
        assertTrue(firing.get(0).get("summary").toString().contains(sku), firing.get(0).toString());
    }

    private static Map<String, Object> channel(String sku, String channel) {
        var response = given().when().get(Stack.CLEARANCE + "/v1/clearance/skus/" + sku + "/channels");
        if (response.statusCode() != 200) {
            return null;
        }
        List<Map<String, Object>> channels = response.jsonPath().getList("channels");
        return channels.stream().filter(c -> channel.equals(c.get("id"))).findFirst().orElse(null);
    }

    private static List<Map<String, Object>> restockAlerts(String sku) {
        JsonPath alerts = given().queryParam("state", "firing").when().get(Stack.CLEARANCE + "/v1/alerts")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = alerts.getList("$");
        return all.stream().filter(a -> "restock-under-clearance".equals(a.get("kind"))
                && a.get("labels") instanceof Map<?, ?> labels && sku.equals(labels.get("sku"))).toList();
    }
}
