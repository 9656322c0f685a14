package dev.shelfwise.metrics.concentration.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One attempt to deliver a transition of an alert to a webhook.
 *
 * @param state      the transition delivered: {@code firing} or {@code resolved}
 * @param receiver   host and port of the webhook URL only (its path often carries a secret)
 * @param statusCode the HTTP status answered; absent when the attempt failed before an answer
 * @param error      why no answer came (timeout, refused connection …); absent when one came
 * @param delivered  whether the receiver accepted it (a 2xx answer)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttempt(String state, String receiver, int attempt, Instant at, Integer statusCode, String error,
                              boolean delivered) {
}
