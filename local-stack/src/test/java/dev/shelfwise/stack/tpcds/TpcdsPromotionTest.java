package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TpcdsPromotionTest {
    private static List<String> promotion(long key, Object start, Object end) {
        Map<String, Object> values = new HashMap<>();
        values.put("p_promo_sk", key);
        values.put("p_promo_id", "P" + key);
        values.put("p_start_date_sk", start);
        values.put("p_end_date_sk", end);
        values.put("p_promo_name", "ought");
        return Rows.row(Table.PROMOTION, values);
    }

    @Test
    void theMostUsedPromotionKeepsItsDaysInTheLastFullYearOfSales() {
        List<List<String>> rows = List.of(
                promotion(1, 2_450_164, 2_450_185), // 1996-03-21 .. 1996-04-11
                promotion(2, 2_450_118, 2_450_150),
                promotion(3, null, 2_450_150),      // most used, but without a window
                promotion(4, 2_450_675, 2_450_712));
        TpcdsPromotion chosen = TpcdsPromotion.mostUsed(rows, Map.of(1L, 40L, 2L, 40L, 3L, 90L, 4L, 10L), new TpcdsCalendar(22));
        assertEquals(1, chosen.key()); // a tie goes to the lower key
        assertEquals("tpcds-promo-1", chosen.id());
        assertEquals(LocalDate.of(2024, 3, 21), chosen.start());
        assertEquals(LocalDate.of(2024, 4, 11), chosen.end());
        assertEquals(Map.of("name", "TPC-DS promotion P1 (ought)", "theme", "tpcds", "start", "2024-03-21", "end", "2024-04-11",
                "goal", "sales", "coreCount", 3, "auxiliaryCount", 3), chosen.body());
        assertNull(TpcdsPromotion.mostUsed(rows, Map.of(), new TpcdsCalendar(22)));
    }
}
