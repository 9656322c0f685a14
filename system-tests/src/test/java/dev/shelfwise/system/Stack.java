package dev.shelfwise.system;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** The running services, as ./shelfwise test started them (URLs from the environment). */
final class Stack {
    static final String INGEST = url("SHELFWISE_IT_INGEST_URL");
    static final String METRICS = url("SHELFWISE_IT_METRICS_URL");
    static final String MATRIX = url("SHELFWISE_IT_MATRIX_URL");
    static final String CLEARANCE = url("SHELFWISE_IT_CLEARANCE_URL");
    static final String TOKEN = "Bearer " + System.getenv().getOrDefault("SHELFWISE_IT_TOKEN", "demo-token");
    private static final int BATCH = 1_000;

    static {
        // figures are compared exactly: JSON numbers are read as BigDecimal
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private Stack() {
    }

    private static String url(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is not set: run the system tests with ./shelfwise test");
        }
        return value;
    }

    /** Posts events to order-ingest in batches; every batch must be fully accepted. */
    static void post(String type, List<String> items) {
        for (int from = 0; from < items.size(); from += BATCH) {
            String body = "[" + String.join(",", items.subList(from, Math.min(items.size(), from + BATCH))) + "]";
            Response response = given().header("Authorization", TOKEN).contentType("application/json").body(body)
                    .when().post(INGEST + "/v1/" + type);
            if (response.statusCode() != 202 || !response.asString().contains("\"rejected\":[]")) {
                throw new AssertionError("POST /v1/" + type + " answered " + response.statusCode() + ": " + response.asString());
            }
        }
    }

    static <T> T eventually(Supplier<T> read, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
