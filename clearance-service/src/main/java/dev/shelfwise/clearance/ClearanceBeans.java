package dev.shelfwise.clearance;

import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.plans.ClearancePlanner;
import dev.shelfwise.clearance.stock.DefaultChannels;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The plain domain objects, built once from configuration. */
public class ClearanceBeans {

    @Produces
    @Singleton
    ClearanceConfig clearanceConfig(ClearanceSettings settings) {
        return settings.toConfig();
    }

    @Produces
    @Singleton
    ClearancePlanner clearancePlanner(ClearanceConfig config) {
        return new ClearancePlanner(config);
    }

    @Produces
    @Singleton
    DefaultChannels defaultChannels(ClearanceSettings settings) {
        ClearanceSettings.DefaultPlan plan = settings.defaultPlan();
        return new DefaultChannels(plan.priceCutSalesMultiplier(), plan.assumedConversionRate(),
                plan.liquidationRecoveryRate(), plan.liquidationFeeRate(), plan.liquidationFeePerUnit(),
                plan.liquidationDays(), plan.storageFeeDaysPerMonth());
    }

    /** "Today" of the trailing windows and inventory ages, in the shop's time zone. */
    @Produces
    @Singleton
    Clock clock(ClearanceSettings settings) {
        return Clock.system(settings.timeZone());
    }
}
