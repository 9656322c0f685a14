package dev.shelfwise.metrics.pipeline;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.RefundLine;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.metrics.deadletters.DeadLetterPublisher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orders and refunds written to the real broker become the figures of the REST API. Each test owns a calendar
 * year (site-wide figures are per year) and unique customers and categories, because the broker and database are
 * shared by the whole test run.
 */
@QuarkusTest
class MetricsPipelineTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private OrderEvent order(String id, String customer, String placedAt, Boolean isNew, OrderLine... lines) {
        return new OrderEvent(run + "-" + id, "test", run + "-" + customer, OffsetDateTime.parse(placedAt), "USD", "onsite",
                isNew, List.of(lines));
    }

    private OrderLine line(String sku, String category, int quantity, String price) {
        return new OrderLine(run + "-" + sku, run + "-" + category, quantity, new BigDecimal(price), null, null);
    }

    private static JsonPath newCustomer(int year) {
        return given().queryParam("year", year).when().get("/v1/indices/new-customer").then().statusCode(200)
                .extract().jsonPath();
    }

    private Map<String, Object> cell(JsonPath table, String category, String month) {
        List<Map<String, Object>> cells = table.getList("cells");
        return cells.stream().filter(c -> c.get("category").equals(run + "-" + category) && c.get("month").equals(month))
                .findFirst().orElse(null);
    }

    @Test
    void ordersBecomeNewCustomerFiguresAndDuplicatesChangeNothing() {
        List<OrderEvent> orders = List.of(
                order("1", "ann", "2011-03-01T10:00:00Z", null, line("B1", "books", 2, "10.00")),
                order("2", "ann", "2011-03-05T10:00:00Z", null, line("B1", "books", 1, "10.00"), line("T1", "toys", 1, "30")),
                order("3", "bob", "2011-03-07T10:00:00Z", null, line("T1", "toys", 1, "30")),
                order("4", "cat", "2011-04-02T10:00:00Z", false, line("B2", "books", 1, "5.5")));
        try (EventProducer producer = new EventProducer()) {
            producer.send(orders);
            producer.send(orders); // redelivery of everything: must not change a figure
        }
        JsonPath table = Eventually.poll(() -> newCustomer(2011), t -> t.getLong("siteOrders") >= 4, WAIT);
        assertEquals(4, table.getLong("siteOrders"));
        assertEquals(2, table.getLong("siteNewCustomerOrders"), "ann's and bob's first orders; cat is flagged returning");
        Map<String, Object> booksMarch = cell(table, "books", "2011-03");
        assertEquals(2, ((Number) booksMarch.get("orders")).intValue());
        assertEquals(1, ((Number) booksMarch.get("newCustomerOrders")).intValue());
        assertEquals("insufficient-data", booksMarch.get("band"));
        // (1/2) / (2/4) = 1.0
        assertEquals(0, new BigDecimal("1").compareTo(new BigDecimal(booksMarch.get("index").toString())));
        Map<String, Object> toysMarch = cell(table, "toys", "2011-03");
        assertEquals(2, ((Number) toysMarch.get("orders")).intValue());
        assertEquals(1, ((Number) toysMarch.get("newCustomerOrders")).intValue(), "bob's first order");

        JsonPath trend = given().queryParam("category", run + "-books").queryParam("from", "2011-03-01")
                .queryParam("to", "2011-04-30").when().get("/v1/trends").then().statusCode(200).extract().jsonPath();
        assertEquals(0, new BigDecimal("35.5").compareTo(new BigDecimal(trend.getString("sales"))), "20 + 10 + 5.5");
        assertEquals("UTC", trend.getString("timezone"));
        assertNotNull(trend.getString("completeThrough"));
    }

    @Test
    void anEarlierOrderArrivingLateBecomesTheNewCustomerOrder() {
        try (EventProducer producer = new EventProducer()) {
            producer.send(List.of(order("late-2", "dan", "2012-06-10T10:00:00Z", null, line("T9", "toys", 1, "9"))));
            Eventually.poll(() -> newCustomer(2012), t -> t.getLong("siteOrders") >= 1, WAIT);
            producer.send(List.of(order("late-1", "dan", "2012-05-01T10:00:00Z", null, line("B9", "books", 1, "9"))));
        }
        JsonPath table = Eventually.poll(() -> newCustomer(2012), t -> t.getLong("siteOrders") >= 2, WAIT);
        assertEquals(1, table.getLong("siteNewCustomerOrders"));
        assertEquals(1, ((Number) cell(table, "books", "2012-05").get("newCustomerOrders")).intValue());
        assertEquals(0, ((Number) cell(table, "toys", "2012-06").get("newCustomerOrders")).intValue());
    }

    @Test
    void aRefundBeforeItsOrderIsKeptAndNetsTheOrdersDay() {
        OrderEvent order = order("R1", "eve", "2014-02-03T10:00:00Z", null, line("B5", "books", 2, "50.00"));
        RefundEvent refund = new RefundEvent(order.orderId(), run + "-refund-1", "test",
                OffsetDateTime.parse("2014-02-20T10:00:00Z"), List.of(new RefundLine(run + "-B5", 1, new BigDecimal("50.00"))));
        try (EventProducer producer = new EventProducer()) {
            producer.send(List.of(refund));
            producer.send(List.of(order));
        }
        JsonPath trend = Eventually.poll(() -> given().queryParam("category", run + "-books").queryParam("from", "2014-02-01")
                        .queryParam("to", "2014-02-28").when().get("/v1/trends").then().extract().jsonPath(),
                t -> t.getString("sales") != null && new BigDecimal(t.getString("sales")).compareTo(new BigDecimal("50")) == 0,
                WAIT);
        assertEquals(0, new BigDecimal("50.00").compareTo(new BigDecimal(trend.getString("sales"))), "100 − 50 refunded");
        List<Map<String, Object>> daily = trend.getList("daily");
        Map<String, Object> orderDay = daily.stream().filter(d -> d.get("date").equals("2014-02-03")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("50").compareTo(new BigDecimal(orderDay.get("sales").toString())),
                "the refund reduces the order's day, not the refund's");
    }

    @Test
    void aRecordThatCannotBeReadGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String key = run + "-poison";
        try (KafkaConsumer<String, byte[]> dlq = dlqConsumer(); EventProducer producer = new EventProducer()) {
            producer.sendRaw(Topics.ORDERS, key, "{not json".getBytes(StandardCharsets.UTF_8));
            producer.send(List.of(order("after-poison", "fay", "2015-01-10T10:00:00Z", null, line("B1", "books", 1, "1"))));
            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (dead.stream().noneMatch(r -> key.equals(r.key())) && System.nanoTime() < deadline) {
                dlq.poll(Duration.ofMillis(250)).forEach(dead::add);
            }
            ConsumerRecord<String, byte[]> poison = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            String reason = new String(poison.headers().lastHeader(DeadLetterPublisher.HEADER_REASON).value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("JsonParseException") || reason.contains("Unexpected"), reason);
            assertEquals(Topics.ORDERS, new String(poison.headers().lastHeader(DeadLetterPublisher.HEADER_TOPIC).value(),
                    StandardCharsets.UTF_8));
        }
        JsonPath table = Eventually.poll(() -> newCustomer(2015), t -> t.getLong("siteOrders") >= 1, WAIT);
        assertEquals(1, table.getLong("siteOrders"), "the order after the poison record was processed");
    }

    @Test
    void explosionCoefficientComparesTheWindowWithTheYearBefore() {
        // reference: 3,650 of sales in the 365 days before 2016-03-01 → 10 a day
        // window 2016-03-01..03: 50, 10, 0 → first-day 50 / 10 = 5; average (60 / 3) / 10 = 2
        try (EventProducer producer = new EventProducer()) {
            producer.send(List.of(
                    order("x-ref", "gus", "2015-06-01T10:00:00Z", null, line("X1", "xmas", 1, "3650")),
                    order("x-1", "gus", "2016-03-01T10:00:00Z", null, line("X1", "xmas", 1, "50")),
                    order("x-2", "gus", "2016-03-02T10:00:00Z", null, line("X1", "xmas", 1, "10"))));
        }
        Map<String, Object> firstDay = Eventually.poll(() -> explosionRow("first-day"),
                row -> row != null && new BigDecimal(row.get("promoDailySales").toString()).compareTo(new BigDecimal("50")) == 0,
                WAIT);
        assertEquals(0, new BigDecimal("5").compareTo(new BigDecimal(firstDay.get("coefficient").toString())), firstDay.toString());
        assertEquals(0, new BigDecimal("10").compareTo(new BigDecimal(firstDay.get("referenceDailySales").toString())));
        Map<String, Object> average = Eventually.poll(() -> explosionRow("average"),
                row -> row != null && new BigDecimal(row.get("coefficient").toString()).compareTo(new BigDecimal("2")) == 0, WAIT);
        assertEquals(0, new BigDecimal("20").compareTo(new BigDecimal(average.get("promoDailySales").toString())));
    }

    private Map<String, Object> explosionRow(String basis) {
        List<Map<String, Object>> rows = given().queryParam("start", "2016-03-01").queryParam("end", "2016-03-03")
                .queryParam("basis", basis).queryParam("top", 3).when().get("/v1/categories/explosion")
                .then().statusCode(200).header("Shelfwise-Timezone", "UTC").extract().jsonPath().getList("$");
        return rows.stream().filter(r -> r.get("category").equals(run + "-xmas")).findFirst().orElse(null);
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        given().queryParam("start", "2020-01-10").queryParam("end", "2020-01-01").when().get("/v1/categories/explosion")
                .then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("end"));
        given().queryParam("start", "2020-01-01").queryParam("end", "2020-01-02").queryParam("basis", "median")
                .when().get("/v1/categories/explosion").then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("basis"));
        given().queryParam("from", "2010-01-01").queryParam("to", "2020-01-01").when().get("/v1/concentration")
                .then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("to"))
                .body("message", org.hamcrest.Matchers.containsString("at most"));
        given().queryParam("category", "no-such-category-" + run).queryParam("from", "2020-01-01").queryParam("to", "2020-02-01")
                .when().get("/v1/trends").then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("category"));
        given().when().get("/v1/indices/new-customer").then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("year"));
        given().queryParam("from", "2020-13-01").queryParam("to", "2020-12-01").when().get("/v1/indices/cross-category")
                .then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("from"));
    }

    private static KafkaConsumer<String, byte[]> dlqConsumer() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new ByteArrayDeserializer());
        TopicPartition partition = new TopicPartition(Topics.ORDERS + DeadLetterPublisher.SUFFIX, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        return consumer;
    }
}
