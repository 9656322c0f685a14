package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.Fixtures.TODAY;
import static dev.shelfwise.clearance.plans.Fixtures.assertAmount;
import static dev.shelfwise.clearance.plans.Fixtures.liquidation;
import static dev.shelfwise.clearance.plans.Fixtures.onsiteAds;
import static dev.shelfwise.clearance.plans.Fixtures.priceCut;
import static dev.shelfwise.clearance.plans.Fixtures.standard;
import static dev.shelfwise.clearance.plans.Fixtures.withBudget;
import static dev.shelfwise.clearance.plans.Fixtures.withDeadline;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole what-if answer, worked by hand: Q = 100, c = 4, p = 10, d = 1 (floor 5), h = 0.01, budget 50, deadline in
 * 4 days (1 → 5 March).
 * <ul>
 *   <li>cut to 7 at 20/day: N = min(100, 80) = 80; holding 0.01 × 80 × 80 / 40 = 1.6; P = 3 × 80 = 240;
 *       CPA = (1.6 − 240) / 80 = −2.98.</li>
 *   <li>ads 30/day at 10/day: N = 40; ad spend 30 × 4 = 120; holding 0.01 × 40 × 40 / 20 = 0.8; spend 120.8;
 *       P = 6 × 40 = 240; CPA = (120.8 − 240) / 40 = −2.98 — equal to the cut's.</li>
 *   <li>liq 10 % of 10 = 1, commission 15 % (0.15) + fee 0.3, at 100/day: N = 100; holding 0.01 × 10000 / 200 = 0.5;
 *       spend 15 + 30 + 0.5 = 45.5; P = −300; CPA = 345.5 / 100 = 3.455.</li>
 * </ul>
 * Ranking: cut (equal CPA, higher conversion 6 % > 5 %), ads, liq. Allocation: cut 80 (the deadline), spend 1.6;
 * 48.4 left buys 16 ads units (120.8 × 16 / 40 = 48.32; 17 would be 51.34), net −119.2 × 16 / 40 = −47.68;
 * the other 4 go to liq: 345.5 × 4 / 100 = 13.82. Total −238.4 − 47.68 + 13.82 = −272.26 against 500 for destroying.
 */
class ClearancePlannerTest {

    private static ClearancePlanResult answer() {
        ClearanceRequest request = withDeadline(withBudget(standard(List.of(
                onsiteAds("ads", "30", "10", "0.05"),
                priceCut("cut", "7", "20", "0.06"),
                liquidation("liq", "0.1", "0.15", "0.3", "100"))), "50"), TODAY.plusDays(4));
        return new ClearancePlanner(ClearanceConfig.defaults()).plan(request, TODAY);
    }

    @Test
    void evaluatesEveryChannelInRequestOrder() {
        ClearancePlanResult answer = answer();

        assertEquals("MUG-01", answer.sku());
        assertAmount("5", answer.destructionFloor(), "floor");
        assertEquals(List.of("ads", "cut", "liq"), answer.plans().stream().map(ChannelPlan::channelId).toList());
        assertEquals(List.of(40L, 80L, 100L), answer.plans().stream().map(ChannelPlan::orders).toList());
        assertAmount("-2.98", answer.plans().get(0).cpa(), "ads");
        assertAmount("-2.98", answer.plans().get(1).cpa(), "cut");
        assertAmount("3.455", answer.plans().get(2).cpa(), "liq");
        assertAmount("120.8", answer.plans().get(0).spend().total(), "ads spend");
    }

    @Test
    void ranksTheEqualCpasByConversion() {
        List<RankedPlan> ranking = answer().ranking();

        assertEquals(List.of("cut", "ads", "liq"), ranking.stream().map(r -> r.plan().channelId()).toList());
        assertEquals("lowest remaining CPA (-2.98); ads within 5 % but without a higher conversion rate",
                ranking.get(0).reason());
    }

    @Test
    void allocatesWithinBudgetAndDeadlineAndComparesWithDestroying() {
        Allocation allocation = answer().allocation();

        assertEquals(80, allocation.unitsOf("cut"));
        assertEquals(ChannelAllocation.LIMITED_BY_DEADLINE, allocation.channels().get(0).limitedBy());
        assertEquals(16, allocation.unitsOf("ads"));
        assertEquals(ChannelAllocation.LIMITED_BY_BUDGET, allocation.channels().get(1).limitedBy());
        assertAmount("48.32", allocation.channels().get(1).spend(), "ads spend");
        assertAmount("-47.68", allocation.channels().get(1).netCost(), "ads net cost");
        assertAmount("1.6", allocation.channels().get(1).daysToClear(), "16 units at 10 a day");
        assertEquals(4, allocation.unitsOf("liq"));
        assertEquals(RemainderFate.LIQUIDATION, allocation.remainder().fate());
        assertAmount("13.82", allocation.remainder().cost(), "liq net cost");
        assertAmount("49.92", allocation.budgetUsed(), "1.6 + 48.32");
        assertAmount("0.08", allocation.budgetLeft(), "50 − 49.92");
        assertAmount("-272.26", allocation.totalCost(), "total");
        assertAmount("500", allocation.destroyEverythingNowCost(), "100 × 5");
        assertAmount("772.26", allocation.savingVersusDestroying(), "saving");
        assertEquals(List.of(), allocation.dropped());
    }
}
