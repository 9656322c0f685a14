package dev.shelfwise.metrics.concentration.alerts.service;

import dev.shelfwise.alerts.delivery.BackoffSchedule;
import dev.shelfwise.alerts.delivery.DeliveryAttempt;
import dev.shelfwise.alerts.delivery.DeliveryLog;
import dev.shelfwise.alerts.delivery.Receiver;
import dev.shelfwise.alerts.delivery.Transition;
import dev.shelfwise.alerts.delivery.WebhookDelivery;
import dev.shelfwise.metrics.concentration.alerts.AlertSettings;
import dev.shelfwise.metrics.concentration.alerts.repository.AlertRepository;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;

/**
 * Hands the stored transitions to the configured webhook receivers ({@link WebhookDelivery} posts, retries and
 * reports back here) and keeps every attempt in the database. A round claims what is pending for longer than the
 * longest delivery can take, so another instance leaves it alone and a delivery cut short by a crash is taken up
 * again once the claim lapses.
 */
// created at start, so a receiver that is configured wrong stops the start with its reason
@Startup
@ApplicationScoped
public class WebhookNotifier implements DeliveryLog {

    private final AlertRepository alerts;
    private final WebhookDelivery delivery;

    public WebhookNotifier(AlertRepository alerts, AlertSettings settings) {
        this.alerts = alerts;
        AlertSettings.Webhook webhook = settings.webhook();
        List<Receiver> receivers = settings.receivers().entrySet().stream()
                .map(entry -> Receiver.of(entry.getKey(), entry.getValue().url(), entry.getValue().format(),
                        entry.getValue().bearerToken()))
                .toList();
        BackoffSchedule schedule = new BackoffSchedule(webhook.attempts(), webhook.backoff());
        this.delivery = new WebhookDelivery(receivers, schedule, webhook.timeout(), webhook.threads(), this);
    }

    /** Starts delivering every transition not delivered yet; returns at once. */
    public void deliverPending() throws SQLException {
        if (delivery.hasReceivers()) {
            delivery.deliver(alerts.claimUndelivered(delivery.claimPeriod()));
        }
    }

    @Override
    public void attempted(Transition transition, DeliveryAttempt attempt) throws SQLException {
        alerts.recordAttempt(transition.alertId(), attempt);
    }

    @Override
    public void finished(Transition transition) throws SQLException {
        alerts.markDelivered(transition.seq());
    }

    @PreDestroy
    void stop() {
        delivery.close();
    }
}
