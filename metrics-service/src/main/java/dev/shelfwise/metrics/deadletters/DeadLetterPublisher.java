package dev.shelfwise.metrics.deadletters;

import dev.shelfwise.metrics.messaging.AcknowledgedSend;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends records that cannot be parsed to {@code <topic>-dlq}, with the reason and origin in headers, and waits for
 * Kafka's acknowledgement so a poison record is never dropped silently. The consumer then goes on with the rest.
 */
@ApplicationScoped
public class DeadLetterPublisher {
    public static final String CHANNEL = "dead-letters";
    public static final String SUFFIX = "-dlq";
    public static final String HEADER_REASON = "dead-letter-reason";
    public static final String HEADER_TOPIC = "dead-letter-topic";
    public static final String HEADER_PARTITION = "dead-letter-partition";
    public static final String HEADER_OFFSET = "dead-letter-offset";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final Emitter<byte[]> emitter;

    public DeadLetterPublisher(@Channel(CHANNEL) Emitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public void send(ConsumerRecord<String, byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(HEADER_REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(HEADER_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add(HEADER_PARTITION, Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add(HEADER_OFFSET, Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Void> acknowledged = AcknowledgedSend.send(emitter,
                record.value() == null ? new byte[0] : record.value(),
                OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(record.topic() + SUFFIX)
                        .withKey(record.key())
                        .withHeaders(headers)
                        .build());
        try {
            acknowledged.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // the batch is retried: the poison record is sent again rather than lost
            throw new IllegalStateException("could not write a dead letter for " + record.topic() + "-" + record.partition()
                    + "@" + record.offset(), e);
        }
    }
}
