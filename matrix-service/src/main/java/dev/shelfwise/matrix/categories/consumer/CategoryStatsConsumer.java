package dev.shelfwise.matrix.categories.consumer;

import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.matrix.categories.CategoryStatsService;
import dev.shelfwise.matrix.events.InvalidRecordException;
import dev.shelfwise.matrix.events.Records;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes category-stats.v1 (compacted, from metrics-service): applied in its own transaction, acknowledged after
 * the commit; transient failures retried in place, unusable records to {@code category-stats.v1-dlq}.
 */
@ApplicationScoped
public class CategoryStatsConsumer {
    public static final String CATEGORY_STATS = "category-stats";

    static final int RETRIES = 5;
    static final long RETRY_DELAY_MS = 1000;

    private final CategoryStatsService categoryStats;

    public CategoryStatsConsumer(CategoryStatsService categoryStats) {
        this.categoryStats = categoryStats;
    }

    @Incoming(CATEGORY_STATS)
    @Blocking
    @Retry(maxRetries = RETRIES, delay = RETRY_DELAY_MS, abortOn = InvalidRecordException.class)
    public void categoryStats(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            categoryStats.remove(record.key());
        } else {
            categoryStats.apply(Records.read(record, CategoryStats.class));
        }
    }
}
