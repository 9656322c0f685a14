package dev.shelfwise.clearance.stock;

import java.math.BigDecimal;

/**
 * What the service assumes about the channels of a live SKU that nobody planned by hand (configuration
 * {@code shelfwise.clearance.default-plan.*}; the service's README lists the defaults and where they come from).
 *
 * @param priceCutSalesMultiplier daily sales after a cut of the minimum clearance discount, as a multiple of today's
 * @param assumedConversionRate   conversion rate of a channel without measured clicks (it only breaks near-ties)
 * @param liquidationRecoveryRate share of the selling price a liquidator pays
 * @param liquidationFeeRate      liquidation fee as a share of the proceeds
 * @param liquidationFeePerUnit   liquidation fee per unit
 * @param liquidationDays         days a liquidator takes to take the whole lot
 * @param storageFeeDaysPerMonth  days in the month of the inventory's storage fee
 */
public record DefaultChannels(BigDecimal priceCutSalesMultiplier, BigDecimal assumedConversionRate,
                              BigDecimal liquidationRecoveryRate, BigDecimal liquidationFeeRate,
                              BigDecimal liquidationFeePerUnit, int liquidationDays, int storageFeeDaysPerMonth) {

    public DefaultChannels {
        if (liquidationDays <= 0 || storageFeeDaysPerMonth <= 0) {
            throw new IllegalArgumentException("liquidationDays and storageFeeDaysPerMonth must be positive");
        }
    }
}
