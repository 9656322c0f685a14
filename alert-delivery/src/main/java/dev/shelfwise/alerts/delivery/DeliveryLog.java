package dev.shelfwise.alerts.delivery;

/** Where a service keeps what {@link WebhookDelivery} did: every attempt, and which transitions are done. */
public interface DeliveryLog {

    /** Stores one attempt of {@code transition}. */
    void attempted(Transition transition, DeliveryAttempt attempt) throws Exception;

    /** Every receiver accepted {@code transition} or ran out of attempts: it is no longer pending. */
    void finished(Transition transition) throws Exception;
}
