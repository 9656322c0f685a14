package dev.shelfwise.clearance.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shelfwise.clearance.plans.ChannelKind;
import dev.shelfwise.clearance.plans.ChannelOption;
import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.plans.ClearancePlanResult;
import dev.shelfwise.clearance.plans.ClearancePlanner;
import dev.shelfwise.clearance.plans.CpaSource;
import dev.shelfwise.clearance.plans.RankedPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A live SKU, worked by hand: Q = 400 to clear, c = 4, p = 10, d = 1 (floor 5), h = 0.3 / 30 = 0.01, sales 1 a day.
 * Window 1 → 7 March; "ads:A" had 20 one-unit orders at 10 (P = 120) and spend 100 over 400 clicks; "onsite" one
 * order (natural sales).
 * <ul>
 *   <li>price-cut to 8 at 1 × 2 = 2 a day: holding 0.01 × 400² / 4 = 400, P = 1600, CPA (400 − 1600) / 400 = −3;</li>
 *   <li>liquidation 0.05 × 10 = 0.5, 400 a day: fees 0.15 × 0.5 × 400 + 0.25 × 400 = 130, holding 0.01 × 400² / 800 =
 *       2, P = −1400, CPA (132 + 1400) / 400 = 3.83;</li>
 *   <li>ads:A estimated at 100/7 a day and 20/7 orders a day: 140 days, ad spend 2000, holding 1600 × 7 / 40 = 280,
 *       P = 2400, CPA (2280 − 2400) / 400 = −0.30; measured (100 − 120) / 20 = −1 on 20 orders: measured replaces it.</li>
 * </ul>
 */
class LivePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 7);
    private static final DefaultChannels DEFAULTS = new DefaultChannels(new BigDecimal("2"), new BigDecimal("0.02"),
            new BigDecimal("0.05"), new BigDecimal("0.15"), new BigDecimal("0.25"), 1, 30);
    private static final ClearanceConfig CONFIG = ClearanceConfig.defaults();

    private static Map<String, MeasuredCpa> measured() {
        List<AttributedSale> sales = new ArrayList<>(IntStream.range(0, 20).mapToObj(i ->
                new AttributedSale("ads:A", TODAY.minusDays(1), 1, BigDecimal.TEN, new BigDecimal("4"), null))
                .toList());
        sales.add(new AttributedSale("onsite", TODAY, 1, BigDecimal.TEN, new BigDecimal("4"), null));
        List<ChannelAdSpend> spend = List.of(new ChannelAdSpend("ads:A", TODAY.minusDays(1), new BigDecimal("100"), 400));
        return MeasuredCpa.measureAll(sales, spend, TODAY, CONFIG.measuredWindowDays());
    }

    @Test
    void defaultChannelsThenObservedClearanceChannels() {
        List<ChannelOption> channels = LivePlan.channels(BigDecimal.TEN, BigDecimal.ONE, 400, measured(), 7, CONFIG,
                DEFAULTS);

        assertEquals(List.of("price-cut", "liquidation", "ads:A"), channels.stream().map(ChannelOption::id).toList());
        assertEquals(0, new BigDecimal("8").compareTo(channels.get(0).price()));
        assertEquals(0, new BigDecimal("400").compareTo(channels.get(1).expectedOrdersPerDay()));
        assertEquals(ChannelKind.ONSITE_ADS, channels.get(2).kind());
        assertEquals(0, new BigDecimal("0.05").compareTo(channels.get(2).conversionRate()));
    }

    @Test
    void measuredCpaReplacesTheEstimateInTheRanking() {
        List<ChannelOption> channels = LivePlan.channels(BigDecimal.TEN, BigDecimal.ONE, 400, measured(), 7, CONFIG,
                DEFAULTS);
        var request = LivePlan.request("MUG", 400, new BigDecimal("4"), BigDecimal.TEN, BigDecimal.ONE,
                LivePlan.holdingCostPerUnitDay(new BigDecimal("0.3"), DEFAULTS), channels);

        ClearancePlanResult result = new ClearancePlanner(CONFIG).plan(request, TODAY,
                plans -> MeasuredCpa.applyAll(plans, measured(), CONFIG.minimumMeasuredOrders()));

        assertEquals(List.of("price-cut", "ads:A", "liquidation"),
                result.ranking().stream().map(r -> r.plan().channelId()).toList());
        List<BigDecimal> cpas = result.ranking().stream().map(RankedPlan::plan).map(p -> p.cpa()
                .setScale(2, RoundingMode.HALF_EVEN)).toList();
        assertEquals(List.of(new BigDecimal("-3.00"), new BigDecimal("-1.00"), new BigDecimal("3.83")), cpas);
        assertEquals(CpaSource.MEASURED, result.ranking().get(1).plan().cpaSource());
        assertEquals(400, result.allocation().unitsOf("price-cut"));
    }

    @Test
    void unitsToClearAreTheAgedOrTheExcessWhicheverIsMore() {
        ClearanceNeed need = ClearanceNeed.assess(new StockPosition("MUG",
                List.of(new StockLot(100, 120), new StockLot(300, 10)), BigDecimal.ONE), CONFIG);

        // aged 100, excess 400 − 90 = 310
        assertEquals(310, LivePlan.quantity(need));
    }

    @Test
    void naturalSalesAreNotAClearanceChannelAndNoPriceMeansNoDefaults() {
        assertEquals(Optional.empty(), LivePlan.observedKind("onsite:coupon"));
        assertEquals(ChannelKind.OFFSITE, LivePlan.observedKind("offsite:deals").orElseThrow());
        List<ChannelOption> channels = LivePlan.channels(null, BigDecimal.ZERO, 10, Map.of(), 7, CONFIG, DEFAULTS);
        assertEquals(List.of(), channels);
        assertNull(LivePlan.request("X", 10, null, null, null, BigDecimal.ZERO, channels).price());
    }
}
