package dev.shelfwise.clearance.support;

import dev.shelfwise.alerts.delivery.testing.TestReceivers;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test webhook receivers of alert-delivery ({@link TestReceivers}: one alertmanager, one json with a token, each
 * refusing the first delivery of every transition) as clearance-service's receivers, delivered every
 * {@value #DELIVER_EVERY}.
 */
public class TestWebhooks implements QuarkusTestResourceLifecycleManager {
    public static final String PREFIX = "shelfwise.clearance.alerts.";
    /** The scheduler's shortest period: a delivery round every second. */
    static final String DELIVER_EVERY = "1s";

    private TestReceivers receivers;

    /** The configuration key of a receiver's URL. */
    public static String urlKey(String receiver) {
        return PREFIX + "receivers." + receiver + ".url";
    }

    @Override
    public Map<String, String> start() {
        receivers = TestReceivers.start();
        Map<String, String> settings = new LinkedHashMap<>(receivers.settings(PREFIX));
        settings.put(PREFIX + "webhook.deliver-every", DELIVER_EVERY);
        return settings;
    }

    @Override
    public void stop() {
        if (receivers != null) {
            receivers.close();
        }
    }
}
