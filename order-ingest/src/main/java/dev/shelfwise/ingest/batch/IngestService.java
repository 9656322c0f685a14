package dev.shelfwise.ingest.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.ingest.IngestConfig;
import dev.shelfwise.ingest.connectors.CategoryDirectory;
import dev.shelfwise.ingest.connectors.MappedEvent;
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
    private final CategoryDirectory categories;
    private final Map<EventType, Counter> acceptedCounters = new EnumMap<>(EventType.class);
    private final Map<EventType, Counter> rejectedCounters = new EnumMap<>(EventType.class);

    public IngestService(IngestConfig config, EventPublisher publisher, MeterRegistry registry,
                         CategoryDirectory categories) {
        this.categories = categories;
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
        publish(valid);
        rejectedCounters.get(type).increment(rejected.size());
        return new BatchResult(valid.size(), rejected);
    }

    /**
     * Validates the events made from one platform payload (or one order's export rows) together: they are written
     * all or not at all, so a refund never goes out without its order.
     */
    public Checked check(List<MappedEvent> events, String platform) {
        List<ShelfwiseEvent> valid = new ArrayList<>(events.size());
        List<String> problems = new ArrayList<>();
        for (MappedEvent mapped : events) {
            Validation verdict = validator.validate(mapped.type(), mapped.item(), platform);
            if (verdict instanceof Validation.Valid accepted) {
                valid.add(accepted.event());
                continue;
            }
            rejectedCounters.get(mapped.type()).increment();
            String subject = mapped.type() == EventType.ORDER ? "" : mapped.type().label() + " "
                    + mapped.item().path(EventValidator.idField(mapped.type())).asText("") + ": ";
            if (verdict instanceof Validation.Invalid invalid) {
                invalid.errors().forEach(error -> problems.add(subject + error.field() + " " + error.message()));
            } else if (verdict instanceof Validation.ForeignPlatform foreign) {
                problems.add(subject + "names platform '" + foreign.platform() + "'");
            }
        }
        return new Checked(problems.isEmpty() ? List.copyOf(valid) : List.of(), List.copyOf(problems));
    }

    /** The events of a checked payload when all were valid, else the problems (field path and reason). */
    public record Checked(List<ShelfwiseEvent> events, List<String> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * Writes the events and returns once Kafka acknowledged each; counts them, and remembers the categories of
     * catalog entries so the next platform order lines find them at once.
     */
    public void publish(List<ShelfwiseEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        publisher.publishAll(events);
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        for (ShelfwiseEvent event : events) {
            counts.merge(event.type(), 1, Integer::sum);
            if (event instanceof CatalogEvent product) {
                categories.remember(product.platform(), product.sku(), product.category());
            }
        }
        counts.forEach((type, count) -> acceptedCounters.get(type).increment(count));
    }
}
