package dev.shelfwise.matrix.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts this instance's committed writes of what the matrix and the strategy read (catalog, traffic, inventory,
 * product and category stats, baskets): {@link RecentAnswers} serve an answer again only while the count is the one
 * it was computed at. Counted after the commit, so an answer computed meanwhile is never taken for the new data's.
 */
@ApplicationScoped
public class DataVersion {

    /** Fired in a transaction that writes stored data. */
    public record Changed() {
    }

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        version.incrementAndGet();
    }
}
