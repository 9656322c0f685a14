package dev.shelfwise.metrics.concentration.alerts.messaging;

import dev.shelfwise.alerts.delivery.Transition;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.metrics.concentration.alerts.AlertSettings;
import dev.shelfwise.metrics.concentration.alerts.repository.AlertRepository;
import dev.shelfwise.metrics.messaging.AcknowledgedSend;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the stored transitions to {@code alerts.v1}, keyed by alert id, and marks each published only once Kafka
 * acknowledged it: a broker outage delays events, never loses them (at least once; the id and the
 * {@code event-id} header let consumers drop a repeat).
 */
@ApplicationScoped
public class AlertPublisher {
    public static final String CHANNEL = "alerts";
    public static final String EVENT_TYPE = "alert";

    private static final Logger LOG = Logger.getLogger(AlertPublisher.class);

    private final Emitter<byte[]> emitter;
    private final AlertRepository alerts;
    private final Duration ackTimeout;

    public AlertPublisher(@Channel(CHANNEL) Emitter<byte[]> emitter, AlertRepository alerts, AlertSettings settings) {
        this.emitter = emitter;
        this.alerts = alerts;
        this.ackTimeout = settings.publishTimeout();
    }

    /**
     * Publishes what is pending, oldest first, and stops at the first failure so a resolved event never overtakes
     * its firing event. Synchronized: two rounds of one instance never send the same transition.
     *
     * @return how many were published
     */
    public synchronized int publishPending() throws SQLException {
        int published = 0;
        for (Transition transition : alerts.unpublished()) {
            try {
                send(transition);
            } catch (Exception e) {
                LOG.warnf("alert event %s (%s) not acknowledged (%s); retried next round", transition.alertId(),
                        transition.state(), e.getMessage());
                break;
            }
            alerts.markPublished(transition.seq());
            published++;
        }
        return published;
    }

    private void send(Transition transition) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_EVENT_ID,
                (transition.alertId() + "#" + transition.state()).getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_EVENT_TYPE, EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
        AcknowledgedSend.send(emitter, transition.event().getBytes(StandardCharsets.UTF_8),
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(transition.alertId()).withHeaders(headers).build())
                .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
