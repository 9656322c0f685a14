package dev.shelfwise.matrix.products;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FactDerivationsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final ZoneId UTC = ZoneOffset.UTC;

    @ParameterizedTest(name = "list {0}, paid {1} -> promo {2}")
    @CsvSource({
            "100, 45, 45",      // paid less than list: the promotion price
            "100, 100, ",       // paid list price: no promotion price
            "100, 120, ",       // paid more (e.g. a price rise in the window): no promotion price
            "100, , ",          // nothing sold
            "100, 0, ",         // nothing paid (fully refunded): not a price
    })
    void promoPriceIsWhatShoppersPaidWhenBelowList(BigDecimal list, BigDecimal paid, BigDecimal promo) {
        assertEquals(promo, FactDerivations.promoPrice(list, paid));
    }

    @Test
    void unitCostPrefersTheStockOnHand() {
        assertEquals(new BigDecimal("12"), FactDerivations.unitCost(new BigDecimal("12"), new BigDecimal("10")));
        assertEquals(new BigDecimal("10"), FactDerivations.unitCost(null, new BigDecimal("10")));
        assertNull(FactDerivations.unitCost(null, null));
    }

    @Test
    void ageFromTheReceiptDate() {
        Instant received = AS_OF.minusDays(120).atStartOfDay(UTC).toInstant();
        assertEquals(120, FactDerivations.inventoryAgeDays(10, received, null, AS_OF, UTC));
        assertEquals(0, FactDerivations.inventoryAgeDays(10, AS_OF.plusDays(1).atStartOfDay(UTC).toInstant(), null,
                AS_OF, UTC));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0-90=40                     | 0",
            "0-90=40,181-270=500         | 181",
            "91-180=5,181-270=0          | 91",   // an empty bucket does not age the stock
            "0-90=1,365+=2               | 365",
    })
    void ageFromBucketsIsTheStartOfTheOldestBucketWithUnits(String buckets, int age) {
        Map<String, Integer> map = new HashMap<>();
        for (String entry : buckets.split(",")) {
            String[] parts = entry.split("=");
            map.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
        }
        assertEquals(age, FactDerivations.inventoryAgeDays(10, null, map, AS_OF, UTC));
    }

    @Test
    void nothingOnHandIsNotOldAndUnknownAgeStaysUnknown() {
        assertEquals(0, FactDerivations.inventoryAgeDays(0, null, null, AS_OF, UTC));
        assertNull(FactDerivations.inventoryAgeDays(5, null, null, AS_OF, UTC));
    }

    @ParameterizedTest(name = "on hand {0}, {1} units in {2} days -> {3} weeks")
    @CsvSource({
            "200, 100, 30, 8.57",    // 100 units in 30 days = 23.33 a week
            "500, 10, 30, 214.29",
            "70, 10, 7, 7.00",
            "0, 10, 30, 0",
            "10, 0, 30, 9999",       // stock that does not sell: unbounded
    })
    void weeksOfCoverIsStockOverWeeklyUnits(int onHand, long units, int days, BigDecimal weeks) {
        assertEquals(0, weeks.compareTo(FactDerivations.weeksOfCover(onHand, units, days)));
    }

    @Test
    void weeksOfCoverNeedsStockAndSales() {
        assertNull(FactDerivations.weeksOfCover(null, 10L, 30));
        assertNull(FactDerivations.weeksOfCover(10, null, 30));
    }

    @Test
    void negativeNetGmvCountsAsZero() {
        assertEquals(BigDecimal.ZERO, FactDerivations.gmv(new BigDecimal("-5")));
        assertEquals(BigDecimal.TEN, FactDerivations.gmv(BigDecimal.TEN));
        assertNull(FactDerivations.gmv(null));
    }
}
