package dev.shelfwise.matrix.categories.consumer;

import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.matrix.categories.CategoryStatsService;
import dev.shelfwise.matrix.events.DatabaseUnavailable;
import dev.shelfwise.matrix.events.Records;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes category-stats.v1 (compacted, from metrics-service): applied in its own transaction, acknowledged after
 * the commit; a database outage is retried until the record commits ({@link DatabaseUnavailable}), unusable
 * records go to {@code category-stats.v1-dlq}.
 */
@ApplicationScoped
@Retry(maxRetries = -1, maxDuration = 0, delay = DatabaseUnavailable.FIRST_PAUSE_MS)
@ExponentialBackoff(maxDelay = DatabaseUnavailable.LONGEST_PAUSE_MS)
@RetryWhen(exception = DatabaseUnavailable.class)
public class CategoryStatsConsumer {
    public static final String CATEGORY_STATS = "category-stats";

    private final CategoryStatsService categoryStats;

    public CategoryStatsConsumer(CategoryStatsService categoryStats) {
        this.categoryStats = categoryStats;
    }

    @Incoming(CATEGORY_STATS)
    @Blocking
    public void categoryStats(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            categoryStats.remove(record.key());
        } else {
            categoryStats.apply(Records.read(record, CategoryStats.class));
        }
    }
}
