package dev.shelfwise.ingest.rest;

import dev.shelfwise.contracts.Topics;
import dev.shelfwise.ingest.Samples;
import dev.shelfwise.ingest.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.restassured.RestAssured;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each malformed request gets its documented status and a message that names the problem. */
@QuarkusTest
class BadInputTest {
    private static final String TOKEN_A = IngestRoundTripTest.TOKEN_A;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not an array          | {\"orderId\": \"x\"}              | 400 | JSON array",
            "broken JSON           | '[{\"orderId\": }]'               | 400 | Unexpected character",
            "unclosed array        | '[{\"orderId\": \"x\"}'           | 400 | end-of-input",
            "empty batch           | []                                | 400 | empty",
            "NaN literal           | '[{\"q\": NaN}]'                  | 400 | Non-standard token",
    })
    void malformedBodiesAre400WithPosition(String name, String body, int status, String reason) {
        given().header("Authorization", TOKEN_A).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orders")
                .then().statusCode(status)
                .body("status", equalTo(status))
                .body("message", containsString(reason))
                .body("line", equalTo(1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'\"quantity\": 2'           | '\"quantity\": 0'                 | lines[0].quantity | greater than 0",
            "'\"currency\": \"CNY\"'     | '\"currency\": \"ABC\"'           | currency          | ISO 4217",
            "'2026-04-03T10:15:00+08:00' | '2099-04-03T10:15:00+08:00'       | placedAt          | future",
            "'\"unitPrice\": \"39.90\"'  | '\"unitPrice\": \"-1\"'           | lines[0].unitPrice | between",
            "'\"sku\": \"TOY-7\"'        | '\"sku\": \"BK-001\"'             | lines[1].sku      | duplicate",
            "'\"customerId\"'            | '\"customer\"'                    | customer          | unknown field",
    })
    void invalidOrdersAre400NamingTheField(String from, String to, String field, String reason) {
        String id = Samples.uniqueId("BAD");
        given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                .body("[" + Samples.order(id, "C-bad").replace(from, to) + "]")
                .when().post("/v1/orders")
                .then().statusCode(400)
                .body("accepted", equalTo(0))
                .body("rejected", hasSize(1))
                .body("rejected[0].id", equalTo(id))
                .body("rejected[0].errors.field", org.hamcrest.Matchers.hasItem(field))
                .body("rejected[0].errors.message", org.hamcrest.Matchers.hasItem(containsString(reason)));
    }

    @Test
    void missingOrUnknownTokenIs401() {
        given().contentType(ContentType.JSON).body("[" + Samples.order("O-1", "C-1") + "]")
                .when().post("/v1/orders")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("message", containsString("token"));
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON)
                .body("[" + Samples.order("O-1", "C-1") + "]")
                .when().post("/v1/orders").then().statusCode(401);
    }

    @Test
    void anotherPlatformsEventIs403AndNothingIsWritten() {
        String foreign = Samples.uniqueId("FOREIGN");
        String mine = Samples.uniqueId("MINE");
        try (TopicProbe probe = TopicProbe.onTopic(Topics.ORDERS)) {
            given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                    .body("[" + Samples.order(mine + "-first", "C-f") + ","
                            + Samples.order(foreign, "C-f").replace("{\"orderId\"", "{\"platform\": \"shop-b\", \"orderId\"") + "]")
                    .when().post("/v1/orders")
                    .then().statusCode(403).body("field", equalTo("platform")).body("message", containsString("shop-b"));
            // a later order of the same customer (same partition) proves the refused batch left nothing before it
            given().header("Authorization", TOKEN_A).contentType(ContentType.JSON)
                    .body("[" + Samples.order(mine, "C-f") + "]")
                    .when().post("/v1/orders").then().statusCode(202);
            var records = probe.readUntil(r -> !TopicProbe.withEventId(r, e -> e.endsWith(mine)).isEmpty(),
                    Duration.ofSeconds(20));
            assertEquals(1, TopicProbe.withEventId(records, e -> e.endsWith(mine)).size());
            assertEquals(0, TopicProbe.withEventId(records, e -> e.contains(foreign) || e.endsWith(mine + "-first")).size());
        }
    }

    @Test
    void wrongMediaTypeIs415() {
        given().header("Authorization", TOKEN_A).contentType(ContentType.TEXT).body("orderId=1")
                .when().post("/v1/orders")
                .then().statusCode(415).body("status", equalTo(415));
    }

    @Test
    void moreThanTheBatchLimitIs413() {
        String item = "{\"orderId\": \"x\"}";
        String body = "[" + (item + ",").repeat(10_000) + item + "]";
        given().header("Authorization", TOKEN_A).contentType(ContentType.JSON).body(body)
                .when().post("/v1/orders")
                .then().statusCode(413).body("message", containsString("10000"));
    }

    /** The limit is enforced from Content-Length before any body is read, so a raw request with headers suffices. */
    @Test
    void aBodyOverTheSizeLimitIs413() throws Exception {
        long tooLarge = 17L * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /v1/orders HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + TOKEN_A
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + tooLarge
                    + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine);
        }
    }

    @Test
    void unknownEventTypeIs404() {
        given().header("Authorization", TOKEN_A).contentType(ContentType.JSON).body("[]")
                .when().post("/v1/coupons")
                .then().statusCode(404);
    }
}
