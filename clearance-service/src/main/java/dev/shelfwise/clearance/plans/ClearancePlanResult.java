package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to a what-if request.
 *
 * @param sku              the SKU
 * @param destructionFloor c + d, the CPA every viable plan beats
 * @param plans            every channel evaluated, in request order
 * @param ranking          the plans best first
 * @param allocation       how to split the lot, against destroying everything now
 */
public record ClearancePlanResult(String sku, BigDecimal destructionFloor, List<ChannelPlan> plans,
                                  List<RankedPlan> ranking, Allocation allocation) {

    public ClearancePlanResult {
        plans = List.copyOf(plans);
        ranking = List.copyOf(ranking);
    }
}
