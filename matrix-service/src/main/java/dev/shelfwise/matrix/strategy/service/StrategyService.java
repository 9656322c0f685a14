package dev.shelfwise.matrix.strategy.service;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.AnswerSettings;
import dev.shelfwise.matrix.MatrixConfig;
import dev.shelfwise.matrix.categories.CategoryStatsService;
import dev.shelfwise.matrix.categories.repository.CategoryStatsSnapshot;
import dev.shelfwise.matrix.persistence.DataVersion;
import dev.shelfwise.matrix.persistence.RecentAnswers;
import dev.shelfwise.matrix.products.ProductFactsService;
import dev.shelfwise.matrix.promotions.PromotionService;
import dev.shelfwise.matrix.strategy.CategoryFactors;
import dev.shelfwise.matrix.strategy.CategoryScore;
import dev.shelfwise.matrix.strategy.CategoryStrategy;
import dev.shelfwise.matrix.strategy.Factor;
import dev.shelfwise.matrix.strategy.Goal;
import dev.shelfwise.matrix.strategy.client.ExplosionRow;
import dev.shelfwise.matrix.strategy.client.MetricsClient;
import dev.shelfwise.matrix.strategy.client.MetricsFigures;
import dev.shelfwise.matrix.strategy.client.PenetrationRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Gathers each category's factors for a promotion and ranks them with the goal's weights (DESIGN.md §6).
 * <ul>
 *   <li>explosion coefficient: metrics-service, last year's comparable window;</li>
 *   <li>new-customer index: metrics-service, the months of that window ({@link NewCustomerIndexes});</li>
 *   <li>cross-category penetration: metrics-service over the trailing window, else category-stats.v1;</li>
 *   <li>trend: category-stats.v1, year over year, else month over month;</li>
 *   <li>inventory to clear: matrix-service's own inventory and product-stats (stock beyond the days of supply).</li>
 * </ul>
 * The categories ranked are those metrics-service reports; when it reports none (down, or no sales yet), those
 * matrix-service knows from category-stats.v1 and the catalog. A strategy is served again while neither the promotion,
 * metrics-service's figures nor this instance's stored data changed, for {@code shelfwise.matrix.answers.max-age} at
 * most ({@link RecentAnswers}).
 */
@ApplicationScoped
public class StrategyService {

    private final PromotionService promotions;
    private final MetricsClient metrics;
    private final CategoryStatsService categoryStats;
    private final ProductFactsService products;
    private final CategoryStrategy engine;
    private final MatrixConfig.Strategy settings;
    private final Clock clock;
    private final DataVersion version;
    private final RecentAnswers<StrategyQuestion, StrategyResult> recent;

    private record StrategyQuestion(Promotion promotion, LocalDate today, MetricsFigures figures) {
    }

    public StrategyService(PromotionService promotions, MetricsClient metrics, CategoryStatsService categoryStats,
                           ProductFactsService products, CategoryStrategy engine, MatrixConfig config, Clock clock,
                           DataVersion version, AnswerSettings answers) {
        this.version = version;
        this.recent = new RecentAnswers<>(answers.maxAge(), answers.keptAnswers(), System::nanoTime);
        this.promotions = promotions;
        this.metrics = metrics;
        this.categoryStats = categoryStats;
        this.products = products;
        this.engine = engine;
        this.settings = config.strategy();
        this.clock = clock;
    }

    /** The strategy of a stored promotion; 404 when it is unknown. */
    public StrategyResult strategy(String promotionId) {
        return strategy(promotions.promotion(promotionId));
    }

    public StrategyResult strategy(Promotion promotion) {
        ComparableWindow window = ComparableWindow.of(promotion.start(), promotion.end());
        LocalDate today = LocalDate.now(clock);
        LocalDate penetrationFrom = today.minusDays(settings.penetrationWindowDays() - 1L);
        // metrics-service marks its top K as candidates; K must be at least 1 for its API
        MetricsFigures figures = metrics.figures(window.start(), window.end(), settings.explosionBasis(),
                Math.max(1, promotion.coreCount()), window.years(), penetrationFrom, today);
        return recent.get(new StrategyQuestion(promotion, today, figures), version.current(),
                () -> rank(promotion, window, figures, penetrationFrom, today));
    }

    private StrategyResult rank(Promotion promotion, ComparableWindow window, MetricsFigures figures,
                                LocalDate penetrationFrom, LocalDate today) {
        Map<String, ExplosionRow> explosion = figures.explosion().stream()
                .filter(row -> row.category() != null)
                .collect(Collectors.toMap(ExplosionRow::category, row -> row, (first, second) -> first));
        Map<String, PenetrationRow> penetration = figures.penetration().stream()
                .filter(row -> row.category() != null)
                .collect(Collectors.toMap(PenetrationRow::category, row -> row, (first, second) -> first));
        Map<String, BigDecimal> newCustomer = NewCustomerIndexes.over(figures.newCustomer(), window.months());
        Map<String, CategoryStatsSnapshot> stats = categoryStats.all();
        Map<String, BigDecimal> inventory = products.excessStockValue();

        TreeSet<String> universe = new TreeSet<>(explosion.keySet());
        universe.addAll(penetration.keySet());
        if (universe.isEmpty()) {
            universe.addAll(stats.keySet());
            universe.addAll(products.categories());
        }

        String explosionSource = "metrics-service explosion coefficient " + window.start() + ".." + window.end()
                + " (" + settings.explosionBasis() + ")";
        String newCustomerSource = "metrics-service new-customer index " + window.months().stream()
                .map(Object::toString).collect(Collectors.joining(", "));
        String penetrationSource = "metrics-service cross-category penetration " + penetrationFrom + ".." + today;
        List<CategoryFactors> factors = new ArrayList<>();
        Map<String, Map<Factor, String>> sources = new HashMap<>();
        for (String category : universe) {
            Map<Factor, String> source = new EnumMap<>(Factor.class);
            ExplosionRow ec = explosion.get(category);
            BigDecimal explosionCoefficient = known(ec == null ? null : ec.coefficient(), Factor.EXPLOSION_COEFFICIENT,
                    explosionSource, source);
            BigDecimal newCustomerIndex = known(newCustomer.get(category), Factor.NEW_CUSTOMER_INDEX,
                    newCustomerSource, source);
            PenetrationRow rate = penetration.get(category);
            CategoryStatsSnapshot local = stats.get(category);
            BigDecimal crossCategory = known(rate == null ? null : rate.rate(), Factor.CROSS_CATEGORY_PENETRATION,
                    penetrationSource, source);
            if (crossCategory == null && local != null) {
                crossCategory = known(local.crossCategoryPenetration, Factor.CROSS_CATEGORY_PENETRATION,
                        "category-stats.v1 crossCategoryPenetration (trailing 365 days)", source);
            }
            BigDecimal trend = null;
            if (local != null) {
                trend = known(local.yearOverYearGrowth, Factor.TREND, "category-stats.v1 yearOverYearGrowth", source);
                if (trend == null) {
                    trend = known(local.monthOverMonthGrowth, Factor.TREND, "category-stats.v1 monthOverMonthGrowth",
                            source);
                }
            }
            BigDecimal toClear = known(inventory.get(category), Factor.INVENTORY_TO_CLEAR,
                    "inventory.v1 + product-stats.v1: stock beyond " + settings.excessDaysOfSupply()
                            + " days of supply, at cost", source);
            factors.add(new CategoryFactors(category, explosionCoefficient, newCustomerIndex, crossCategory, trend,
                    toClear));
            sources.put(category, source);
        }
        List<CategoryScore> ranked = engine.rank(factors, Goal.fromJson(promotion.goal()), promotion.coreCount(),
                promotion.auxiliaryCount());
        String reason = figures.degraded()
                ? figures.failure() + "; ranked on what matrix-service knows itself (category-stats.v1, inventory)"
                : null;
        return new StrategyResult(promotion, window, figures.degraded(), reason, figures.completeThrough(), ranked,
                sources);
    }

    private static BigDecimal known(BigDecimal value, Factor factor, String from, Map<Factor, String> sources) {
        if (value != null) {
            sources.put(factor, from);
        }
        return value;
    }
}
