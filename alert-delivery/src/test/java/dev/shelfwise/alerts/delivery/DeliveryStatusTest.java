package dev.shelfwise.alerts.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveryStatusTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");
    private static final String NO_ANSWER = "-";

    /** "ops=503 ops=200 chat=-": attempts of the firing transition in order; "-" got no answer. */
    private static List<DeliveryAttempt> attempts(String state, String written) {
        List<DeliveryAttempt> attempts = new ArrayList<>();
        for (String one : written.isBlank() ? new String[0] : written.trim().split("\\s+")) {
            String[] receiverAndStatus = one.split("=");
            String receiver = receiverAndStatus[0];
            int number = (int) attempts.stream().filter(a -> a.receiver().equals(receiver)).count() + 1;
            attempts.add(receiverAndStatus[1].equals(NO_ANSWER)
                    ? DeliveryAttempt.failed(state, receiver, number, AT, "ConnectException")
                    : DeliveryAttempt.answered(state, receiver, number, AT, Integer.parseInt(receiverAndStatus[1])));
        }
        return attempts;
    }

    @ParameterizedTest(name = "[{0}] pending {1}: {3}")
    @CsvSource({
            "'',                              false, none,      'not delivered: no webhook receiver'",
            "'',                              true,  pending,   'delivery pending'",
            "ops=503,                         true,  retrying,  'retrying: delivered 0/1 receivers, 1 attempt'",
            "ops=503 ops=200,                 false, delivered, 'delivered 1/1 receivers, 2 attempts'",
            "ops=200 chat=204,                false, delivered, 'delivered 2/2 receivers, 2 attempts'",
            "ops=200 chat=-,                  true,  retrying,  'retrying: delivered 1/2 receivers, 2 attempts'",
            "ops=503 ops=503 ops=503 ops=503, false, failed,    'failed: delivered 0/1 receivers, 4 attempts'",
            "ops=200 chat=- chat=- chat=-,    false, failed,    'failed: delivered 1/2 receivers, 4 attempts'",
            "ops=302,                         false, failed,    'failed: delivered 0/1 receivers, 1 attempt'",
    })
    void theStatusSaysHowFarDeliveryGot(String written, boolean pending, String state, String summary) {
        DeliveryStatus status = DeliveryStatus.of(attempts("firing", written), "firing", pending);
        assertEquals(state, status.state());
        assertEquals(summary, status.summary());
    }

    @Test
    void onlyTheAttemptsOfTheCurrentTransitionCount() {
        List<DeliveryAttempt> all = new ArrayList<>(attempts("firing", "ops=503 ops=200"));
        all.addAll(attempts("resolved", "ops=-"));
        DeliveryStatus resolved = DeliveryStatus.of(all, "resolved", true);
        assertEquals(new DeliveryStatus("retrying", 1, 0, 1, "retrying: delivered 0/1 receivers, 1 attempt"), resolved);
        assertEquals(2, DeliveryStatus.of(all, "firing", false).attempts());
    }

    @Test
    void theCountsAreThereForMachines() {
        DeliveryStatus status = DeliveryStatus.of(attempts("firing", "ops=200 chat=500 chat=200"), "firing", false);
        assertEquals(List.of(2, 2, 3), List.of(status.receivers(), status.deliveredTo(), status.attempts()));
    }
}
