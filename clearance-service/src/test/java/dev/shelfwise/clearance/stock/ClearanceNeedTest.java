package dev.shelfwise.clearance.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.plans.ClearanceMath;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defaults: clearance when units are ≥ 90 days old or cover ≥ 12 weeks; excess beyond 90 days of sales. */
class ClearanceNeedTest {

    private static final ClearanceConfig DEFAULTS = ClearanceConfig.defaults();

    @ParameterizedTest(name = "{0} units, {1} days old, {2}/day -> needed {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # onHand | age | daily | needed | weeks | excess | aged
            # cover 100 / (7 × 2) = 7.14 weeks; 90 days sell 180 > 100: no excess; young
            100      | 30  | 2     | false  | 7.14  | 0      | 0
            # exactly 90 days old: aged (bound included)
            100      | 90  | 2     | true   | 7.14  | 0      | 100
            100      | 89  | 2     | false  | 7.14  | 0      | 0
            # cover 168 / 14 = 12.00 weeks exactly: needed (bound included)
            168      | 10  | 2     | true   | 12.00 | 0      | 0
            # 167 / 14 = 11.93: not yet
            167      | 10  | 2     | false  | 11.93 | 0      | 0
            # 300 / 14 = 21.43 weeks; excess 300 − 90 × 2 = 120
            300      | 10  | 2     | true   | 21.43 | 120    | 0
            # nothing sells: cover unlimited (null), all of it is excess
            10       | 10  | 0     | true   |       | 10     | 0
            # nothing on hand: nothing to clear, however old the (empty) lot
            0        | 200 | 0     | false  |       | 0      | 0
            # 100 / 2.1 = 47.62 weeks; 90 × 0.3 = 27 kept, 73 excess
            100      | 10  | 0.3   | true   | 47.62 | 73     | 0
            # 90 × 0.35 = 31.5 -> 32 kept (the unit those sales reach), 68 excess; 100 / 2.45 = 40.82 weeks
            100      | 10  | 0.35  | true   | 40.82 | 68     | 0
            """)
    void decidesFromAgeAndCover(long onHand, int age, String daily, boolean needed, String weeks, long excess,
                                long aged) {
        ClearanceNeed need = ClearanceNeed.assess(StockPosition.of("MUG-01", onHand, age, new BigDecimal(daily)),
                DEFAULTS);

        assertEquals(needed, need.needed());
        assertEquals(needed, !need.reasons().isEmpty());
        if (weeks == null) {
            assertNull(need.weeksOfCover());
        } else {
            assertEquals(new BigDecimal(weeks), ClearanceMath.forDisplay(need.weeksOfCover()));
        }
        assertEquals(excess, need.excessUnits());
        assertEquals(aged, need.agedUnits());
        assertEquals(onHand, need.onHand());
    }

    @Test
    void saysWhy() {
        // 200 units, 120 days old, 1 a day: aged, and 200 / 7 = 28.6 weeks of cover
        ClearanceNeed need = ClearanceNeed.assess(StockPosition.of("MUG-01", 200, 120, BigDecimal.ONE), DEFAULTS);

        assertEquals(List.of("200 units are 90 days old or older (oldest 120 days)", "weeks of cover 28.6 reach 12"),
                need.reasons());
        assertEquals(110, need.excessUnits());
    }

    @Test
    void saysWhenNothingSells() {
        ClearanceNeed need = ClearanceNeed.assess(StockPosition.of("MUG-01", 5, 10, BigDecimal.ZERO), DEFAULTS);

        assertEquals(List.of("nothing sells: the stock never runs out"), need.reasons());
    }

    @Test
    void countsUnitsPerAgeBucket() {
        // 0-90: 10 + 20; 91-180: 30; 181-270: 40; 271-365: 50; 365+ (366 and older): 60. Aged (≥ 90): 20 + … + 60
        StockPosition position = new StockPosition("MUG-01", List.of(new StockLot(10, 0), new StockLot(20, 90),
                new StockLot(30, 91), new StockLot(40, 181), new StockLot(50, 365), new StockLot(60, 366)),
                new BigDecimal("10"));
        ClearanceNeed need = ClearanceNeed.assess(position, DEFAULTS);

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("0-90", 30L);
        expected.put("91-180", 30L);
        expected.put("181-270", 40L);
        expected.put("271-365", 50L);
        expected.put("365+", 60L);
        assertEquals(expected, need.unitsByAgeBucket());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(need.unitsByAgeBucket().keySet()), "in order");
        assertEquals(200, need.agedUnits());
        assertEquals(366, need.oldestAgeDays());
        assertEquals(210, need.onHand());
    }

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource({"0, 0-90", "90, 0-90", "91, 91-180", "180, 91-180", "181, 181-270", "270, 181-270",
            "271, 271-365", "365, 271-365", "366, 365+", "1000, 365+"})
    void ageBucketsAreInclusive(int ageDays, String label) {
        List<AgeBucket> buckets = AgeBucket.fromUpperBounds(DEFAULTS.ageBucketUpperBounds());

        assertEquals(List.of(label), buckets.stream().filter(b -> b.contains(ageDays)).map(AgeBucket::label).toList());
    }
}
