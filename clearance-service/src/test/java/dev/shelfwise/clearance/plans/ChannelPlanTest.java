package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.Fixtures.DEFAULTS;
import static dev.shelfwise.clearance.plans.Fixtures.assertAmount;
import static dev.shelfwise.clearance.plans.Fixtures.channel;
import static dev.shelfwise.clearance.plans.Fixtures.onsiteAds;
import static dev.shelfwise.clearance.plans.Fixtures.priceCut;
import static dev.shelfwise.clearance.plans.Fixtures.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One channel against the standard lot: Q = 100, c = 4, p = 10, d = 1 (floor 5), h = 0.01, no deadline.
 * Without a deadline N = Q = 100 and holding = h × N × N / (2 r) = 0.01 × 10000 / (2 r) = 50 / r.
 */
class ChannelPlanTest {

    @ParameterizedTest(name = "{0} {1}/{2}/{3}/{4}/{5}/{6} at {7} a day -> CPA {15}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind     | price | coupon | ads/day | fee  | comm | recov | r   | N   | adSpend | fees | commissions | holding | spend | gross | cpa    | viable
            # price cut, profitable: holding 50/20 = 2.5; P = (5 − 4) × 100 = 100; CPA = (2.5 − 100) / 100 = −0.975
            PRICE_CUT  | 5.00  |        |         |      |      |       | 20  | 100 | 0       | 0    | 0           | 2.5     | 2.5   | 100   | -0.975 | true
            # price cut below cost: holding 50/25 = 2; P = (3 − 4) × 100 = −100; CPA = (2 + 100) / 100 = 1.02
            PRICE_CUT  | 3.00  |        |         |      |      |       | 25  | 100 | 0       | 0    | 0           | 2       | 2     | -100  | 1.02   | true
            # coupon 3 off 10: net 7, P = 3 × 100 = 300 (not 600), spend = holding 50/10 = 5 only (coupon is not spend); CPA = (5 − 300)/100
            COUPON     |       | 3.00   |         |      |      |       | 10  | 100 | 0       | 0    | 0           | 5       | 5     | 300   | -2.95  | true
            # coupon 5 off a channel price 9: net 4, P = 0; fees 0.5 × 100 = 50; holding 50/20 = 2.5; spend 52.5; CPA = 52.5/100
            COUPON     | 9.00  | 5.00   |         | 0.50 |      |       | 20  | 100 | 0       | 50   | 0           | 2.5     | 52.5  | 0     | 0.525  | true
            # on-site ads 80/day at 10/day: 10 days, ad spend 800; holding 5; spend 805; P = 6 × 100 = 600; CPA = 205/100
            ONSITE_ADS |       |        | 80      |      |      |       | 10  | 100 | 800     | 0    | 0           | 5       | 805   | 600   | 2.05   | true
            # off-site at 6, commission 25 % of 6 = 1.5/order -> 150; fees 1 × 100; holding 50/25 = 2; spend 252; P = 200; CPA = 52/100
            OFFSITE    | 6.00  |        |         | 1.00 | 0.25 |       | 25  | 100 | 0       | 100  | 150         | 2       | 252   | 200   | 0.52   | true
            # off-site at 9 with a 1 coupon: net 8, commission 10 % of the NET 8 -> 80; holding 50/10 = 5; spend 85; P = 400; CPA = (85 − 400)/100
            OFFSITE    | 9.00  | 1.00   |         |      | 0.10 |       | 10  | 100 | 0       | 0    | 80          | 5       | 85    | 400   | -3.15  | true
            # liquidation 10 % of 10 = 1; commission 15 % of 1 -> 15; fees 0.3 × 100 = 30; holding 50/100 = 0.5; spend 45.5; P = (1 − 4) × 100 = −300; CPA = 345.5/100
            LIQUIDATION|       |        |         | 0.30 | 0.15 | 0.10  | 100 | 100 | 0       | 30   | 15          | 0.5     | 45.5  | -300  | 3.455  | true
            # liquidation on a channel price of 8 at 50 %: net 4, P = 0; holding 50/50 = 1; CPA = 1/100
            LIQUIDATION| 8.00  |        |         |      |      | 0.50  | 50  | 100 | 0       | 0    | 0           | 1       | 1     | 0     | 0.01   | true
            # liquidation dearer than destroying: net 0.5; commission 7.5; fees 200; holding 0.5; spend 208; P = −350; CPA = 558/100 ≥ 5
            LIQUIDATION|       |        |         | 2.00 | 0.15 | 0.05  | 100 | 100 | 0       | 200  | 7.5         | 0.5     | 208   | -350  | 5.58   | false
            # CPA exactly at the floor: ads 109.5 × 10 days = 1095; spend 1100; CPA = (1100 − 600)/100 = 5.00 = c + d -> not viable
            ONSITE_ADS |       |        | 109.50  |      |      |       | 10  | 100 | 1095    | 0    | 0           | 5       | 1100  | 600   | 5.00   | false
            # one cent a day less: 1094 + 5 = 1099; CPA 4.99 < 5 -> viable
            ONSITE_ADS |       |        | 109.40  |      |      |       | 10  | 100 | 1094    | 0    | 0           | 5       | 1099  | 600   | 4.99   | true
            """)
    void evaluatesSpendProfitAndCpa(ChannelKind kind, String price, String coupon, String adSpendPerDay, String fee,
                                    String commission, String recovery, String rate, long orders, String adSpend,
                                    String fees, String commissions, String holding, String spend, String gross,
                                    String cpa, boolean viable) {
        ChannelOption option = channel("k", kind, price, coupon, adSpendPerDay, fee, commission, recovery, rate,
                "0.05");
        ChannelPlan plan = ChannelPlan.evaluate(standard(List.of(option)), option, OptionalLong.empty(), DEFAULTS);

        assertEquals(orders, plan.orders());
        assertAmount(adSpend, plan.spend().adSpend(), "ad spend");
        assertAmount(fees, plan.spend().orderFees(), "fees");
        assertAmount(commissions, plan.spend().commissions(), "commissions");
        assertAmount(holding, plan.spend().extraHolding(), "extra holding");
        assertAmount(spend, plan.spend().total(), "spend C");
        assertAmount(gross, plan.grossProfit(), "gross profit P");
        assertAmount(cpa, plan.cpa(), "CPA");
        assertEquals(viable, plan.viable());
        assertEquals(viable, plan.notViableReason() == null);
        assertAmount("5", plan.destructionFloor(), "floor");
        // net cost = C − P, and CPA × N gives it back
        assertAmount(plan.spend().total().subtract(plan.grossProfit()).toPlainString(), plan.netCost(), "net cost");
        assertEquals(0, plan.cpa().multiply(BigDecimal.valueOf(plan.orders())).compareTo(plan.netCost()));
    }

    @Test
    void couponLowersGrossProfitAndIsNotSpend() {
        // same channel with and without a 3.00 coupon: spend identical (5), gross profit 600 -> 300
        ChannelOption plain = channel("a", ChannelKind.ONSITE_ADS, null, null, "0", null, null, null, "10", "0.05");
        ChannelOption coupon = channel("b", ChannelKind.COUPON, null, "3.00", null, null, null, null, "10", "0.05");
        ChannelPlan without = ChannelPlan.evaluate(standard(List.of(plain)), plain, OptionalLong.empty(), DEFAULTS);
        ChannelPlan with = ChannelPlan.evaluate(standard(List.of(coupon)), coupon, OptionalLong.empty(), DEFAULTS);

        assertEquals(0, without.spend().total().compareTo(with.spend().total()));
        assertAmount("600", without.grossProfit(), "without coupon");
        assertAmount("300", with.grossProfit(), "with coupon");
        assertAmount("7", with.netPrice(), "net price");
    }

    @Test
    void zeroOrdersIsNotViableAndNeverDivides() {
        ChannelOption idle = onsiteAds("idle", "30", "0", "0.05");
        ChannelPlan plan = ChannelPlan.evaluate(standard(List.of(idle)), idle, OptionalLong.empty(), DEFAULTS);

        assertEquals(0, plan.orders());
        assertNull(plan.cpa());
        assertNull(plan.daysToClear(), "never clears");
        assertFalse(plan.viable());
        assertEquals("no orders expected", plan.notViableReason());
        assertAmount("0", plan.spend().total(), "nothing is spent when nothing runs");
        assertAmount("0", plan.spendFor(0), "spend for no unit");
        assertAmount("0", plan.netCostFor(0), "net cost for no unit");
    }

    @ParameterizedTest(name = "r = {0}, {1} selling days -> N = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # r  | days | N   | holding | cpa     | viable | limited
            # 10 × 4 = 40 < 100: holding 0.01 × 40 × 40 / 20 = 0.8; P = (8 − 4) × 40 = 160; CPA = (0.8 − 160)/40
            10   | 4    | 40  | 0.8     | -3.98   | true   | true
            # 10 × 10 = 100 = Q exactly: the whole lot, no note; holding 50/10 = 5; CPA = (5 − 400)/100
            10   | 10   | 100 | 5       | -3.95   | true   | false
            # plenty of time: still N = Q
            10   | 30   | 100 | 5       | -3.95   | true   | false
            # 2.5 × 3 = 7.5 -> 7 whole orders; holding 0.01 × 49 / 5 = 0.098; P = 28; CPA = (0.098 − 28)/7 = −3.986
            2.5  | 3    | 7   | 0.098   | -3.986  | true   | true
            # 0.25 × 3 = 0.75 -> no whole order before the deadline: too slow
            0.25 | 3    | 0   | 0       |         | false  | false
            """)
    void deadlineLimitsOrdersToWholeOrdersBeforeIt(String rate, long days, long orders, String holding, String cpa,
                                                   boolean viable, boolean limited) {
        ChannelOption cut = priceCut("cut", "8", rate, "0.05");
        ChannelPlan plan = ChannelPlan.evaluate(standard(List.of(cut)), cut, OptionalLong.of(days), DEFAULTS);

        assertEquals(orders, plan.orders());
        assertAmount(holding, plan.spend().extraHolding(), "holding");
        assertAmount(cpa, plan.cpa(), "CPA");
        assertEquals(viable, plan.viable());
        assertEquals(limited, plan.notes().contains("clears only " + orders + " of 100 units before the deadline"));
        // days to clear is always for the whole lot: Q / r
        assertAmount(new BigDecimal(100).divide(new BigDecimal(rate)).toPlainString(), plan.daysToClear(), "days");
        if (orders == 0) {
            assertTrue(plan.notViableReason().startsWith("too slow: fewer than one order expected before the deadline"),
                    plan.notViableReason());
        }
    }

    @Test
    void nonTerminatingDivisionsAreKeptAtFullPrecisionAndRoundedOnlyForDisplay() {
        // ads 10/day at 3/day: ad spend 10 × 100 / 3 = 333.33…; holding 0.01 × 10000 / 6 = 16.66…
        ChannelOption ads = onsiteAds("ads", "10", "3", "0.05");
        ChannelPlan plan = ChannelPlan.evaluate(standard(List.of(ads)), ads, OptionalLong.empty(), DEFAULTS);

        assertEquals(new BigDecimal("333.33"), ClearanceMath.forDisplay(plan.spend().adSpend()));
        assertEquals(new BigDecimal("16.67"), ClearanceMath.forDisplay(plan.spend().extraHolding()));
        // 333.33… + 16.66… = 349.999…97 (34 digits each): 350.00 on display, CPA (350 − 600)/100 = −2.50
        assertEquals(new BigDecimal("350.00"), ClearanceMath.forDisplay(plan.spend().total()));
        assertEquals(new BigDecimal("-2.50"), ClearanceMath.forDisplay(plan.cpa()));
        assertTrue(plan.spend().total().compareTo(new BigDecimal("350")) < 0, "not rounded inside the domain");
        assertEquals(new BigDecimal("33.33"), ClearanceMath.forDisplay(plan.daysToClear()));
    }

    @ParameterizedTest(name = "{0} at {1} minus coupon {2}: note = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind     | price | coupon | note
            # 10 % off: below the 20 % a clearance deal needs
            PRICE_CUT  | 9.00  |        | discount 10 % is below the 20 % a clearance deal needs
            # exactly 20 % off: enough, no note
            PRICE_CUT  | 8.00  |        |
            # coupon 1 off 10: 10 %
            COUPON     |       | 1.00   | discount 10 % is below the 20 % a clearance deal needs
            # coupon 2.5 off 10: 25 %
            COUPON     |       | 2.50   |
            # 19.5 %: still short
            PRICE_CUT  | 8.05  |        | discount 19.5 % is below the 20 % a clearance deal needs
            # ads are not price moves: no discount rule
            ONSITE_ADS |       |        |
            """)
    void notesPriceMovesBelowTheClearanceDiscount(ChannelKind kind, String price, String coupon, String note) {
        ChannelOption option = channel("k", kind, price, coupon, "0", null, null, null, "10", "0.05");
        ChannelPlan plan = ChannelPlan.evaluate(standard(List.of(option)), option, OptionalLong.empty(), DEFAULTS);

        assertEquals(note == null ? List.of() : List.of(note), plan.notes());
    }

    @Test
    void spendAndNetCostForPartOfThePlanArePerOrderAverages() {
        // ads 80/day: spend 805, net cost 205 for 100 orders -> 40 orders: 322 and 82
        ChannelOption ads = onsiteAds("ads", "80", "10", "0.05");
        ChannelPlan plan = ChannelPlan.evaluate(standard(List.of(ads)), ads, OptionalLong.empty(), DEFAULTS);

        assertAmount("322", plan.spendFor(40), "spend for 40");
        assertAmount("82", plan.netCostFor(40), "net cost for 40");
        assertAmount("805", plan.spendFor(100), "spend for all");
    }
}
