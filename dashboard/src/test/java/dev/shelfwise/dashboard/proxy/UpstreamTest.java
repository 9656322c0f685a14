package dev.shelfwise.dashboard.proxy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which paths the proxy may read: whitelisted prefixes on segment boundaries, nothing that escapes them. */
class UpstreamTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "metrics,   v1/concentration,                                     true",
            "metrics,   v1/indices/new-customer,                              true",
            "metrics,   v1/alerts/gmv-over-concentration/trailing-24h/critical/2026-11-27T10:15:30.120Z, true",
            "metrics,   q/metrics,                                            true",
            "matrix,    v1/promotions/black-friday/matrix/health,             true",
            "clearance, v1/clearance/skus/SKU%201/channels,                   true",
            "clearance, v1/alerts/restock-under-clearance:MUG-01:5b0c,        true",
            "ingest,    q/metrics,                                            true",
            // write endpoints and everything not listed
            "ingest,    v1/orders,                                            false",
            "clearance, v1/clearance/plans,                                   false",
            "matrix,    v1/products/SKU-1/role,                               false",
            "metrics,   q/openapi,                                            false",
            // a prefix only counts on a segment boundary
            "metrics,   v1/concentrationX,                                    false",
            "metrics,   v1/alertsX/1,                                         false",
            // no way out of a prefix, encoded or not
            "metrics,   v1/alerts/../../q/openapi,                            false",
            "metrics,   v1/alerts/%2e%2e/%2E%2E/q/openapi,                    false",
            "metrics,   v1/alerts/./x,                                        false",
            "metrics,   v1/alerts//x,                                         false",
            "metrics,   v1/alerts/a%5Cb,                                      false",
            "metrics,   v1/alerts/a%0Ab,                                      false",
            "metrics,   v1/alerts/%zz,                                        false",
            "metrics,   v1%2Falerts,                                          false",
    })
    void allows(String service, String rawPath, boolean allowed) {
        Upstream upstream = Upstream.byPath(service).orElseThrow();
        assertEquals(allowed, upstream.allows(rawPath));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ingest, order-ingest", "METRICS, metrics-service", "matrix, matrix-service",
            "clearance, clearance-service"})
    void knowsEachServiceByItsPathName(String path, String serviceName) {
        assertEquals(serviceName, Upstream.byPath(path).orElseThrow().serviceName());
    }

    @ParameterizedTest
    @CsvSource({"order-ingest", "settings", "kafka"})
    void refusesOtherNames(String path) {
        assertEquals(java.util.Optional.empty(), Upstream.byPath(path));
    }
}
