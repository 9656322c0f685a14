package dev.shelfwise.metrics;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The service starts against the shared real PostgreSQL and reports ready, with its database check. */
@QuarkusTest
class HealthTest {

    @Test
    void readyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void servesOpenApiAndPrometheusMetrics() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
