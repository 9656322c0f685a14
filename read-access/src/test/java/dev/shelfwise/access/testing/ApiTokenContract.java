package dev.shelfwise.access.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * What every reading service promises once {@code shelfwise.read.token-sha256} is set: {@code /v1} needs the token,
 * health and metrics stay open for probes and Prometheus. A service's test extends this with
 * {@code @QuarkusTest @TestProfile(ApiTokenContract.WithToken.class)} and names one cheap read.
 */
public abstract class ApiTokenContract {
    public static final String TOKEN = "read-secret";
    /** printf %s read-secret | sha256sum */
    public static final String TOKEN_SHA256 = "f0fd6c09405cb6d3707d04067d8509cb924e62ae66fa02067c2bc467b0d721e4";

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shelfwise.read.token-sha256", TOKEN_SHA256);
        }
    }

    /** A GET under /v1 that answers 200 on an empty database. */
    protected abstract String readPath();

    @Test
    void withoutTheTokenTheApiAnswers401AndSaysWhy() {
        given().when().get(readPath()).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body(containsString("Authorization: Bearer"));
        given().header("Authorization", "Bearer " + TOKEN + "x").when().get(readPath()).then().statusCode(401);
        given().header("Authorization", "Basic cmVhZC1zZWNyZXQ=").when().get(readPath()).then().statusCode(401);
    }

    @Test
    void withTheTokenTheApiAnswers() {
        given().header("Authorization", "Bearer " + TOKEN).when().get(readPath()).then().statusCode(200);
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(not(containsString(TOKEN)));
    }
}
