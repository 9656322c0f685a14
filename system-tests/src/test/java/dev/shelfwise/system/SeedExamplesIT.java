package dev.shelfwise.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The seed examples of DESIGN.md §4, posted as orders through order-ingest and read back from metrics-service:
 * site index 2,000 / 10,000 = 0.2, books in April 55 / 218 → index 1.26; books penetration 230 / 10,000 = 0.023,
 * maternal & child 1,450 / 5,000 = 0.29. Year 2019 and year 2020 belong to this test alone.
 */
class SeedExamplesIT {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String order(String id, String customer, String placedAt, String... skuCategory) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < skuCategory.length; i += 2) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skuCategory[i]).append("\",\"category\":\"")
                    .append(skuCategory[i + 1]).append("\",\"quantity\":1,\"unitPrice\":\"10.00\"}");
        }
        return "{\"orderId\":\"" + run + "-" + id + "\",\"customerId\":\"" + run + "-" + customer + "\",\"placedAt\":\""
                + placedAt + "\",\"currency\":\"USD\",\"lines\":[" + lines + "]}";
    }

    @Test
    void newCustomerIndexOfBooksInAprilIs126() {
        List<String> orders = new ArrayList<>();
        // 1,945 customers start with grocery in January 2019: new-customer orders
        for (int c = 0; c < 1_945; c++) {
            orders.add(order("jan-" + c, "g" + c, String.format("2019-01-%02dT10:00:00Z", 1 + c % 28), "G-1", "grocery"));
        }
        // 55 customers start with books in April: new-customer orders of books in April
        for (int c = 0; c < 55; c++) {
            orders.add(order("apr-new-" + c, "b" + c, String.format("2019-04-%02dT10:00:00Z", 1 + c % 28), "BK-1", "books"));
        }
        // 163 returning grocery customers buy books in April: books orders that are not new-customer orders
        for (int c = 0; c < 163; c++) {
            orders.add(order("apr-ret-" + c, "g" + c, String.format("2019-04-%02dT12:00:00Z", 1 + c % 28), "BK-2", "books"));
        }
        // 7,837 more returning orders spread from February to December
        for (int i = 0; i < 7_837; i++) {
            orders.add(order("ret-" + i, "g" + (i % 1_945), String.format("2019-%02d-%02dT15:00:00Z", 2 + i % 11, 1 + i % 28),
                    "G-2", "grocery"));
        }
        Stack.post("orders", orders);

        JsonPath table = Stack.eventually(() -> given().queryParam("year", 2019).when()
                        .get(Stack.METRICS + "/v1/indices/new-customer").then().statusCode(200).extract().jsonPath(),
                t -> t.getLong("siteOrders") == 10_000, WAIT);
        assertEquals(10_000, table.getLong("siteOrders"));
        assertEquals(2_000, table.getLong("siteNewCustomerOrders"));
        assertEquals(0, new BigDecimal("0.2").compareTo(new BigDecimal(table.getString("siteIndex"))));
        List<Map<String, Object>> cells = table.getList("cells");
        Map<String, Object> booksApril = cells.stream()
                .filter(c -> "books".equals(c.get("category")) && "2019-04".equals(c.get("month"))).findFirst().orElseThrow();
        assertEquals(218, ((Number) booksApril.get("orders")).intValue());
        assertEquals(55, ((Number) booksApril.get("newCustomerOrders")).intValue());
        BigDecimal index = new BigDecimal(booksApril.get("index").toString());
        assertEquals(new BigDecimal("1.26"), index.setScale(2, RoundingMode.HALF_UP), "55/218 ÷ 0.2");
        assertEquals("high", booksApril.get("band"));
        assertNotNull(table.getString("completeThrough"));
    }

    @Test
    void crossCategoryPenetrationOfBooksIs0023AndOfMaternalChild029() {
        List<String> orders = new ArrayList<>();
        String day = "2020-05-%02dT10:00:00Z";
        for (int c = 0; c < 230; c++) { // books and maternal & child
            orders.add(order("bm-" + c, "bm" + c, String.format(day, 1 + c % 28), "BK-1", "books", "MC-1", "maternal-child"));
        }
        for (int c = 0; c < 9_770; c++) { // books only
            orders.add(order("b-" + c, "bo" + c, String.format(day, 1 + c % 28), "BK-1", "books"));
        }
        for (int c = 0; c < 1_220; c++) { // maternal & child and toys
            orders.add(order("mt-" + c, "mt" + c, String.format(day, 1 + c % 28), "MC-1", "maternal-child", "TY-1", "toys"));
        }
        for (int c = 0; c < 3_550; c++) { // maternal & child only
            orders.add(order("m-" + c, "mo" + c, String.format(day, 1 + c % 28), "MC-1", "maternal-child"));
        }
        Stack.post("orders", orders);

        List<Map<String, Object>> rows = Stack.eventually(() -> given().queryParam("from", "2020-01-01")
                        .queryParam("to", "2020-12-31").when().get(Stack.METRICS + "/v1/indices/cross-category")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"),
                r -> r.stream().anyMatch(row -> "maternal-child".equals(row.get("category"))
                        && ((Number) row.get("customers")).intValue() == 5_000), WAIT);
        Map<String, Object> books = rows.stream().filter(r -> "books".equals(r.get("category"))).findFirst().orElseThrow();
        assertEquals(10_000, ((Number) books.get("customers")).intValue());
        assertEquals(230, ((Number) books.get("crossCustomers")).intValue());
        assertEquals(0, new BigDecimal("0.023").compareTo(new BigDecimal(books.get("rate").toString())));
        Map<String, Object> maternal = rows.stream().filter(r -> "maternal-child".equals(r.get("category"))).findFirst().orElseThrow();
        assertEquals(1_450, ((Number) maternal.get("crossCustomers")).intValue());
        assertEquals(0, new BigDecimal("0.29").compareTo(new BigDecimal(maternal.get("rate").toString())));
    }
}
