package dev.shelfwise.alerts.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the delivery of an alert's current transition stands, for people: its state, how many receivers accepted it
 * of those tried, how many attempts it took, and that as one line, e.g. "delivered 1/1 receivers, 2 attempts".
 *
 * @param state       {@code none} (no receiver was configured), {@code pending} (not tried yet), {@code retrying},
 *                    {@code delivered} (every receiver accepted it) or {@code failed} (attempts ran out somewhere)
 * @param receivers   receivers tried
 * @param deliveredTo receivers that accepted it
 */
public record DeliveryStatus(String state, int receivers, int deliveredTo, int attempts, String summary) {

    public static final String NONE = "none";
    public static final String PENDING = "pending";
    public static final String RETRYING = "retrying";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    /**
     * The status of transition {@code state} from every attempt of the alert (other transitions' are ignored).
     *
     * @param pending whether that transition still waits for delivery to finish
     */
    public static DeliveryStatus of(Collection<DeliveryAttempt> allAttempts, String state, boolean pending) {
        List<DeliveryAttempt> attempts = allAttempts.stream().filter(a -> a.state().equals(state)).toList();
        Set<String> tried = attempts.stream().map(DeliveryAttempt::receiver).collect(Collectors.toSet());
        Set<String> accepted = attempts.stream().filter(DeliveryAttempt::delivered).map(DeliveryAttempt::receiver)
                .collect(Collectors.toSet());
        String outcome;
        if (attempts.isEmpty()) {
            outcome = pending ? PENDING : NONE;
        } else if (pending) {
            outcome = RETRYING;
        } else {
            outcome = accepted.size() == tried.size() ? DELIVERED : FAILED;
        }
        return new DeliveryStatus(outcome, tried.size(), accepted.size(), attempts.size(),
                summary(outcome, tried.size(), accepted.size(), attempts.size()));
    }

    private static String summary(String state, int receivers, int deliveredTo, int attempts) {
        String counts = String.format(Locale.ROOT, "delivered %d/%d receivers, %d %s", deliveredTo, receivers,
                attempts, attempts == 1 ? "attempt" : "attempts");
        return switch (state) {
            case NONE -> "not delivered: no webhook receiver";
            case PENDING -> "delivery pending";
            case RETRYING -> "retrying: " + counts;
            case FAILED -> "failed: " + counts;
            default -> counts;
        };
    }
}
