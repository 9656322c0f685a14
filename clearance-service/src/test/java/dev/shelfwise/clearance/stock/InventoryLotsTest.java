package dev.shelfwise.clearance.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryLotsTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @CsvSource({"0-90, 0", "91-180, 91", "271-365, 271", "365+, 366"})
    void aBucketStartsAtItsFirstDay(String label, int firstDay) {
        assertEquals(firstDay, InventoryLots.firstDay(label));
    }

    @Test
    void bucketsWinOverTheReceivedDateAndSkipEmptyOnes() {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        buckets.put("0-90", 40);
        buckets.put("91-180", 0);
        buckets.put("181-270", 500);

        List<StockLot> lots = InventoryLots.atSnapshot(540, buckets, SNAPSHOT.minusDays(10), SNAPSHOT);

        assertEquals(List.of(new StockLot(40, 0), new StockLot(500, 181)), lots);
    }

    @Test
    void aReceivedDateGivesOneLotOfItsAge() {
        assertEquals(List.of(new StockLot(400, 120)),
                InventoryLots.atSnapshot(400, null, SNAPSHOT.minusDays(120), SNAPSHOT));
        assertEquals(List.of(new StockLot(7, 0)), InventoryLots.atSnapshot(7, Map.of(), null, SNAPSHOT));
        assertEquals(List.of(), InventoryLots.atSnapshot(0, null, SNAPSHOT, SNAPSHOT));
    }

    @Test
    void lotsAgeWithTheCalendar() {
        List<StockLot> aged = InventoryLots.asOf(List.of(new StockLot(40, 0), new StockLot(500, 181)), SNAPSHOT,
                SNAPSHOT.plusDays(5));

        assertEquals(List.of(new StockLot(40, 5), new StockLot(500, 186)), aged);
    }

    @Test
    void anUnknownBucketLabelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InventoryLots.firstDay("old"));
    }
}
