package dev.shelfwise.stack.chaos;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.shelfwise.stack.chaos.Orders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recomputation of matrix-service's "bought together" counts. */
class BasketFiguresTest {
    private final List<ChaosOrder> orders = List.of(
            order("O1", "C1", "2026-03-02T10:00:00Z", "onsite", "A:x:1:1.00", "B:x:1:1.00", "C:y:1:1.00"),
            order("O2", "C2", "2026-03-02T11:00:00Z", "onsite", "A:x:2:1.00", "B:x:1:1.00"),
            order("O3", "C3", "2026-03-03T11:00:00Z", "onsite", "B:x:1:1.00", "A:x:1:1.00"),
            order("O4", "C4", "2026-02-01T11:00:00Z", "onsite", "A:x:1:1.00", "C:y:1:1.00")); // before the window

    @Test
    void ordersSkusAndPairsOfTheWindow() {
        BasketFigures baskets = new BasketFigures(orders, ZoneOffset.UTC, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 50);
        assertEquals(3, baskets.orders());
        assertEquals(3, baskets.skuOrders("A"));
        assertEquals(1, baskets.skuOrders("C"));
        assertEquals(Map.of("B", new BasketFigures.Partner(3, 3), "C", new BasketFigures.Partner(1, 1)), baskets.partners("A", 1));
        assertEquals(Map.of("B", new BasketFigures.Partner(3, 3)), baskets.partners("A", 3), "the support floor");
    }

    @Test
    void anOrderWithTooManySkusCountsButIsNotPaired() {
        BasketFigures baskets = new BasketFigures(orders, ZoneOffset.UTC, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 2);
        assertEquals(3, baskets.orders());
        assertEquals(Map.of("B", new BasketFigures.Partner(2, 3)), baskets.partners("A", 1));
    }
}
