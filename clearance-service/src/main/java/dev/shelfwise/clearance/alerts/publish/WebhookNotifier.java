package dev.shelfwise.clearance.alerts.publish;

import dev.shelfwise.alerts.delivery.BackoffSchedule;
import dev.shelfwise.alerts.delivery.DeliveryAttempt;
import dev.shelfwise.alerts.delivery.DeliveryLog;
import dev.shelfwise.alerts.delivery.Receiver;
import dev.shelfwise.alerts.delivery.Transition;
import dev.shelfwise.alerts.delivery.WebhookDelivery;
import dev.shelfwise.clearance.ClearanceSettings;
import dev.shelfwise.clearance.alerts.repository.AlertDeliveryRepository;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Delivers the queued alert transitions to the configured webhook receivers every
 * {@code shelfwise.clearance.alerts.webhook.deliver-every}, off the consumers' threads: consumption only queues them
 * in its transaction. {@link WebhookDelivery} posts and retries; every attempt is stored here. A round claims what is
 * pending for twice the longest delivery, so other instances leave it alone and a delivery cut short by a crash or a
 * restart is taken up again once the claim lapses.
 */
// created at start, so a receiver that is configured wrong stops the start with its reason
@Startup
@ApplicationScoped
public class WebhookNotifier implements DeliveryLog {
    /** The scheduler's identity of the delivery round. */
    public static final String JOB = "alert-webhooks";
    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class);

    private final AlertDeliveryRepository deliveries;
    private final WebhookDelivery delivery;
    private final Clock clock;

    public WebhookNotifier(AlertDeliveryRepository deliveries, ClearanceSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
        ClearanceSettings.Webhook webhook = settings.alerts().webhook();
        BackoffSchedule schedule = new BackoffSchedule(webhook.attempts(), webhook.backoff());
        this.delivery = new WebhookDelivery(settings.alerts().receivers().entrySet().stream()
                .map(entry -> Receiver.of(entry.getKey(), entry.getValue().url(), entry.getValue().format(),
                        entry.getValue().bearerToken()))
                .toList(), schedule, webhook.timeout(), webhook.threads(), this);
    }

    @Scheduled(identity = JOB, every = "${shelfwise.clearance.alerts.webhook.deliver-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            deliverPending();
        } catch (RuntimeException e) {
            // what is pending stays pending: the next round takes it up
            LOG.warnf("alert webhook round failed (%s); retried in the next round", e.getMessage());
        }
    }

    /** Starts delivering every transition that is pending and unclaimed; returns at once. */
    public void deliverPending() {
        if (delivery.hasReceivers()) {
            delivery.deliver(deliveries.claimPending(clock.instant(), delivery.claimPeriod()));
        }
    }

    @Override
    public void attempted(Transition transition, DeliveryAttempt attempt) {
        deliveries.recordAttempt(transition.alertId(), attempt);
    }

    @Override
    public void finished(Transition transition) {
        deliveries.markDelivered(transition.seq());
    }

    @PreDestroy
    void stop() {
        delivery.close();
    }
}
