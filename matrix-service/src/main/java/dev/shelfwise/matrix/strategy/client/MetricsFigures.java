package dev.shelfwise.matrix.strategy.client;

import java.util.List;

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
}
