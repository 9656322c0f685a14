package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * The units no selling channel clears, and where they go.
 *
 * @param units           Q minus the units sold through selling channels
 * @param liquidations    liquidation channels that take some of them
 * @param destroyedUnits  units destroyed now
 * @param destructionCost destroyedUnits × (c + d)
 * @param cost            net cost of liquidations plus destruction
 * @param fate            summary of where they go
 * @param reason          why, in words
 */
public record Remainder(long units, List<ChannelAllocation> liquidations, long destroyedUnits,
                        BigDecimal destructionCost, BigDecimal cost, RemainderFate fate, String reason) {

    public Remainder {
        liquidations = List.copyOf(liquidations);
    }
}
