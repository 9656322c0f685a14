package dev.shelfwise.matrix.baskets;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.matrix.MatrixConfig;
import dev.shelfwise.matrix.baskets.repository.BasketRepository;
import dev.shelfwise.matrix.baskets.repository.BasketRepository.PairCount;
import dev.shelfwise.matrix.events.InvalidRecordException;
import dev.shelfwise.matrix.persistence.DataVersion;
import dev.shelfwise.matrix.products.CategoryScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.shelfwise.matrix.events.Records.require;

/**
 * "Bought together" from orders.v1: counts orders, orders per SKU and orders per SKU pair per day over the trailing
 * window (default 90 days), and turns them into lifts. Bounded: days older than the window are pruned, orders with
 * too many SKUs are not paired, and a pair that stays below the support floor after its grace period is dropped (so a
 * rare pair's count restarts if it comes back: pairs under the floor are approximate, pairs above it exact).
 */
@ApplicationScoped
public class BasketService {
    private static final Logger LOG = Logger.getLogger(BasketService.class);

    /** What became of an order. */
    public enum Outcome { COUNTED, DUPLICATE, OUTSIDE_WINDOW }

    private final BasketRepository repository;
    private final MatrixConfig.Basket settings;
    private final Clock clock;
    private final Event<DataVersion.Changed> changes;

    public BasketService(BasketRepository repository, MatrixConfig config, Clock clock,
                         Event<DataVersion.Changed> changes) {
        this.repository = repository;
        this.settings = config.basket();
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * Counts an order once: its event id is recorded in the same transaction as the counts, so a redelivered order
     * (same id) changes nothing. An order older than the window counts for nothing and is not recorded.
     */
    @Transactional
    public Outcome record(OrderEvent order, String eventId) {
        require(order.orderId(), "orderId");
        require(order.placedAt(), "placedAt");
        require(order.lines(), "lines");
        String id = eventId != null ? eventId : order.naturalId();
        LocalDate day = order.placedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        if (day.isBefore(windowStart())) {
            return Outcome.OUTSIDE_WINDOW;
        }
        if (!repository.markProcessed(id, day, Instant.now(clock))) {
            return Outcome.DUPLICATE;
        }
        List<String> skus = BasketPairs.skus(order.lines());
        if (skus.isEmpty()) {
            throw new InvalidRecordException("order " + order.orderId() + " has no SKU");
        }
        List<List<String>> pairs = BasketPairs.pairs(skus, settings.maxSkusPerOrder());
        repository.countOrder(day, json(skus), json(pairs), !pairs.isEmpty());
        changes.fire(new DataVersion.Changed());
        return Outcome.COUNTED;
    }

    /**
     * Lift per partner for every SKU with a pair at or above the floor and at least one SKU in the scope; null when
     * the window holds no order at all (no basket data, as opposed to "never bought together").
     */
    @Transactional
    public Map<String, Map<String, BigDecimal>> lifts(CategoryScope scope) {
        LocalDate from = windowStart();
        LocalDate to = today();
        long orders = repository.orders(from, to);
        if (orders == 0) {
            return null;
        }
        Map<String, Map<String, BigDecimal>> lifts = new HashMap<>();
        for (PairCount pair : repository.pairs(scope, from, to, settings.minPairOrders())) {
            BigDecimal lift = BasketPairs.lift(pair.together(), orders, pair.ordersA(), pair.ordersB());
            if (lift != null) {
                lifts.computeIfAbsent(pair.skuA(), sku -> new HashMap<>()).put(pair.skuB(), lift);
                lifts.computeIfAbsent(pair.skuB(), sku -> new HashMap<>()).put(pair.skuA(), lift);
            }
        }
        return lifts;
    }

    /** One SKU's baskets over the window: its partners at or above the floor, best lift first. */
    @Transactional
    public BoughtTogether boughtTogether(String sku) {
        LocalDate from = windowStart();
        LocalDate to = today();
        long orders = repository.orders(from, to);
        long skuOrders = repository.skuOrders(sku, from, to);
        List<BoughtTogether.Partner> partners = repository.pairsOf(sku, from, to, settings.minPairOrders()).stream()
                .map(pair -> {
                    boolean first = pair.skuA().equals(sku);
                    return new BoughtTogether.Partner(first ? pair.skuB() : pair.skuA(), pair.together(),
                            first ? pair.ordersB() : pair.ordersA(),
                            BasketPairs.lift(pair.together(), orders, pair.ordersA(), pair.ordersB()));
                })
                .sorted(Comparator.comparing(BoughtTogether.Partner::lift,
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(BoughtTogether.Partner::sku))
                .toList();
        return new BoughtTogether(sku, from, to, settings.minPairOrders(), orders, skuOrders, partners);
    }

    /** Drops days before the window, their order ids, and pairs still below the floor after their grace period. */
    @Transactional
    public void prune() {
        LocalDate from = windowStart();
        int old = repository.pruneBefore(from);
        int weak = repository.pruneWeakPairs(from, today().minusDays(settings.pairGraceDays()),
                settings.minPairOrders());
        changes.fire(new DataVersion.Changed());
        LOG.debugf("basket pruning: %s rows before %s, %s rows of pairs below the floor", (Object) old, from, weak);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate windowStart() {
        return today().minusDays(settings.windowDays() - 1L);
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
