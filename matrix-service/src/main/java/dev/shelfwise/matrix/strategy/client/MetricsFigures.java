package dev.shelfwise.matrix.strategy.client;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What metrics-service answered for one promotion. When a call failed, the calls after it were not made (a
 * service that is down or slow would make each of them wait), {@code failure} says which and why, and the figures of
 * the failed and skipped calls are empty.
 *
 * @param explosion   the explosion ranking of last year's comparable window
 * @param newCustomer the new-customer tables of the years that window touches
 * @param penetration the cross-category penetration over the trailing window
 * @param failure     null when every call answered
 */
public record MetricsFigures(List<ExplosionRow> explosion, List<NewCustomerTable> newCustomer,
                             List<PenetrationRow> penetration, String failure) {

    public MetricsFigures {
        explosion = List.copyOf(explosion);
        newCustomer = List.copyOf(newCustomer);
        penetration = List.copyOf(penetration);
    }

    public boolean degraded() {
        return failure != null;
    }

    /** How far metrics-service's data went when it answered (its completeThrough); null when unknown. */
    public OffsetDateTime completeThrough() {
        return newCustomer.stream().map(NewCustomerTable::completeThrough).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
