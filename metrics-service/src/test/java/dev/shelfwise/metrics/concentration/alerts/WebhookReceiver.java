package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.alerts.delivery.testing.TestReceivers;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The test webhook receivers of alert-delivery ({@link TestReceivers}: one alertmanager, one json with a token, each
 * refusing the first delivery of every transition) as metrics-service's only receivers.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {
    static final String PREFIX = "shelfwise.concentration.";

    private TestReceivers receivers;

    /** The configuration key of a receiver's URL. */
    static String urlKey(String receiver) {
        return PREFIX + "receivers." + receiver + ".url";
    }

    @Override
    public Map<String, String> start() {
        receivers = TestReceivers.start();
        return receivers.settings(PREFIX);
    }

    @Override
    public void stop() {
        if (receivers != null) {
            receivers.close();
        }
    }
}
