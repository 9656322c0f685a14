package dev.shelfwise.clearance.alerts.publish;

import dev.shelfwise.clearance.alerts.repository.AlertRecord;
import dev.shelfwise.clearance.alerts.repository.AlertRepository;
import dev.shelfwise.clearance.alerts.service.AlertChanged;
import dev.shelfwise.clearance.alerts.service.AlertService;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes alert changes to {@code alerts.v1} (keyed by alert id) once their transaction committed, and records
 * which version Kafka acknowledged. A change Kafka did not acknowledge (broker down) stays pending in the database and
 * is published again at the next start: at least once, never for a change that rolled back.
 */
@ApplicationScoped
public class AlertPublisher {
    private static final Logger LOG = Logger.getLogger(AlertPublisher.class);

    /** The outgoing channel (see application.properties). */
    public static final String CHANNEL = "alerts";

    private final Emitter<byte[]> emitter;
    private final AlertRepository alerts;
    private final AlertService service;
    private final AlertMetrics metrics;

    public AlertPublisher(@Channel(CHANNEL) Emitter<byte[]> emitter, AlertRepository alerts, AlertService service,
                          AlertMetrics metrics) {
        this.emitter = emitter;
        this.alerts = alerts;
        this.service = service;
        this.metrics = metrics;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        metrics.update(change.firingByKind());
        publish(change.event(), change.version());
    }

    void onStart(@Observes StartupEvent start) {
        List<AlertRecord> pending = QuarkusTransaction.requiringNew().call(() -> {
            metrics.update(alerts.firingByKind());
            return alerts.unpublished();
        });
        pending.forEach(alert -> publish(service.toEvent(alert), alert.version));
    }

    private void publish(AlertEvent event, int version) {
        Message<byte[]> message = Message.of(json(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.id()).build())
                .withAck(() -> CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                        .run(() -> alerts.markPublished(event.id(), version)), Infrastructure.getDefaultWorkerPool()))
                .withNack(failure -> {
                    LOG.warnf("alert %s v%d not published, retried at the next start: %s", event.id(), version,
                            failure.getMessage());
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
    }

    private static byte[] json(AlertEvent event) {
        try {
            return EventJson.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
