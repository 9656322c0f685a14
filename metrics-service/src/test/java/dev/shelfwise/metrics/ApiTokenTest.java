package dev.shelfwise.metrics;

import dev.shelfwise.access.testing.ApiTokenContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With shelfwise.read.token-sha256 set, metrics-service's API needs the token; health and metrics do not. */
@QuarkusTest
@TestProfile(ApiTokenContract.WithToken.class)
class ApiTokenTest extends ApiTokenContract {
    @Override
    protected String readPath() {
        return "/v1/alerts";
    }
}
