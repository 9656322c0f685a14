package dev.shelfwise.metrics.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossCategoryPenetrationTest {

    private static final String BOOKS = "books";
    private static final String MATERNAL = "maternal & child";
    private static final String TOYS = "toys";

    @ParameterizedTest(name = "{0}: {2} of {1} → {3}")
    @CsvSource({
            "books,              10000, 230,  0.0230",
            "'maternal & child', 5000,  1450, 0.2900",
            "toys,               3,     1,    0.3333",
            "toys,               3,     2,    0.6667",
            "toys,               7,     7,    1.0000",
            "toys,               7,     0,    0.0000",
    })
    void rateFromCounts(String category, long customers, long crossCustomers, String expectedRate) {
        CategoryPenetration row = CrossCategoryPenetration.of(category, customers, crossCustomers);
        assertEquals(new BigDecimal(expectedRate), row.rate());
        assertEquals(customers, row.customers());
        assertEquals(crossCustomers, row.crossCustomers());
    }

    @Test
    void seedsFromCustomerPurchases() {
        // 10,000 books customers, 230 of them also bought toys; 5,000 maternal & child customers, 1,450 also toys
        Map<String, Set<String>> bought = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            bought.put("b" + i, i < 230 ? Set.of(BOOKS, TOYS) : Set.of(BOOKS));
        }
        for (int i = 0; i < 5_000; i++) {
            bought.put("m" + i, i < 1_450 ? Set.of(MATERNAL, TOYS) : Set.of(MATERNAL));
        }

        List<CategoryPenetration> rows = CrossCategoryPenetration.fromCustomerCategories(bought);

        assertEquals(List.of(
                new CategoryPenetration(BOOKS, 10_000, 230, new BigDecimal("0.0230")),
                new CategoryPenetration(MATERNAL, 5_000, 1_450, new BigDecimal("0.2900")),
                new CategoryPenetration(TOYS, 1_680, 1_680, new BigDecimal("1.0000"))), rows);
    }

    @Test
    void aCategoryBoughtTwiceIsStillOneCategory() {
        List<CategoryPenetration> rows = CrossCategoryPenetration.fromCustomerCategories(Map.of(
                "alice", List.of(BOOKS, BOOKS),
                "bob", List.of(BOOKS, TOYS)));
        assertEquals(new CategoryPenetration(BOOKS, 2, 1, new BigDecimal("0.5000")), rows.get(0));
        assertEquals(new CategoryPenetration(TOYS, 1, 1, new BigDecimal("1.0000")), rows.get(1));
    }

    @Test
    void noCustomersGiveNoRateAndNoDivisionByZero() {
        assertNull(CrossCategoryPenetration.of(BOOKS, 0, 0).rate());
        assertTrue(CrossCategoryPenetration.fromCustomerCategories(Map.of()).isEmpty());
    }

    @ParameterizedTest(name = "customers {0}, cross {1} is refused")
    @CsvSource({"10, 11", "-1, 0", "10, -1"})
    void impossibleCountsAreRefused(long customers, long crossCustomers) {
        assertThrows(IllegalArgumentException.class,
                () -> CrossCategoryPenetration.of(BOOKS, customers, crossCustomers));
    }
}
