package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.Fixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranking: lowest CPA first, near-ties (|a − b| ≤ tol × max(|a|, |b|)) to the higher conversion, then to price. */
class PlanRankingTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @ParameterizedTest(name = "{0} vs {1} at {2}: tied = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # a    | b     | tol  | tied
            # |5| ≤ 0.05 × 105 = 5.25
            100    | 105   | 0.05 | true
            # exactly 5 % of the larger: |5| ≤ 0.05 × 100 = 5 (bound included)
            95     | 100   | 0.05 | true
            # symmetric
            100    | 95    | 0.05 | true
            # just over: 5.1 > 5
            94.9   | 100   | 0.05 | false
            # negative CPAs use magnitudes: 0.5 ≤ 0.05 × 10 = 0.5
            -10    | -9.5  | 0.05 | true
            # 0.51 > 0.5
            -10    | -9.49 | 0.05 | false
            # opposite signs: 0.2 > 0.05 × 0.1 = 0.005
            -0.1   | 0.1   | 0.05 | false
            # two zeros are the same CPA
            0      | 0     | 0.05 | true
            # zero against anything else: |x| > 0.05 × |x|
            0      | 0.01  | 0.05 | false
            # configurable: 5 > 0.04 × 100 = 4
            95     | 100   | 0.04 | false
            # 10 ≤ 0.10 × 100
            90     | 100   | 0.10 | true
            # tolerance 0: only equal CPAs tie
            2.00   | 2.0   | 0    | true
            """)
    void tiesAreRelativeToTheLargerMagnitude(String a, String b, String tolerance, boolean tied) {
        assertEquals(tied, PlanRanking.tied(new BigDecimal(a), new BigDecimal(b), new BigDecimal(tolerance)));
    }

    @Test
    void lowestCpaFirstWhenNothingIsTied() {
        // 1.00, 2.00, 3.00 are 50 % and 33 % apart: plain CPA order
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("a", ChannelKind.ONSITE_ADS, "3.00", "0.09"),
                plan("b", ChannelKind.ONSITE_ADS, "1.00", "0.01"),
                plan("c", ChannelKind.OFFSITE, "2.00", "0.05")), FIVE_PERCENT);

        assertEquals(List.of("b", "c", "a"), ids(ranking));
        assertEquals(List.of(1, 2, 3), ranking.stream().map(RankedPlan::rank).toList());
        assertEquals("lowest remaining CPA (1.00)", ranking.get(0).reason());
    }

    @ParameterizedTest(name = "ads {0} (5 %) vs deal {1} (8 %) -> {2} first")
    @CsvSource(delimiter = '|', textBlock = """
            # ads  | deal  | first
            # |0.08| ≤ 0.05 × 2.08 = 0.104: tied, deal converts better
            2.00   | 2.08  | deal
            # exactly 5 %: |0.10| ≤ 0.05 × 2.00 = 0.10 -> tied, deal first
            1.90   | 2.00  | deal
            # 0.101 > 0.10: not tied, lower CPA first
            1.899  | 2.00  | ads
            # deal lower and converts better: deal first, no tie needed
            2.10   | 2.00  | deal
            # negative CPAs: |0.1| ≤ 0.05 × 3 = 0.15 -> tied, deal first though it earns less
            -3.00  | -2.90 | deal
            # 20 % apart: ads first
            -3.00  | -2.40 | ads
            """)
    void nearTiesGoToTheHigherConversionRate(String adsCpa, String dealCpa, String first) {
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("ads", ChannelKind.ONSITE_ADS, adsCpa, "0.05"),
                plan("deal", ChannelKind.OFFSITE, dealCpa, "0.08")), FIVE_PERCENT);

        assertEquals(first, ranking.get(0).plan().channelId());
    }

    @Test
    void tieReasonNamesTheTieAndTheConversionRates() {
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("ads", ChannelKind.ONSITE_ADS, "2.00", "0.05"),
                plan("deal", ChannelKind.OFFSITE, "2.08", "0.10")), FIVE_PERCENT);

        assertEquals(List.of("deal", "ads"), ids(ranking));
        assertEquals("CPA 2.08 within 5 % of ads (2.00): higher conversion rate (10 % > 5 %) brings natural orders",
                ranking.get(0).reason());
        assertEquals("lowest remaining CPA (2.00)", ranking.get(1).reason());
    }

    @Test
    void priceMovesComeFirstWhenOtherwiseTied() {
        // 2.05 vs 2.00: |0.05| ≤ 0.1025, same conversion: the coupon (a price move) before the ads
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("ads", ChannelKind.ONSITE_ADS, "2.00", "0.06"),
                plan("coupon", ChannelKind.COUPON, "2.05", "0.06")), FIVE_PERCENT);

        assertEquals(List.of("coupon", "ads"), ids(ranking));
        assertEquals("CPA 2.05 within 5 % of ads (2.00) at the same conversion rate: price moves come before ad-only"
                + " plans", ranking.get(0).reason());
    }

    @Test
    void equalCpaAndConversionPutThePriceCutFirst() {
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("ads", ChannelKind.ONSITE_ADS, "2.00", "0.06"),
                plan("cut", ChannelKind.PRICE_CUT, "2.00", "0.06")), FIVE_PERCENT);

        assertEquals(List.of("cut", "ads"), ids(ranking));
        assertEquals("lowest remaining CPA (2.00); ads within 5 % but without a higher conversion rate",
                ranking.get(0).reason());
    }

    @Test
    void conversionOutranksPriceWithinATie() {
        // cut 2.00 at 5 % vs ads 2.05 at 9 %: tied, the conversion rate decides before "price first"
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("cut", ChannelKind.PRICE_CUT, "2.00", "0.05"),
                plan("ads", ChannelKind.ONSITE_ADS, "2.05", "0.09")), FIVE_PERCENT);

        assertEquals(List.of("ads", "cut"), ids(ranking));
    }

    @Test
    void tiesAreJudgedAgainstTheLowestCpaAndDoNotChain() {
        // lowest a 1.00; b 1.04 is within 0.052 of it, c 1.09 is not (0.09 > 0.0545): b wins on conversion.
        // Then a (1.00) vs c: 0.09 > 0.0545, a first; c last although it converts best.
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("a", ChannelKind.ONSITE_ADS, "1.00", "0.01"),
                plan("b", ChannelKind.ONSITE_ADS, "1.04", "0.02"),
                plan("c", ChannelKind.ONSITE_ADS, "1.09", "0.03")), FIVE_PERCENT);

        assertEquals(List.of("b", "a", "c"), ids(ranking));
    }

    @Test
    void toleranceIsConfigurable() {
        // with 0 tolerance 2.00 vs 2.08 is no tie: the lower CPA leads despite the lower conversion
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("ads", ChannelKind.ONSITE_ADS, "2.00", "0.05"),
                plan("deal", ChannelKind.OFFSITE, "2.08", "0.10")), BigDecimal.ZERO);

        assertEquals(List.of("ads", "deal"), ids(ranking));
    }

    @Test
    void nonViablePlansFollowTheViableOnesByCpaWithThoseWithoutOrdersLast() {
        // "a" has the lowest CPA of the non-viable ones but they all come after "z" (viable, 4.99)
        List<RankedPlan> ranking = PlanRanking.rank(List.of(
                plan("idle", ChannelKind.ONSITE_ADS, "", "0.30"),
                plan("dear", ChannelKind.OFFSITE, "7.00", "0.20"),
                plan("floor", ChannelKind.ONSITE_ADS, "5.00", "0.10"),
                plan("z", ChannelKind.ONSITE_ADS, "4.99", "0.01")), FIVE_PERCENT);

        assertEquals(List.of("z", "floor", "dear", "idle"), ids(ranking));
        assertEquals("not viable: no orders expected", ranking.get(3).reason());
        assertEquals("not viable: CPA at or above the floor", ranking.get(1).reason());
        assertEquals(4, ranking.get(3).rank());
    }

    @Test
    void noPlansRankNothing() {
        assertEquals(List.of(), PlanRanking.rank(List.of(), FIVE_PERCENT));
    }

    private static List<String> ids(List<RankedPlan> ranking) {
        return ranking.stream().map(ranked -> ranked.plan().channelId()).toList();
    }
}
