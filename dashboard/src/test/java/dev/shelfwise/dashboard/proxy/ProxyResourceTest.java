package dev.shelfwise.dashboard.proxy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only proxy against a stand-in metrics-service, a service that is down and one that is too slow. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class ProxyResourceTest {

    @Test
    void passesTheAnswerWithItsFreshnessHeadersAndTheQueryAsItCame() {
        given().urlEncodingEnabled(false)
                .when().get("/api/metrics/v1/concentration?from=2026-11-26&to=2026-11-27&note=a%20b%2Bc")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Shelfwise-Complete-Through", FakeServices.COMPLETE_THROUGH)
                .header("Shelfwise-Timezone", "Europe/Berlin")
                .header("Cache-Control", "no-store")
                .header("X-Internal", nullValue())
                .body("received", equalTo("GET /v1/concentration?from=2026-11-26&to=2026-11-27&note=a%20b%2Bc"));
    }

    @Test
    void presentsTheServicesApiTokenWhenOneIsConfigured() {
        given().when().get("/api/metrics/v1/concentration")
                .then().statusCode(200)
                .body("authorization", equalTo("Bearer " + FakeServices.READ_TOKEN));
    }

    @Test
    void passesAServicesOwnErrorOn() {
        given().when().get("/api/metrics/v1/trends")
                .then().statusCode(400)
                .body("message", equalTo("category is required"))
                .body("field", equalTo("category"));
    }

    @Test
    void aServiceThatIsDownIsA502WithAClearMessage() {
        given().when().get("/api/ingest/q/metrics")
                .then().statusCode(502)
                .contentType(containsString("application/json"))
                .body("status", equalTo(502))
                .body("error", equalTo("Bad Gateway"))
                .body("service", equalTo("ingest"))
                .body("message", containsString("order-ingest at http://127.0.0.1:"))
                .body("message", containsString("is not reachable (connection refused)"));
    }

    @Test
    void aServiceSlowerThanTheTimeoutIsA504Soon() {
        long started = System.nanoTime();
        given().when().get("/api/metrics/v1/indices/new-customer?year=2026")
                .then().statusCode(504)
                .body("status", equalTo(504))
                .body("service", equalTo("metrics"))
                .body("message", containsString("did not answer within 500 ms"));
        long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(tookMillis < FakeServices.SLOW, "answered after " + tookMillis + " ms, not at the timeout");
    }

    @Test
    void pathsOutsideTheWhitelistNeverReachTheService() throws Exception {
        given().when().get("/api/metrics/q/openapi").then().statusCode(404)
                .body("service", equalTo("metrics"))
                .body("message", containsString("does not read 'q/openapi' of metrics-service"));
        given().urlEncodingEnabled(false).when().get("/api/metrics/v1/alerts/%2E%2E/%2E%2E/q/openapi")
                .then().statusCode(404);
        given().when().get("/api/metrics/v1/concentrationX").then().statusCode(404);
        given().when().get("/api/kafka/topics").then().statusCode(404)
                .body("message", containsString("unknown service 'kafka'"))
                .body("service", nullValue());
        String seen = seen();
        assertFalse(seen.contains("openapi"), seen);
        assertFalse(seen.contains("concentrationX"), seen);
    }

    @Test
    void onlyGetIsProxied() throws Exception {
        given().contentType("application/json").body("[]").when().post("/api/metrics/v1/concentration")
                .then().statusCode(405);
        given().when().delete("/api/metrics/v1/concentration").then().statusCode(405);
        assertFalse(seen().contains("POST"), "a POST reached the service");
        assertFalse(seen().contains("DELETE"), "a DELETE reached the service");
    }

    @Test
    void settingsTellThePageHowOftenToPoll() {
        given().when().get("/api/settings").then().statusCode(200).body("refreshMillis", equalTo(2000));
    }

    private String seen() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + ConfigProvider.getConfig().getValue(FakeServices.SEEN_PORT, Integer.class) + "/seen")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
