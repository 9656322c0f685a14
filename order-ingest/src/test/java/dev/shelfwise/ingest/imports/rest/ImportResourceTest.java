package dev.shelfwise.ingest.imports.rest;

import dev.shelfwise.contracts.Topics;
import dev.shelfwise.ingest.TopicProbe;
import dev.shelfwise.ingest.connectors.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV exports posted to the import endpoint: rows in, v1 events on the real broker, refused rows by line. */
@QuarkusTest
class ImportResourceTest {
    private static final String TOKEN_A = "Bearer shop-a-token";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static ValidatableResponse post(String path, String csv) {
        return given().header("Authorization", TOKEN_A).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post(path).then();
    }

    @Test
    void aCsvWithThreeBrokenRowsImportsTheRestAndReportsTheThreeByLine() {
        String csv = Fixtures.text("csv/shelfwise-orders-3-broken.csv", Map.of("SW-", "SW-" + run + "-"));
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            post("/v1/imports/shelfwise/orders?platform=shop-a", csv).statusCode(202)
                    .body("rows", equalTo(8)).body("acceptedRows", equalTo(5)).body("events", equalTo(4))
                    .body("rejected", hasSize(3))
                    .body("rejected.line", contains(5, 6, 8))
                    .body("rejected[0].id", equalTo("SW-" + run + "-3"))
                    .body("rejected[0].reason", containsString("lines[0].quantity"))
                    .body("rejected[1].reason", containsString("closing quote"))
                    .body("rejected[2].reason", containsString("has 7 fields"));
            List<ConsumerRecord<String, byte[]>> mine = TopicProbe.withEventId(probe.readUntil(
                    records -> TopicProbe.withEventId(records, id -> id.contains(run)).size() >= 4, READ_TIMEOUT),
                    id -> id.contains(run));
            assertEquals(List.of("1", "2", "5", "7"), mine.stream()
                    .map(r -> TopicProbe.header(r, Topics.HEADER_EVENT_ID))
                    .map(id -> id.substring(id.lastIndexOf('-') + 1)).sorted().toList());
        }
    }

    @Test
    void aPartOfAFileReportsTheFilesLineNumbersAndAReImportWritesTheSameIds() {
        String csv = Fixtures.text("csv/shelfwise-orders-3-broken.csv", Map.of("SW-", "SW-" + run + "-"));
        post("/v1/imports/shelfwise/orders?firstLine=1001", csv).statusCode(202)
                .body("rejected.line", contains(1004, 1005, 1007));
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            post("/v1/imports/shelfwise/orders?firstLine=1001", csv).statusCode(202).body("events", equalTo(4));
            List<ConsumerRecord<String, byte[]>> again = TopicProbe.withEventId(probe.readUntil(
                    records -> TopicProbe.withEventId(records, id -> id.contains(run)).size() >= 4, READ_TIMEOUT),
                    id -> id.contains(run));
            assertEquals(4, again.size());
            again.forEach(record -> assertEquals(0, TopicProbe.header(record, Topics.HEADER_EVENT_ID)
                    .indexOf("order:shop-a:SW-" + run), "the natural ids again: consumers count nothing twice"));
        }
    }

    @Test
    void shopifyAndWooCommerceExportsGoThroughTheirConnectors() {
        String shopify = Fixtures.text("csv/shopify-orders.csv", Map.of("51200", "9" + Math.abs(run.hashCode() % 100000) + "51200"));
        post("/v1/imports/shopify/orders", shopify).statusCode(202)
                .body("rows", equalTo(4)).body("acceptedRows", equalTo(3)).body("events", equalTo(3))
                .body("rejected.line", contains(6));
        String woo = Fixtures.text("csv/woocommerce-orders.csv", Map.of("412", run + "-412"));
        post("/v1/imports/woocommerce/orders?timezone=America/New_York", woo).statusCode(202)
                .body("rows", equalTo(4)).body("acceptedRows", equalTo(3)).body("ignoredRows", equalTo(1))
                .body("events", equalTo(3)).body("rejected", hasSize(0));
    }

    @Test
    void theCatalogImportWritesProductsAndReportsTheBadOne() {
        String csv = Fixtures.text("csv/catalog.csv", Map.of("BK-1", "BK-" + run, "GD-2", "GD2-" + run));
        try (TopicProbe probe = TopicProbe.onTopic(Topics.CATALOG)) {
            post("/v1/imports/catalog", csv).statusCode(202).body("acceptedRows", equalTo(3))
                    .body("rejected.line", contains(5)).body("rejected[0].id", equalTo("GD2-" + run))
                    .body("rejected[0].reason", containsString("listPrice"));
            assertEquals(1, TopicProbe.withEventId(probe.readUntil(
                    records -> !TopicProbe.withEventId(records, id -> id.contains("BK-" + run)).isEmpty(), READ_TIMEOUT),
                    id -> id.contains("BK-" + run)).size());
        }
    }

    @Test
    void withAcceptCsvTheRefusedRowsComeAsCsvAndTheCountsInHeaders() {
        String csv = Fixtures.text("csv/shelfwise-orders-3-broken.csv", Map.of("SW-", "SW-" + run + "-"));
        String rejects = given().header("Authorization", TOKEN_A).contentType("text/csv").accept("text/csv, application/json")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/v1/imports/shelfwise/orders").then().statusCode(202)
                .header("Shelfwise-Rows", "8").header("Shelfwise-Accepted-Rows", "5").header("Shelfwise-Ignored-Rows", "0")
                .header("Shelfwise-Events", "4").extract().asString();
        List<String> lines = rejects.lines().toList();
        assertEquals(3, lines.size(), rejects);
        assertEquals("5,\"SW-" + run + "-3\",\"lines[0].quantity must be a number\"", lines.get(0));
        assertEquals(List.of("5", "6", "8"), lines.stream().map(line -> line.substring(0, line.indexOf(','))).toList());
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() {
        String csv = "orderId,customerId\nO-1,C-1\n";
        given().contentType("text/csv").body(csv).when().post("/v1/imports/shelfwise/orders").then().statusCode(401);
        post("/v1/imports/shelfwise/orders?platform=shop-b", csv).statusCode(403);
        post("/v1/imports/shelfwise/orders", csv).statusCode(400).body("message", containsString("placedAt"));
        post("/v1/imports/magento/orders", csv).statusCode(404).body("message", containsString("shopify, woocommerce or shelfwise"));
        post("/v1/imports/woocommerce/orders?timezone=Mars/Olympus", csv).statusCode(400);
        post("/v1/imports/shelfwise/orders", "").statusCode(400);
    }
}
