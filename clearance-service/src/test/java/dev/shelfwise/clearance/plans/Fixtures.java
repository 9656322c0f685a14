package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builders shared by the plan tests; blank strings from CSV tables mean "absent". */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final ClearanceConfig DEFAULTS = ClearanceConfig.defaults();

    private Fixtures() {
    }

    static BigDecimal dec(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
    }

    static ChannelOption channel(String id, ChannelKind kind, String price, String coupon, String adSpendPerDay,
                                 String feePerOrder, String commissionRate, String recoveryRate,
                                 String expectedOrdersPerDay, String conversionRate) {
        return new ChannelOption(id, kind, dec(price), dec(coupon), dec(adSpendPerDay), dec(feePerOrder),
                dec(commissionRate), dec(recoveryRate), dec(expectedOrdersPerDay), dec(conversionRate));
    }

    static ChannelOption priceCut(String id, String price, String rate, String conversion) {
        return channel(id, ChannelKind.PRICE_CUT, price, null, null, null, null, null, rate, conversion);
    }

    static ChannelOption onsiteAds(String id, String adSpendPerDay, String rate, String conversion) {
        return channel(id, ChannelKind.ONSITE_ADS, null, null, adSpendPerDay, null, null, null, rate, conversion);
    }

    static ChannelOption offsite(String id, String price, String commission, String rate, String conversion) {
        return channel(id, ChannelKind.OFFSITE, price, null, null, null, commission, null, rate, conversion);
    }

    static ChannelOption liquidation(String id, String recovery, String commission, String fee, String rate) {
        return channel(id, ChannelKind.LIQUIDATION, null, null, null, fee, commission, recovery, rate, "1");
    }

    /** Q, c, p, d, h as given; no budget, no deadline. */
    static ClearanceRequest request(long quantity, String unitCost, String price, String disposalFee,
                                    String holdingCost, List<ChannelOption> channels) {
        return new ClearanceRequest("MUG-01", quantity, dec(unitCost), dec(price), dec(disposalFee), dec(holdingCost),
                null, null, new ArrayList<>(channels));
    }

    /** The request of most tables: Q = 100, c = 4, p = 10, d = 1 (floor c + d = 5), h = 0.01. */
    static ClearanceRequest standard(List<ChannelOption> channels) {
        return request(100, "4", "10", "1", "0.01", channels);
    }

    static ClearanceRequest withBudget(ClearanceRequest request, String budget) {
        return new ClearanceRequest(request.sku(), request.quantity(), request.unitCost(), request.price(),
                request.disposalFeePerUnit(), request.holdingCostPerUnitDay(), dec(budget), request.deadline(),
                request.channels());
    }

    static ClearanceRequest withDeadline(ClearanceRequest request, LocalDate deadline) {
        return new ClearanceRequest(request.sku(), request.quantity(), request.unitCost(), request.price(),
                request.disposalFeePerUnit(), request.holdingCostPerUnitDay(), request.budget(), deadline,
                request.channels());
    }

    /** A plan with a given CPA and conversion, as the ranking sees it (100 orders, floor 5). */
    static ChannelPlan plan(String id, ChannelKind kind, String cpa, String conversion) {
        BigDecimal floor = new BigDecimal("5");
        if (cpa == null || cpa.isBlank()) {
            return new ChannelPlan(id, kind, BigDecimal.TEN, 0, null, BigDecimal.ZERO, SpendBreakdown.NONE,
                    BigDecimal.ZERO, BigDecimal.ZERO, null, floor, BigDecimal.ZERO, dec(conversion),
                    CpaSource.ESTIMATE, false, ChannelPlan.NO_ORDERS, List.of());
        }
        BigDecimal value = new BigDecimal(cpa);
        boolean viable = value.compareTo(floor) < 0;
        return new ChannelPlan(id, kind, BigDecimal.TEN, 100, BigDecimal.TEN, BigDecimal.TEN, SpendBreakdown.NONE,
                BigDecimal.ZERO, value.multiply(BigDecimal.valueOf(100)), value, floor, BigDecimal.TEN,
                dec(conversion), CpaSource.ESTIMATE, viable, viable ? null : "CPA at or above the floor", List.of());
    }

    /** Asserts two amounts are equal as numbers (scale ignored). */
    static void assertAmount(String expected, BigDecimal actual, String what) {
        if (expected == null || expected.isBlank()) {
            org.junit.jupiter.api.Assertions.assertNull(actual, what);
            return;
        }
        org.junit.jupiter.api.Assertions.assertNotNull(actual, what);
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(expected).compareTo(actual),
                what + ": expected " + expected + " but was " + actual.toPlainString());
    }
}
