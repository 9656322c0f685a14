package dev.shelfwise.metrics.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one record through an emitter and completes when Kafka acknowledged it (or failed). Every producer of this
 * service needs to know a record is durable before it forgets it: dead letters, stats, alerts.
 */
public final class AcknowledgedSend {
    private AcknowledgedSend() {
    }

    public static CompletableFuture<Void> send(Emitter<byte[]> emitter, byte[] value,
                                               OutgoingKafkaRecordMetadata<String> metadata) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        emitter.send(Message.of(value)
                .addMetadata(metadata)
                .withAck(() -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }
}
