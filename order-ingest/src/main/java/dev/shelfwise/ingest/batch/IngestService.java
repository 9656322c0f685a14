package dev.shelfwise.ingest.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.ingest.IngestConfig;
import dev.shelfwise.ingest.publish.EventPublisher;
import dev.shelfwise.ingest.validation.EventValidator;
import dev.shelfwise.ingest.validation.Validation;
import dev.shelfwise.ingest.validation.ValidationRules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates a batch item by item, writes the valid events durably, and reports per item. */
@ApplicationScoped
public class IngestService {
    private final BatchReader reader;
    private final EventValidator validator;
    private final EventPublisher publisher;
    private final Map<EventType, Counter> acceptedCounters = new EnumMap<>(EventType.class);
    private final Map<EventType, Counter> rejectedCounters = new EnumMap<>(EventType.class);

    public IngestService(IngestConfig config, EventPublisher publisher, MeterRegistry registry) {
        this.reader = new BatchReader(config.maxBatchSize());
        this.validator = new EventValidator(new ValidationRules(Clock.systemUTC(), config.maxFutureSkew(),
                OffsetDateTime.of(config.earliestYear(), 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), config.maxLinesPerOrder()));
        this.publisher = publisher;
        for (EventType type : EventType.values()) {
            acceptedCounters.put(type, counter(registry, type, "accepted"));
            rejectedCounters.put(type, counter(registry, type, "rejected"));
        }
    }

    private static Counter counter(MeterRegistry registry, EventType type, String outcome) {
        return Counter.builder("shelfwise.ingest.events")
                .description("Events received by order-ingest, by type and outcome")
                .tag("type", type.label())
                .tag("outcome", outcome)
                .register(registry);
    }

    public BatchResult ingest(EventType type, byte[] body, boolean ndjson, String callerPlatform) {
        List<JsonNode> items = ndjson ? reader.readLines(body) : reader.readArray(body);
        if (items.isEmpty()) {
            throw new MalformedBatchException("the batch is empty: send at least one event", 1, 1);
        }
        List<ShelfwiseEvent> valid = new ArrayList<>(items.size());
        List<BatchResult.Rejection> rejected = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            Validation verdict = validator.validate(type, items.get(index), callerPlatform);
            if (verdict instanceof Validation.Valid accepted) {
                valid.add(accepted.event());
            } else if (verdict instanceof Validation.Invalid invalid) {
                rejected.add(new BatchResult.Rejection(index, invalid.id(), invalid.errors()));
            } else if (verdict instanceof Validation.ForeignPlatform foreign) {
                throw new ForeignPlatformException(index, foreign.platform(), callerPlatform);
            }
        }
        if (!valid.isEmpty()) {
            publisher.publishAll(valid);
        }
        acceptedCounters.get(type).increment(valid.size());
        rejectedCounters.get(type).increment(rejected.size());
        return new BatchResult(valid.size(), rejected);
    }
}
