package dev.shelfwise.matrix;

import dev.shelfwise.matrix.roles.MatrixThresholds;
import dev.shelfwise.matrix.roles.Role;
import dev.shelfwise.matrix.roles.RoleAssigner;
import dev.shelfwise.matrix.strategy.CategoryStrategy;
import dev.shelfwise.matrix.strategy.Factor;
import dev.shelfwise.matrix.strategy.Goal;
import dev.shelfwise.matrix.strategy.GoalWeights;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Turns {@link MatrixConfig} into the plain domain objects (thresholds, weights, engines) the services use. */
@Singleton
public class MatrixSettings {

    /** The thresholds of every rule, from configuration. */
    public static MatrixThresholds thresholds(MatrixConfig config) {
        MatrixConfig.Profit profit = config.profit();
        return new MatrixThresholds(config.statsWindowDays(),
                new MatrixThresholds.Traffic(config.traffic().maxPromoPriceRatio(), config.traffic().marginBelow(),
                        config.traffic().minViewsPercentile()),
                new MatrixThresholds.HotSelling(config.hotSelling().minGmvPercentile(),
                        config.hotSelling().minConversionPercentile(), config.hotSelling().minRating(),
                        config.hotSelling().minMargin()),
                new MatrixThresholds.Event(config.event().minInventoryAgeDays(), config.event().minWeeksOfCover()),
                new MatrixThresholds.Image(config.image().minPricePercentile(), config.image().maxUnitsPercentile(),
                        config.image().flagshipTag()),
                new MatrixThresholds.WordOfMouth(config.wordOfMouth().minRating(),
                        config.wordOfMouth().minReviewCountPercentile()),
                new MatrixThresholds.CrossSell(config.crossSell().maxPricePercentile(), config.crossSell().minLift()),
                new MatrixThresholds.Profit(profit.minMarginPercentile(), profit.minSearchImpressionsPercentile(),
                        profit.minOrdersPercentile(), profit.minConversionPercentile(), profit.maxSimilarPricedSkus(),
                        profit.priceBand()),
                new MatrixThresholds.Types(config.types().newMaxDaysSinceLaunch(),
                        new HashSet<>(config.types().specialtyTags())),
                new MatrixThresholds.Health(config.health().minProfitGmvShare()),
                roles(config.priority()), new HashSet<>(roles(config.presaleRoles())));
    }

    /** The factor weights of every goal, from configuration. */
    public static GoalWeights weights(MatrixConfig config) {
        MatrixConfig.Weights.Sales sales = config.weights().sales();
        MatrixConfig.Weights.ProfitGoal profit = config.weights().profit();
        MatrixConfig.Weights.NewCustomers newCustomers = config.weights().newCustomers();
        Map<Goal, Map<Factor, BigDecimal>> weights = new EnumMap<>(Goal.class);
        weights.put(Goal.SALES, factors(sales.explosionCoefficient(), sales.newCustomerIndex(),
                sales.crossCategoryPenetration(), sales.trend(), sales.inventoryToClear()));
        weights.put(Goal.PROFIT, factors(profit.explosionCoefficient(), profit.newCustomerIndex(),
                profit.crossCategoryPenetration(), profit.trend(), profit.inventoryToClear()));
        weights.put(Goal.NEW_CUSTOMERS, factors(newCustomers.explosionCoefficient(), newCustomers.newCustomerIndex(),
                newCustomers.crossCategoryPenetration(), newCustomers.trend(), newCustomers.inventoryToClear()));
        return new GoalWeights(weights);
    }

    @Produces
    @Singleton
    MatrixThresholds matrixThresholds(MatrixConfig config) {
        return thresholds(config);
    }

    @Produces
    @Singleton
    RoleAssigner roleAssigner(MatrixThresholds thresholds) {
        return new RoleAssigner(thresholds);
    }

    @Produces
    @Singleton
    CategoryStrategy categoryStrategy(MatrixConfig config) {
        return new CategoryStrategy(weights(config));
    }

    /** The shop's clock: "today" is a day in the shop's time zone. */
    @Produces
    @Singleton
    Clock shopClock(MatrixConfig config) {
        return Clock.system(config.zone());
    }

    private static List<Role> roles(List<String> names) {
        return names.stream().map(String::trim).map(Role::fromJson).toList();
    }

    private static Map<Factor, BigDecimal> factors(BigDecimal explosionCoefficient, BigDecimal newCustomerIndex,
                                                   BigDecimal crossCategoryPenetration, BigDecimal trend,
                                                   BigDecimal inventoryToClear) {
        Map<Factor, BigDecimal> factors = new EnumMap<>(Factor.class);
        factors.put(Factor.EXPLOSION_COEFFICIENT, explosionCoefficient);
        factors.put(Factor.NEW_CUSTOMER_INDEX, newCustomerIndex);
        factors.put(Factor.CROSS_CATEGORY_PENETRATION, crossCategoryPenetration);
        factors.put(Factor.TREND, trend);
        factors.put(Factor.INVENTORY_TO_CLEAR, inventoryToClear);
        return factors;
    }
}
