package dev.shelfwise.matrix.categories;

import dev.shelfwise.contracts.CategoryStats;
import dev.shelfwise.matrix.categories.repository.CategoryStatsRepository;
import dev.shelfwise.matrix.categories.repository.CategoryStatsSnapshot;
import dev.shelfwise.matrix.persistence.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.shelfwise.matrix.events.Records.require;
import static dev.shelfwise.matrix.events.Records.requireNonNegative;

/** Applies category-stats as upserts by category (latest wins) and reads them for the category strategy. */
@ApplicationScoped
public class CategoryStatsService {

    private final CategoryStatsRepository repository;
    private final Clock clock;
    private final Event<DataVersion.Changed> changes;

    public CategoryStatsService(CategoryStatsRepository repository, Clock clock, Event<DataVersion.Changed> changes) {
        this.repository = repository;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    public void apply(CategoryStats stats) {
        require(stats.category(), "category");
        requireNonNegative(stats.orders30d(), "orders30d");
        requireNonNegative(stats.customers365d(), "customers365d");
        requireNonNegative(stats.crossCustomers365d(), "crossCustomers365d");
        repository.upsert(stats, Instant.now(clock));
        changes.fire(new DataVersion.Changed());
    }

    @Transactional
    public void remove(String category) {
        require(category, "key");
        repository.remove(category);
        changes.fire(new DataVersion.Changed());
    }

    /** Every category's latest figures, by category. */
    @Transactional
    public Map<String, CategoryStatsSnapshot> all() {
        return repository.listAll().stream()
                .collect(Collectors.toMap(stats -> stats.category, Function.identity()));
    }
}
