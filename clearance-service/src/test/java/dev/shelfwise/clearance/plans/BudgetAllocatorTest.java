package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.Fixtures.DEFAULTS;
import static dev.shelfwise.clearance.plans.Fixtures.TODAY;
import static dev.shelfwise.clearance.plans.Fixtures.assertAmount;
import static dev.shelfwise.clearance.plans.Fixtures.liquidation;
import static dev.shelfwise.clearance.plans.Fixtures.offsite;
import static dev.shelfwise.clearance.plans.Fixtures.onsiteAds;
import static dev.shelfwise.clearance.plans.Fixtures.priceCut;
import static dev.shelfwise.clearance.plans.Fixtures.request;
import static dev.shelfwise.clearance.plans.Fixtures.withBudget;
import static dev.shelfwise.clearance.plans.Fixtures.withDeadline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Allocation over a lot of Q = 100, c = 4, p = 10, d = 1 (floor 5, destroying everything costs 500) and, to keep the
 * sums short, no holding cost (h = 0) unless said. The channels of most tests, per unit:
 * <ul>
 *   <li>ads: on-site 20/day at 10/day -> spend 2, profit 10 − 4 = 6, CPA −4;</li>
 *   <li>deal: off-site at 6, commission 10 % -> spend 0.6, profit 2, CPA −1.4;</li>
 *   <li>liq: liquidation 20 % of 10 = 2, commission 15 % (0.3) + fee 0.2 -> spend 0.5, profit −2, CPA 2.5.</li>
 * </ul>
 */
class BudgetAllocatorTest {

    private static final ChannelOption ADS = onsiteAds("ads", "20", "10", "0.05");
    private static final ChannelOption DEAL = offsite("deal", "6", "0.10", "5", "0.08");
    private static final ChannelOption LIQ = liquidation("liq", "0.2", "0.15", "0.20", "50");

    @ParameterizedTest(name = "budget {0}: ads {1}, deal {2}, liq {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # budget | ads | deal | liq | used   | left | total | saving | ads limited
            # exactly exhausted: 100 / 2 = 50 ads units, 0 left, deal cannot buy one (0.60); liq 50 × 2.5 = 125; total −200 + 125
            100      | 50  | 0    | 50  | 100    | 0    | -75   | 575    | budget
            # a cent short: 49 ads (98), 1.99 left buys 3 deal (1.80), 0.19 left; liq 48 × 2.5 = 120; −196 − 4.2 + 120
            99.99    | 49  | 3    | 48  | 99.80  | 0.19 | -80.2 | 580.2  | budget
            # 51 ads (102), 1 left buys 1 deal (0.60); liq 48; −204 − 1.4 + 120
            103      | 51  | 1    | 48  | 102.60 | 0.40 | -85.4 | 585.4  | budget
            # too small for any selling channel: everything to liquidation, 100 × 2.5
            0.50     | 0   | 0    | 100 | 0      | 0.50 | 250   | 250    |
            0        | 0   | 0    | 100 | 0      | 0    | 250   | 250    |
            # ads clear everything for exactly the budget: 100 × 2 = 200; −4 × 100
            200      | 100 | 0    | 0   | 200    | 0    | -400  | 900    |
            # more than enough: 60 left over
            260      | 100 | 0    | 0   | 200    | 60   | -400  | 900    |
            """)
    void allocatesLowestCpaFirstUntilBudgetOrStockRunsOut(String budget, long ads, long deal, long liq, String used,
                                                          String left, String total, String saving,
                                                          String adsLimitedBy) {
        Allocation allocation = allocate(withBudget(flat(List.of(ADS, DEAL, LIQ)), budget));

        assertEquals(ads, allocation.unitsOf("ads"));
        assertEquals(deal, allocation.unitsOf("deal"));
        assertEquals(liq, allocation.unitsOf("liq"));
        assertEquals(0, allocation.remainder().destroyedUnits());
        assertAmount(budget, allocation.budget(), "budget");
        assertAmount(used, allocation.budgetUsed(), "budget used");
        assertAmount(left, allocation.budgetLeft(), "budget left");
        assertAmount(total, allocation.totalCost(), "total cost");
        assertAmount("500", allocation.destroyEverythingNowCost(), "destroy everything now");
        assertAmount(saving, allocation.savingVersusDestroying(), "saving");
        assertEquals(liq == 0 ? RemainderFate.NONE : RemainderFate.LIQUIDATION, allocation.remainder().fate());
        if (ads > 0) {
            assertEquals(adsLimitedBy, allocation.channels().get(0).limitedBy());
        }
        // units always add up to the lot
        assertEquals(100, allocation.unitsSold() + allocation.remainder().units());
    }

    @Test
    void budgetExactlyExhaustedLeavesZeroAndSaysWhyTheNextChannelGetsNothing() {
        Allocation allocation = allocate(withBudget(flat(List.of(ADS, DEAL, LIQ)), "100.00"));

        assertEquals(0, allocation.budgetLeft().signum());
        assertEquals(List.of(new DroppedChannel("deal", "budget too small for one order: it needs 0.60, 0.00 left")),
                allocation.dropped());
        assertAmount("100", allocation.channels().get(0).spend(), "ads spend");
        assertAmount("5", allocation.channels().get(0).daysToClear(), "50 units at 10 a day");
    }

    @Test
    void budgetTooSmallForAnyOrderDropsEverySellingChannel() {
        Allocation allocation = allocate(withBudget(flat(List.of(ADS, DEAL, LIQ)), "0.50"));

        assertEquals(List.of(), allocation.channels());
        assertEquals(List.of(
                new DroppedChannel("ads", "budget too small for one order: it needs 2.00, 0.50 left"),
                new DroppedChannel("deal", "budget too small for one order: it needs 0.60, 0.50 left")),
                allocation.dropped());
        assertEquals(100, allocation.remainder().units());
    }

    @Test
    void budgetWithHoldingCostIsStillExhaustedExactly() {
        // h = 0.01: ads holding 0.01 × 100 × 100 / 20 = 5, spend 200 + 5 = 205 -> 2.05 a unit; CPA (205 − 600)/100 = −3.95.
        // 102.50 buys exactly 50 units; the other 50 are destroyed (no liquidation): 250. Total −197.5 + 250 = 52.5
        Allocation allocation = allocate(withBudget(request(100, "4", "10", "1", "0.01", List.of(ADS)), "102.50"));

        assertEquals(50, allocation.unitsOf("ads"));
        assertEquals(0, allocation.budgetLeft().signum());
        assertAmount("-197.5", allocation.channels().get(0).netCost(), "ads net cost");
        assertEquals(50, allocation.remainder().destroyedUnits());
        assertEquals(RemainderFate.DESTRUCTION, allocation.remainder().fate());
        assertAmount("52.5", allocation.totalCost(), "total");
        assertAmount("447.5", allocation.savingVersusDestroying(), "saving");
    }

    @Test
    void zeroSpendPlansNeedNoBudget() {
        // price cut to 8, h = 0: nothing paid out, profit 4 a unit; a zero budget still clears everything through it
        Allocation allocation = allocate(withBudget(flat(List.of(priceCut("cut", "8", "10", "0.05"))), "0"));

        assertEquals(100, allocation.unitsOf("cut"));
        assertAmount("-400", allocation.totalCost(), "total");
        assertAmount("0", allocation.budgetLeft(), "left");
    }

    @Test
    void noBudgetMeansStockIsTheOnlyLimit() {
        Allocation allocation = allocate(flat(List.of(ADS, DEAL, LIQ)));

        assertEquals(100, allocation.unitsOf("ads"));
        assertNull(allocation.budget());
        assertNull(allocation.budgetLeft());
        assertAmount("200", allocation.budgetUsed(), "money paid out");
        assertEquals(RemainderFate.NONE, allocation.remainder().fate());
        assertEquals(List.of(
                new DroppedChannel("deal", "no stock left: channels with a lower CPA clear it"),
                new DroppedChannel("liq", "no stock left: channels with a lower CPA clear it")), allocation.dropped());
    }

    @Test
    void deadlineDropsTheChannelTooSlowAndLimitsTheOthers() {
        // 4 selling days (1 → 5 March). ads: 10 × 4 = 40 units, ad spend 20 × 4 = 80, profit 240, CPA −4;
        // slow deal: 0.2 × 4 = 0.8 < 1 order -> dropped; liq: 50 × 4 = 200 ≥ 100, takes the other 60 at 2.5 = 150.
        ChannelOption slow = offsite("slow", "6", "0.10", "0.2", "0.50");
        Allocation allocation = allocate(withDeadline(flat(List.of(ADS, slow, LIQ)), TODAY.plusDays(4)));

        assertEquals(40, allocation.unitsOf("ads"));
        assertEquals(ChannelAllocation.LIMITED_BY_DEADLINE, allocation.channels().get(0).limitedBy());
        assertEquals(0, allocation.unitsOf("slow"));
        assertEquals(List.of(new DroppedChannel("slow",
                "too slow: fewer than one order expected before the deadline (0.8 in 4 days)")), allocation.dropped());
        assertEquals(60, allocation.unitsOf("liq"));
        assertEquals(RemainderFate.LIQUIDATION, allocation.remainder().fate());
        assertAmount("-10", allocation.totalCost(), "−160 + 150");
        assertAmount("510", allocation.savingVersusDestroying(), "500 + 10");
    }

    @Test
    void remainderGoesToLiquidationUpToWhatItTakesBeforeTheDeadlineAndTheRestIsDestroyed() {
        // 4 days: ads 40 (−160); liq at 10 a day takes 40 (40 × 2.5 = 100); 20 destroyed at 5 = 100. Total 40
        ChannelOption slowLiq = liquidation("liq", "0.2", "0.15", "0.20", "10");
        Allocation allocation = allocate(withDeadline(flat(List.of(ADS, slowLiq)), TODAY.plusDays(4)));

        Remainder remainder = allocation.remainder();
        assertEquals(60, remainder.units());
        assertEquals(40, remainder.liquidations().get(0).units());
        assertEquals(20, remainder.destroyedUnits());
        assertAmount("100", remainder.destructionCost(), "20 × 5");
        assertAmount("200", remainder.cost(), "100 + 100");
        assertEquals(RemainderFate.LIQUIDATION_AND_DESTRUCTION, remainder.fate());
        assertEquals("liquidation via liq (CPA 2.50) takes 40 units, all it can before the deadline; the other 20 are"
                + " destroyed at 5.00 per unit", remainder.reason());
        assertAmount("40", allocation.totalCost(), "−160 + 200");
    }

    @Test
    void remainderIsDestroyedWhenLiquidationCostsMore() {
        // dear liquidation: 5 % of 10 = 0.5, commission 0.075 + fee 2 -> spend 2.075, profit −3.5, CPA 5.575 ≥ 5.
        // budget 100 -> 50 ads units (−200); 50 destroyed: 250. Total 50
        ChannelOption dearLiq = liquidation("liq", "0.05", "0.15", "2.00", "100");
        Allocation allocation = allocate(withBudget(flat(List.of(ADS, dearLiq)), "100"));

        assertEquals(RemainderFate.DESTRUCTION, allocation.remainder().fate());
        assertEquals(50, allocation.remainder().destroyedUnits());
        assertEquals(List.of(), allocation.remainder().liquidations());
        assertEquals("no liquidation channel costs less than destruction: destroyed now at unit cost + disposal fee"
                + " (5.00 per unit)", allocation.remainder().reason());
        assertTrue(allocation.dropped().get(0).reason().startsWith("CPA 5.58 is not below the destruction floor 5.00"),
                allocation.dropped().toString());
        assertAmount("50", allocation.totalCost(), "−200 + 250");
        assertAmount("450", allocation.savingVersusDestroying(), "saving");
    }

    @Test
    void liquidationCheaperThanASellingChannelTakesTheStockFirst() {
        // dear ads 100/day: spend 10 a unit, profit 6, CPA 4 (viable, under 5) but liq's 2.5 is lower
        ChannelOption dearAds = onsiteAds("ads", "100", "10", "0.05");
        Allocation allocation = allocate(flat(List.of(dearAds, LIQ)));

        assertEquals(0, allocation.unitsSold());
        assertEquals(100, allocation.unitsOf("liq"));
        assertEquals(RemainderFate.LIQUIDATION, allocation.remainder().fate());
        assertEquals("liquidation via liq (CPA 2.50) costs less per unit than destruction (5.00)",
                allocation.remainder().reason());
        assertEquals(List.of(new DroppedChannel("ads", "no stock left: channels with a lower CPA clear it")),
                allocation.dropped());
        assertAmount("250", allocation.totalCost(), "100 × 2.5");
    }

    @Test
    void equalCpasAreFilledInRankingOrderPriceFirst() {
        // 4 days: cut to 8 (spend 0, profit 4, CPA −4) and ads (CPA −4) take 40 each; 20 destroyed (100).
        // Same CPA and conversion: the price cut ranks, and fills, first. Total −160 − 160 + 100
        ChannelOption cut = priceCut("cut", "8", "10", "0.05");
        Allocation allocation = allocate(withDeadline(flat(List.of(ADS, cut)), TODAY.plusDays(4)));

        assertEquals(List.of("cut", "ads"), allocation.channels().stream().map(ChannelAllocation::channelId).toList());
        assertEquals(20, allocation.remainder().destroyedUnits());
        assertAmount("-220", allocation.totalCost(), "total");
        assertAmount("80", allocation.budgetUsed(), "only the ads pay out: 20 × 4 days");
    }

    @Test
    void allocationFollowsTheLowestCpaEvenWhenTheRankingPrefersANearTie() {
        // deal at 8 with 1.25 % commission: 0.1 a unit, profit 4, CPA −3.9, within 5 % of ads' −4 and converting
        // better: ranked first. The allocation still fills the lower CPA (ads) first: it minimises cost.
        ChannelOption nearTie = offsite("deal", "8", "0.0125", "10", "0.10");
        ClearancePlanResult result = new ClearancePlanner(DEFAULTS).plan(flat(List.of(ADS, nearTie)), TODAY);

        assertEquals("deal", result.ranking().get(0).plan().channelId());
        assertEquals(100, result.allocation().unitsOf("ads"));
        assertEquals(0, result.allocation().unitsOf("deal"));
    }

    private static ClearanceRequest flat(List<ChannelOption> channels) {
        return request(100, "4", "10", "1", "0", channels);
    }

    private static Allocation allocate(ClearanceRequest request) {
        return new ClearancePlanner(DEFAULTS).plan(request, TODAY).allocation();
    }
}
