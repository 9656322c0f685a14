package dev.shelfwise.clearance;

import dev.shelfwise.clearance.plans.ClearanceConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of clearance-service ({@code shelfwise.clearance.*}). The rule settings default to DESIGN.md §8 (see
 * {@link ClearanceConfig}); the default plan settings are our own assumptions, marked as such, for SKUs whose channels
 * nobody has described yet.
 */
@ConfigMapping(prefix = "shelfwise.clearance")
public interface ClearanceSettings {

    /** Two CPAs within this share of the larger one are tied; the higher conversion rate then wins. */
    @WithDefault("0.05")
    BigDecimal tieTolerance();

    /** A clearance deal needs at least this much off the current price (Amazon: 20 %). */
    @WithDefault("0.20")
    BigDecimal minimumClearanceDiscount();

    /** Inclusive upper day of each inventory age bucket but the last (0-90, 91-180, 181-270, 271-365, 365+). */
    @WithDefault("90,180,270,365")
    List<Integer> ageBucketUpperBounds();

    /** Stock beyond this many days of sales is excess. */
    @WithDefault("90")
    int excessDaysOfSupply();

    /** Units at least this many days old make a SKU need clearance. */
    @WithDefault("90")
    int clearanceAgeDays();

    /** This many weeks of cover or more make a SKU need clearance. */
    @WithDefault("12")
    BigDecimal clearanceWeeksOfCover();

    /** Days of the trailing window of measured CPA and conversion, ending today. */
    @WithDefault("7")
    int measuredWindowDays();

    /** Attributed orders in the window before the measured CPA replaces the estimate in the ranking. */
    @WithDefault("20")
    int minimumMeasuredOrders();

    /** Days of the trailing window that gives the sales velocity and the current selling price (product-stats' 30). */
    @WithDefault("30")
    int velocityWindowDays();

    /** The shop's time zone: orders and ad spend are counted on its calendar days. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /** The channels recommended for a SKU under clearance before anyone plans it by hand. */
    DefaultPlan defaultPlan();

    /** Warnings raised as alerts. */
    Alerts alerts();

    /** The default channel set of a live SKU: a price cut, liquidation, and the SKU's own ad channels. */
    interface DefaultPlan {

        /** Our assumption: a cut of the minimum clearance discount multiplies the SKU's daily sales by this. */
        @WithDefault("2")
        BigDecimal priceCutSalesMultiplier();

        /** Our assumption: the conversion rate of a channel nobody measured (it only breaks near-ties). */
        @WithDefault("0.02")
        BigDecimal assumedConversionRate();

        /** Share of the selling price a liquidator pays (DESIGN.md §8: 5–10 %; the cautious end). */
        @WithDefault("0.05")
        BigDecimal liquidationRecoveryRate();

        /** Liquidation fee as a share of the proceeds (DESIGN.md §8: about 15 %). */
        @WithDefault("0.15")
        BigDecimal liquidationFeeRate();

        /** Our assumption: liquidation's per-unit fee, in the shop's currency. */
        @WithDefault("0.25")
        BigDecimal liquidationFeePerUnit();

        /** Our assumption: a liquidator takes the whole lot within this many days. */
        @WithDefault("1")
        int liquidationDays();

        /** Days in the month of the inventory's storage fee: holding cost per unit and day = fee / this. */
        @WithDefault("30")
        int storageFeeDaysPerMonth();
    }

    interface Alerts {

        /** Days an ads-only clearance may sell below plan before it raises "move the price". */
        @WithDefault("7")
        int adsOnlyDays();

        /** Webhook receivers of every transition, by name (none by default), e.g. {@code receivers.ops.url=…}. */
        Map<String, Receiver> receivers();

        Webhook webhook();
    }

    /** One webhook receiver of the alerts. */
    interface Receiver {

        /** Where transitions are POSTed (http or https). */
        String url();

        /** {@code alertmanager} (Alertmanager webhook v4) or {@code json} (the AlertEvent of alerts.v1). */
        @WithDefault("alertmanager")
        String format();

        /** Sent as {@code Authorization: Bearer …}; never logged. */
        Optional<String> bearerToken();
    }

    /** How alerts reach the receivers: pending transitions are stored and delivered on a schedule of their own. */
    interface Webhook {

        /** How often pending transitions are handed to the receivers (new ones, and those a restart cut short). */
        @WithDefault("5s")
        Duration deliverEvery();

        /** Connect and answer timeout of one attempt. */
        @WithDefault("2s")
        Duration timeout();

        /** Attempts per transition and receiver, the first included. */
        @WithDefault("4")
        int attempts();

        /** Pause before the second attempt; doubles for each further one. */
        @WithDefault("1s")
        Duration backoff();

        /** Threads that deliver, so a slow receiver never holds up consumption. */
        @WithDefault("2")
        int threads();
    }

    /** The domain's view of these settings. */
    default ClearanceConfig toConfig() {
        return new ClearanceConfig(tieTolerance(), minimumClearanceDiscount(), ageBucketUpperBounds(),
                excessDaysOfSupply(), clearanceAgeDays(), clearanceWeeksOfCover(), measuredWindowDays(),
                minimumMeasuredOrders());
    }
}
