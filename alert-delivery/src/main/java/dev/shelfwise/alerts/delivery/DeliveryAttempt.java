package dev.shelfwise.alerts.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One attempt to deliver a transition of an alert to a webhook receiver.
 *
 * @param state      the transition delivered: {@code firing} or {@code resolved}
 * @param receiver   the receiver's configured name (never its URL: the path often carries a secret)
 * @param attempt    counted from 1 for each transition and receiver
 * @param statusCode the HTTP status answered; absent when the attempt failed before an answer
 * @param error      why no answer came (timeout, refused connection …); absent when one came
 * @param delivered  whether the receiver accepted it (a 2xx answer)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttempt(String state, String receiver, int attempt, Instant at, Integer statusCode, String error,
                              boolean delivered) {

    private static final int SUCCESS_CLASS = 2;
    private static final int CLASS_WIDTH = 100;

    /** An attempt that got an answer; delivered when the status is 2xx. */
    public static DeliveryAttempt answered(String state, String receiver, int attempt, Instant at, int statusCode) {
        return new DeliveryAttempt(state, receiver, attempt, at, statusCode, null, accepted(statusCode));
    }

    /** An attempt that got no answer. */
    public static DeliveryAttempt failed(String state, String receiver, int attempt, Instant at, String error) {
        return new DeliveryAttempt(state, receiver, attempt, at, null, error, false);
    }

    /** An attempt read back from storage: delivered follows from the status. */
    public static DeliveryAttempt stored(String state, String receiver, int attempt, Instant at, Integer statusCode,
                                         String error) {
        return new DeliveryAttempt(state, receiver, attempt, at, statusCode, error,
                statusCode != null && accepted(statusCode));
    }

    /** Whether an HTTP status means the receiver accepted a notification. */
    public static boolean accepted(int statusCode) {
        return statusCode / CLASS_WIDTH == SUCCESS_CLASS;
    }
}
