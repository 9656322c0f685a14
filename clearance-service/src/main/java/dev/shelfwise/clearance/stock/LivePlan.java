package dev.shelfwise.clearance.stock;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;

import dev.shelfwise.clearance.plans.ChannelKind;
import dev.shelfwise.clearance.plans.ChannelOption;
import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.plans.ClearanceRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The what-if question the service asks itself for a SKU under clearance, from what it has observed:
 * <ul>
 *   <li><b>quantity</b>: units to clear = max(units at least clearanceAgeDays old, units beyond the excess days of
 *       supply); a SKU with neither is planned for all it has on hand (what /channels shows for a healthy SKU);</li>
 *   <li><b>price</b>: the average selling price over the velocity window (see the service), <b>unit cost</b>,
 *       <b>disposal fee</b> from the inventory snapshot, <b>holding cost</b> = storage fee per unit and month / days
 *       per month; no budget and no deadline;</li>
 *   <li><b>channels</b>: {@value #PRICE_CUT} (the price less the minimum clearance discount, at today's daily sales
 *       × the configured multiplier), {@value #LIQUIDATION} (the configured recovery and fees, the whole lot within
 *       the configured days), and every observed ad or off-site channel of the SKU ({@code ads:…} as on-site ads,
 *       {@code offsite:…} as off-site with no known commission), estimated as if its trailing-window pace and spend
 *       went on until the lot is gone. Other channels ({@code onsite}, {@code onsite:coupon}) are natural sales:
 *       they count in the sales velocity and are shown measured, but are not clearance channels.</li>
 * </ul>
 * Destruction needs no channel: the allocation destroys what no channel clears cheaper.
 */
public final class LivePlan {

    /** Id of the default price cut. */
    public static final String PRICE_CUT = "price-cut";
    /** Id of the default liquidation. */
    public static final String LIQUIDATION = "liquidation";
    /** Order channels of ad campaigns: {@code ads:<campaignId>}. */
    public static final String ADS_PREFIX = "ads:";
    /** Order channels of off-site deal channels: {@code offsite:<name>}. */
    public static final String OFFSITE_PREFIX = "offsite:";

    private LivePlan() {
    }

    /** The clearance kind of an observed order channel; empty for natural sales. */
    public static Optional<ChannelKind> observedKind(String channel) {
        if (channel.startsWith(ADS_PREFIX)) {
            return Optional.of(ChannelKind.ONSITE_ADS);
        }
        if (channel.startsWith(OFFSITE_PREFIX)) {
            return Optional.of(ChannelKind.OFFSITE);
        }
        return Optional.empty();
    }

    /** max(aged units, excess units); all units on hand when both are 0. */
    public static long quantity(ClearanceNeed need) {
        long toClear = Math.max(need.agedUnits(), need.excessUnits());
        return toClear > 0 ? toClear : need.onHand();
    }

    /** Holding cost per unit and day from a monthly storage fee (null fee: nothing known, 0). */
    public static BigDecimal holdingCostPerUnitDay(BigDecimal storageFeePerUnitMonth, DefaultChannels defaults) {
        return storageFeePerUnitMonth == null ? BigDecimal.ZERO
                : divide(storageFeePerUnitMonth, BigDecimal.valueOf(defaults.storageFeeDaysPerMonth()));
    }

    /**
     * The channels to evaluate, defaults first, then observed channels by name.
     *
     * @param price      current selling price, null when unknown (then no price cut and no liquidation is offered)
     * @param dailyUnits today's average units sold per day
     * @param measured   the SKU's channels measured over the trailing window of {@code windowDays}
     */
    public static List<ChannelOption> channels(BigDecimal price, BigDecimal dailyUnits, long quantity,
                                               Map<String, MeasuredCpa> measured, int windowDays,
                                               ClearanceConfig config, DefaultChannels defaults) {
        List<ChannelOption> channels = new ArrayList<>();
        BigDecimal cutPrice = price == null ? null
                : price.multiply(BigDecimal.ONE.subtract(config.minimumClearanceDiscount()));
        if (cutPrice != null && cutPrice.compareTo(price) < 0) {
            channels.add(new ChannelOption(PRICE_CUT, ChannelKind.PRICE_CUT, cutPrice, null, null, null, null, null,
                    dailyUnits.multiply(defaults.priceCutSalesMultiplier()), defaults.assumedConversionRate()));
        }
        if (price != null) {
            channels.add(new ChannelOption(LIQUIDATION, ChannelKind.LIQUIDATION, null, null, null,
                    defaults.liquidationFeePerUnit(), defaults.liquidationFeeRate(), defaults.liquidationRecoveryRate(),
                    divide(BigDecimal.valueOf(quantity), BigDecimal.valueOf(defaults.liquidationDays())),
                    BigDecimal.ONE));
        }
        BigDecimal days = BigDecimal.valueOf(windowDays);
        measured.forEach((channel, figures) -> observedKind(channel).ifPresent(kind -> channels.add(
                new ChannelOption(channel, kind, null, null, divide(figures.adSpend(), days), null,
                        kind == ChannelKind.OFFSITE ? BigDecimal.ZERO : null, null,
                        divide(BigDecimal.valueOf(figures.units()), days),
                        conversion(figures.conversionRate(), defaults)))));
        return List.copyOf(channels);
    }

    /** The request for a SKU (fields may be null when unknown: the validator then says which). */
    public static ClearanceRequest request(String sku, long quantity, BigDecimal unitCost, BigDecimal price,
                                           BigDecimal disposalFeePerUnit, BigDecimal holdingCostPerUnitDay,
                                           List<ChannelOption> channels) {
        return new ClearanceRequest(sku, quantity, unitCost, price, disposalFeePerUnit, holdingCostPerUnitDay, null,
                null, channels);
    }

    /** Measured conversion when there were clicks, at most 1 (few clicks can bring more orders); else assumed. */
    private static BigDecimal conversion(BigDecimal measured, DefaultChannels defaults) {
        return measured == null ? defaults.assumedConversionRate() : measured.min(BigDecimal.ONE);
    }
}
