package dev.shelfwise.ingest.connectors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to a webhook delivery.
 *
 * @param accepted  events now durable in Kafka
 * @param duplicate true when this delivery was handled before (nothing written again)
 * @param ignored   why nothing was written, for a payload that is not a sale or product
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookAnswer(String topic, int accepted, Boolean duplicate, String ignored) {

    static WebhookAnswer accepted(String topic, int events) {
        return new WebhookAnswer(topic, events, null, null);
    }

    static WebhookAnswer duplicate(String topic) {
        return new WebhookAnswer(topic, 0, true, null);
    }

    static WebhookAnswer ignored(String topic, String reason) {
        return new WebhookAnswer(topic, 0, null, reason);
    }
}
