package dev.shelfwise.metrics.stats;

import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.ProductStats;
import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.indices.CategoryPenetration;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.indices.ExplosionCoefficient;
import dev.shelfwise.metrics.messaging.AcknowledgedSend;
import dev.shelfwise.metrics.rollups.RollupReader;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes trailing figures of the SKUs and categories that changed to the compacted {@code product-stats.v1} and
 * {@code category-stats.v1}. "Trailing" is measured from the day of the newest order consumed (data time: live, that
 * is today; a replayed history publishes the figures of its own last days). When that day moves, every recently
 * active key is republished.
 */
@ApplicationScoped
public class StatsPublisher {
    public static final String PRODUCT_CHANNEL = "product-stats";
    public static final String CATEGORY_CHANNEL = "category-stats";
    static final int BATCH = 2_000;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(StatsPublisher.class);

    private final StatsRepository repository;
    private final RollupReader reader;
    private final Emitter<byte[]> products;
    private final Emitter<byte[]> categories;
    private final int windowDays;
    private final java.time.ZoneId zone;
    private volatile LocalDate publishedAsOf;

    public StatsPublisher(StatsRepository repository, RollupReader reader, MetricsConfig config,
                          @Channel(PRODUCT_CHANNEL) Emitter<byte[]> products,
                          @Channel(CATEGORY_CHANNEL) Emitter<byte[]> categories) {
        this.repository = repository;
        this.reader = reader;
        this.products = products;
        this.categories = categories;
        this.windowDays = config.stats().windowDays();
        this.zone = config.timezone();
    }

    @Scheduled(every = "${shelfwise.stats.publish-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishChanged() {
        try {
            publish();
        } catch (Exception e) {
            LOG.warnf("publishing stats failed (%s); the keys stay queued for the next round", e.getMessage());
        }
    }

    /** Publishes everything queued; returns how many records were written. */
    public int publish() throws SQLException {
        OffsetDateTime newest = reader.latestEventTime();
        if (newest == null) {
            return 0;
        }
        LocalDate asOf = newest.atZoneSameInstant(zone).toLocalDate();
        DateRange window = DateRange.daysBefore(asOf.plusDays(1), windowDays);
        if (!asOf.equals(publishedAsOf)) {
            repository.markAllActive(DateRange.of(window.start().minusDays(windowDays), asOf));
            publishedAsOf = asOf;
        }
        int written = 0;
        // taking keys off the queue commits at once; a failed send puts them back
        for (List<String> skus = repository.takeDirty("sku", BATCH); !skus.isEmpty(); skus = repository.takeDirty("sku", BATCH)) {
            List<String> batch = skus;
            written += send(products, "sku", batch, () -> repository.productStats(batch, window, Instant.now()),
                    ProductStats::sku);
        }
        for (List<String> names = repository.takeDirty("category", BATCH); !names.isEmpty();
             names = repository.takeDirty("category", BATCH)) {
            List<String> batch = names;
            written += send(categories, "category", batch, () -> categoryStats(batch, asOf, window), CategoryStats::category);
        }
        return written;
    }

    private interface Query<T> {
        List<T> run() throws SQLException;
    }

    private <T> int send(Emitter<byte[]> emitter, String kind, List<String> keys, Query<T> query, Function<T, String> key)
            throws SQLException {
        try {
            List<T> stats = query.run();
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            for (T value : stats) {
                CompletableFuture<Void> ack = AcknowledgedSend.send(emitter, EventJson.mapper().writeValueAsBytes(value),
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(key.apply(value)).build());
                acks.add(ack);
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return stats.size();
        } catch (Exception e) {
            repository.markDirty(kind, keys); // not lost: published next round
            throw new SQLException("stats of " + keys.size() + " " + kind + " keys not published: " + e.getMessage(), e);
        }
    }

    private List<CategoryStats> categoryStats(List<String> names, LocalDate asOf, DateRange window) throws SQLException {
        Map<String, BigDecimal> sales = repository.categorySales(names, window);
        Map<String, long[]> orders = repository.categoryOrders(names, window);
        Map<String, BigDecimal> lastYear = repository.categorySales(names, window.minusYears(1));
        Map<String, BigDecimal> previous = repository.categorySales(names,
                DateRange.daysBefore(window.start(), windowDays));
        Map<String, CategoryPenetration> penetration = reader.penetration(
                DateRange.daysBefore(asOf.plusDays(1), ExplosionCoefficient.DEFAULT_REFERENCE_DAYS)).stream()
                .collect(Collectors.toMap(CategoryPenetration::category, Function.identity()));
        Instant now = Instant.now();
        List<CategoryStats> stats = new ArrayList<>();
        for (String category : names) {
            BigDecimal gmv = sales.getOrDefault(category, BigDecimal.ZERO);
            CategoryPenetration reach = penetration.get(category);
            stats.add(new CategoryStats(category, asOf, gmv, orders.getOrDefault(category, new long[]{0})[0],
                    reach == null ? 0 : reach.customers(), reach == null ? 0 : reach.crossCustomers(),
                    reach == null ? null : reach.rate(), StatsRepository.growth(gmv, lastYear.get(category)),
                    StatsRepository.growth(gmv, previous.get(category)), now));
        }
        return stats;
    }
}
