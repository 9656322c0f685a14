package dev.shelfwise.matrix.baskets;

import dev.shelfwise.contracts.OrderLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BasketPairsTest {

    private static OrderLine line(String sku) {
        return new OrderLine(sku, "books", 1, BigDecimal.TEN, null, null);
    }

    @Test
    void skusAreDistinctAndSorted() {
        assertEquals(List.of("A", "B", "C"), BasketPairs.skus(List.of(line("C"), line("A"), line("B"), line("A"))));
    }

    @Test
    void pairsAreEveryUnorderedPairFirstBeforeSecond() {
        assertEquals(List.of(List.of("A", "B"), List.of("A", "C"), List.of("B", "C")),
                BasketPairs.pairs(List.of("A", "B", "C"), 50));
        assertEquals(List.of(), BasketPairs.pairs(List.of("A"), 50));
    }

    @Test
    void aBasketAboveTheLimitIsNotPaired() {
        assertEquals(List.of(), BasketPairs.pairs(List.of("A", "B", "C"), 2));
        assertEquals(1, BasketPairs.pairs(List.of("A", "B"), 2).size());
    }

    @ParameterizedTest(name = "together {0} of {1} orders, a in {2}, b in {3} -> {4}")
    @CsvSource({
            "3, 6, 3, 3, 2",        // always together, half of all orders: twice chance
            "1, 100, 10, 10, 1",    // exactly as chance predicts
            "5, 1000, 10, 50, 10",
            "0, 10, 2, 2, 0",
    })
    void liftIsTogetherTimesOrdersOverBothAlone(long together, long orders, long a, long b, String lift) {
        assertEquals(0, new BigDecimal(lift).compareTo(BasketPairs.lift(together, orders, a, b)));
    }

    @Test
    void liftIsUndefinedWithoutOrders() {
        assertNull(BasketPairs.lift(0, 0, 0, 0));
        assertNull(BasketPairs.lift(1, 10, 0, 1));
    }
}
