package dev.shelfwise.clearance.plans.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of {@code POST /v1/clearance/plans}, as sent: every field nullable and {@code kind} a string, so that
 * missing fields and unknown kinds are reported by name instead of failing the whole body.
 */
public record PlanRequestBody(String sku, Long quantity, BigDecimal unitCost, BigDecimal price,
                              BigDecimal disposalFeePerUnit, BigDecimal holdingCostPerUnitDay, BigDecimal budget,
                              LocalDate deadline, List<Channel> channels) {

    /** One channel as sent; see {@link dev.shelfwise.clearance.plans.ChannelOption} for the meaning of each field. */
    public record Channel(String id, String kind, BigDecimal price, BigDecimal couponValue, BigDecimal adSpendPerDay,
                          BigDecimal feePerOrder, BigDecimal commissionRate, BigDecimal recoveryRate,
                          BigDecimal expectedOrdersPerDay, BigDecimal conversionRate) {
    }
}
