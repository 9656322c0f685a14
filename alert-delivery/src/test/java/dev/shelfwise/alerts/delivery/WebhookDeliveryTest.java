package dev.shelfwise.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.alerts.delivery.testing.TestReceivers;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Delivery to real HTTP receivers on this machine: retries, formats, the token, and what is recorded. */
class WebhookDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Short pauses keep the test quick; the schedule itself is tested in BackoffScheduleTest. */
    private static final BackoffSchedule QUICK = new BackoffSchedule(3, Duration.ofMillis(20));
    private static final String ALERT = "ads-only-clearance:MUG-01:1";

    private final RecordingLog log = new RecordingLog();
    private final TestReceivers receivers = TestReceivers.start();
    private WebhookDelivery delivery;

    /** Attempts and finished transitions, as a service's repository would store them. */
    static final class RecordingLog implements DeliveryLog {
        final List<DeliveryAttempt> attempts = new CopyOnWriteArrayList<>();
        final List<Long> finished = new CopyOnWriteArrayList<>();

        @Override
        public void attempted(Transition transition, DeliveryAttempt attempt) {
            attempts.add(attempt);
        }

        @Override
        public void finished(Transition transition) {
            finished.add(transition.seq());
        }
    }

    @AfterEach
    void stop() {
        if (delivery != null) {
            delivery.close();
        }
        receivers.close();
    }

    private Receiver receiver(String name, PayloadFormat format, Optional<String> token) {
        return Receiver.of(name, receivers.url(name), format.code(), token);
    }

    private static Transition firing(long seq) throws IOException {
        AlertEvent event = new AlertEvent(ALERT, "ads-only-clearance", "firing", "warning", "clearance-service",
                "move the price", Instant.parse("2026-11-27T10:15:30Z"), null, Map.of("sku", "MUG-01"),
                Map.of("unitsSold", "0"));
        return new Transition(seq, event.id(), event.state(), EventJson.mapper().writeValueAsString(event));
    }

    private void awaitFinished(int transitions) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while ((log.finished.size() < transitions || delivery.busy()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(transitions, log.finished.size(), "finished transitions; attempts: " + log.attempts);
    }

    private List<DeliveryAttempt> attemptsOf(String receiver) {
        return log.attempts.stream().filter(a -> a.receiver().equals(receiver)).toList();
    }

    @Test
    void eachReceiverGetsItsFormatAndARefusalIsRetriedUntilAccepted() throws Exception {
        delivery = new WebhookDelivery(List.of(receiver(TestReceivers.ALERTMANAGER, PayloadFormat.ALERTMANAGER,
                Optional.empty()), receiver(TestReceivers.JSON, PayloadFormat.JSON, Optional.of(TestReceivers.TOKEN))),
                QUICK, TIMEOUT, 2, log);
        Transition transition = firing(1);
        delivery.deliver(List.of(transition));
        delivery.deliver(List.of(transition)); // under way already: not started twice
        awaitFinished(1);

        for (String receiver : List.of(TestReceivers.ALERTMANAGER, TestReceivers.JSON)) {
            List<DeliveryAttempt> attempts = attemptsOf(receiver);
            assertEquals(List.of(1, 2), attempts.stream().map(DeliveryAttempt::attempt).toList(), receiver);
            assertEquals(TestReceivers.REFUSED, attempts.get(0).statusCode());
            assertFalse(attempts.get(0).delivered());
            assertEquals(TestReceivers.OK, attempts.get(1).statusCode());
            assertTrue(attempts.get(1).delivered());
            assertTrue(attempts.stream().allMatch(a -> a.state().equals("firing") && a.at() != null));
        }
        assertEquals("delivered 2/2 receivers, 4 attempts", DeliveryStatus.of(log.attempts, "firing", false).summary());

        List<JsonNode> notifications = TestReceivers.accepted(TestReceivers.ALERTMANAGER,
                receivers.url(TestReceivers.ALERTMANAGER), ALERT, "firing");
        assertEquals(1, notifications.size());
        assertEquals("4", notifications.get(0).get("version").asText());
        assertEquals(TestReceivers.ALERTMANAGER, notifications.get(0).get("receiver").asText());
        assertEquals("MUG-01", notifications.get(0).at("/alerts/0/labels/sku").asText());
        List<JsonNode> events = TestReceivers.accepted(TestReceivers.JSON, receivers.url(TestReceivers.JSON), ALERT,
                "firing");
        assertEquals(1, events.size());
        assertEquals(firing(1).event(), EventJson.mapper().writeValueAsString(
                EventJson.mapper().treeToValue(events.get(0), AlertEvent.class)));
    }

    @Test
    void withoutTheTokenAReceiverRefusesUntilTheAttemptsRunOut() throws Exception {
        delivery = new WebhookDelivery(List.of(receiver(TestReceivers.JSON, PayloadFormat.JSON, Optional.empty())),
                QUICK, TIMEOUT, 1, log);
        delivery.deliver(List.of(firing(2)));
        awaitFinished(1);
        assertEquals(List.of(TestReceivers.UNAUTHORIZED, TestReceivers.UNAUTHORIZED, TestReceivers.UNAUTHORIZED),
                attemptsOf(TestReceivers.JSON).stream().map(DeliveryAttempt::statusCode).toList());
        assertEquals("failed: delivered 0/1 receivers, 3 attempts",
                DeliveryStatus.of(log.attempts, "firing", false).summary());
    }

    @Test
    void aReceiverThatDoesNotAnswerIsRecordedWithTheErrorAndWithoutItsUrl() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Receiver down = Receiver.of("down", "http://127.0.0.1:" + closed + "/secret-path", "alertmanager",
                Optional.empty());
        delivery = new WebhookDelivery(List.of(down), QUICK, TIMEOUT, 2, log);
        delivery.deliver(List.of(firing(3)));
        awaitFinished(1);
        List<DeliveryAttempt> attempts = attemptsOf("down");
        assertEquals(QUICK.attempts(), attempts.size());
        attempts.forEach(attempt -> {
            assertNull(attempt.statusCode());
            assertFalse(attempt.error().isBlank());
            assertFalse(attempt.error().contains("secret-path"), attempt.error());
        });
    }

    @Test
    void anUnreadableTransitionIsFinishedWithoutAttempts() throws Exception {
        delivery = new WebhookDelivery(List.of(receiver(TestReceivers.ALERTMANAGER, PayloadFormat.ALERTMANAGER,
                Optional.empty())), QUICK, TIMEOUT, 1, log);
        delivery.deliver(List.of(new Transition(4, "x", "firing", "{not json")));
        awaitFinished(1);
        assertEquals(List.of(), log.attempts);
    }

    @Test
    void theClaimOutlastsTheLongestDelivery() {
        delivery = new WebhookDelivery(List.of(), QUICK, TIMEOUT, 1, log);
        assertFalse(delivery.hasReceivers());
        assertEquals(QUICK.longestDelivery(TIMEOUT).multipliedBy(2), delivery.claimPeriod());
    }
}
