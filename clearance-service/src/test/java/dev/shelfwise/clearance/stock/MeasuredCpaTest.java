package dev.shelfwise.clearance.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shelfwise.clearance.plans.ChannelKind;
import dev.shelfwise.clearance.plans.ChannelOption;
import dev.shelfwise.clearance.plans.ChannelPlan;
import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.plans.ClearanceRequest;
import dev.shelfwise.clearance.plans.CpaSource;
import dev.shelfwise.clearance.plans.PlanRanking;
import dev.shelfwise.clearance.plans.RankedPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trailing 7 days ending 7 March (1 → 7 March). Channel "ads", in the window: orders on 1 March (1 unit, 10 − 4),
 * 3 March (2 units, 18 − 8, fees 1) and 7 March (1 unit, 10 − 4); ad spend 12 (40 clicks) on 1 March and 8 (20 clicks)
 * on 5 March. Outside it: an order and spend on 28 February, spend on 8 March.
 * Measured: 3 orders, 4 units, spend 12 + 8 + 1 = 21, P = 6 + 10 + 6 = 22, CPA = (21 − 22) / 4 = −0.25,
 * conversion 3 / 60 = 0.05.
 */
class MeasuredCpaTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 7);
    private static final int WEEK = ClearanceConfig.DEFAULT_MEASURED_WINDOW_DAYS;

    private static final List<AttributedSale> SALES = List.of(
            sale("ads", "2026-02-28", 5, "50", "20", null),
            sale("ads", "2026-03-01", 1, "10", "4", null),
            sale("ads", "2026-03-03", 2, "18", "8", "1"),
            sale("ads", "2026-03-07", 1, "10", "4", null),
            sale("cut", "2026-03-02", 1, "7", "4", null));
    private static final List<ChannelAdSpend> SPEND = List.of(
            new ChannelAdSpend("ads", LocalDate.parse("2026-02-28"), new BigDecimal("50"), 100),
            new ChannelAdSpend("ads", LocalDate.parse("2026-03-01"), new BigDecimal("12"), 40),
            new ChannelAdSpend("ads", LocalDate.parse("2026-03-05"), new BigDecimal("8"), 20),
            new ChannelAdSpend("ads", LocalDate.parse("2026-03-08"), new BigDecimal("100"), 500));

    @Test
    void measuresTheTrailingWindowOnly() {
        MeasuredCpa ads = MeasuredCpa.measure("ads", SALES, SPEND, AS_OF, WEEK);

        assertEquals(LocalDate.of(2026, 3, 1), ads.from());
        assertEquals(AS_OF, ads.to());
        assertEquals(3, ads.orders());
        assertEquals(4, ads.units());
        assertEquals(60, ads.clicks());
        assertAmount("20", ads.adSpend());
        assertAmount("1", ads.fees());
        assertAmount("21", ads.spend());
        assertAmount("22", ads.grossProfit());
        assertAmount("-0.25", ads.cpa());
        assertAmount("0.05", ads.conversionRate());
    }

    @Test
    void channelsWithoutClicksKeepNoMeasuredConversion() {
        // cut: 1 order of 1 unit, P = 7 − 4 = 3, nothing spent: CPA −3; no clicks, no conversion
        Map<String, MeasuredCpa> all = MeasuredCpa.measureAll(SALES, SPEND, AS_OF, WEEK);

        assertEquals(List.of("ads", "cut"), List.copyOf(all.keySet()));
        assertAmount("-3", all.get("cut").cpa());
        assertNull(all.get("cut").conversionRate());
    }

    @Test
    void aChannelWithSpendButNoOrdersHasNoCpa() {
        MeasuredCpa idle = MeasuredCpa.measure("idle", List.of(),
                List.of(new ChannelAdSpend("idle", AS_OF, new BigDecimal("30"), 90)), AS_OF, WEEK);

        assertNull(idle.cpa());
        assertAmount("0", idle.conversionRate());
        assertFalse(idle.enoughOrders(0), "no unit sold: nothing to replace the estimate with");
    }

    @ParameterizedTest(name = "minimum {0} orders -> {1}")
    @CsvSource({
            // 3 orders measured: a minimum of 3 or less switches to the measurement
            "1, MEASURED, -0.25, 0.05",
            "3, MEASURED, -0.25, 0.05",
            // 4 or more: the estimate stays (CPA 2.05 from 805 − 600 over 100 orders, conversion 0.04)
            "4, ESTIMATE, 2.05, 0.04",
            "20, ESTIMATE, 2.05, 0.04"})
    void rankingUsesTheMeasurementOnceThereAreEnoughOrders(int minimum, CpaSource source, String cpa,
                                                           String conversion) {
        MeasuredCpa measured = MeasuredCpa.measure("ads", SALES, SPEND, AS_OF, WEEK);
        ChannelPlan used = measured.applyTo(estimate("ads", "80"), minimum);

        assertEquals(source, used.cpaSource());
        assertAmount(cpa, used.cpa());
        assertAmount(conversion, used.conversionRate());
    }

    @Test
    void measuredCpaAtTheFloorMakesThePlanNotViableAndReRanks() {
        // estimates: ads (80/day) 2.05; other (100/day): spend 1000 + 5 = 1005, CPA (1005 − 600)/100 = 4.05.
        // Estimated order: ads, other. Measured ads: 20 orders of 1 unit at 10 − 4 = 6, ad spend 220:
        // CPA (220 − 120)/20 = 5.00 = the floor -> not viable, ranked after other
        List<AttributedSale> sales = IntStream.range(0, 20)
                .mapToObj(i -> sale("ads", "2026-03-05", 1, "10", "4", null)).toList();
        List<ChannelAdSpend> spend = List.of(new ChannelAdSpend("ads", AS_OF, new BigDecimal("220"), 400));
        List<ChannelPlan> estimates = List.of(estimate("ads", "80"), estimate("other", "100"));
        Map<String, MeasuredCpa> measured = MeasuredCpa.measureAll(sales, spend, AS_OF, WEEK);

        List<ChannelPlan> live = MeasuredCpa.applyAll(estimates, measured,
                ClearanceConfig.DEFAULT_MINIMUM_MEASURED_ORDERS);
        List<RankedPlan> ranking = PlanRanking.rank(live, ClearanceConfig.DEFAULT_TIE_TOLERANCE);

        assertEquals(List.of("ads", "other"), PlanRanking.rank(estimates, ClearanceConfig.DEFAULT_TIE_TOLERANCE)
                .stream().map(r -> r.plan().channelId()).toList());
        assertEquals(List.of("other", "ads"), ranking.stream().map(r -> r.plan().channelId()).toList());
        assertAmount("5", live.get(0).cpa());
        assertAmount("500", live.get(0).netCost());
        assertEquals("not viable: CPA 5.00 is not below the destruction floor 5.00 (unit cost + disposal fee): destroy"
                + " or liquidate instead", ranking.get(1).reason());
        assertSame(estimates.get(1), live.get(1), "no measurement: the estimate itself");
    }

    @Test
    void aMeasurementOnlyReplacesItsOwnChannel() {
        MeasuredCpa ads = MeasuredCpa.measure("ads", SALES, SPEND, AS_OF, WEEK);
        ChannelPlan other = estimate("deal", "80");

        assertThrows(IllegalArgumentException.class, () -> ads.applyTo(other, 1));
    }

    /**
     * On-site ads at 10 orders a day, conversion 0.04, on the lot Q 100, c 4, p 10, d 1, h 0.01:
     * spend = 10 × adSpendPerDay + holding 5, P = 600, CPA = (spend − 600) / 100.
     */
    private static ChannelPlan estimate(String id, String adSpendPerDay) {
        ChannelOption option = new ChannelOption(id, ChannelKind.ONSITE_ADS, null, null, new BigDecimal(adSpendPerDay),
                null, null, null, BigDecimal.TEN, new BigDecimal("0.04"));
        ClearanceRequest request = new ClearanceRequest("MUG-01", 100L, new BigDecimal("4"), BigDecimal.TEN,
                BigDecimal.ONE, new BigDecimal("0.01"), null, null, List.of(option));
        return ChannelPlan.evaluate(request, option, OptionalLong.empty(), ClearanceConfig.defaults());
    }

    private static AttributedSale sale(String channel, String day, long units, String revenue, String cost,
                                       String fees) {
        return new AttributedSale(channel, LocalDate.parse(day), units, new BigDecimal(revenue), new BigDecimal(cost),
                fees == null ? null : new BigDecimal(fees));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}
