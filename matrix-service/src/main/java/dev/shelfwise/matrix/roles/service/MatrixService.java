package dev.shelfwise.matrix.roles.service;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.AnswerSettings;
import dev.shelfwise.matrix.baskets.BasketService;
import dev.shelfwise.matrix.persistence.DataVersion;
import dev.shelfwise.matrix.persistence.RecentAnswers;
import dev.shelfwise.matrix.products.CategoryScope;
import dev.shelfwise.matrix.products.ProductFactsService;
import dev.shelfwise.matrix.promotions.PromotionService;
import dev.shelfwise.matrix.roles.MatrixHealth;
import dev.shelfwise.matrix.strategy.client.FiringAlert;
import dev.shelfwise.matrix.strategy.client.MetricsClient;
import dev.shelfwise.matrix.roles.MatrixThresholds;
import dev.shelfwise.matrix.roles.ProductAssessment;
import dev.shelfwise.matrix.roles.ProductFacts;
import dev.shelfwise.matrix.roles.ProductMatrix;
import dev.shelfwise.matrix.roles.Role;
import dev.shelfwise.matrix.roles.RoleAssigner;
import dev.shelfwise.matrix.strategy.Tier;
import dev.shelfwise.matrix.strategy.service.StrategyResult;
import dev.shelfwise.matrix.strategy.service.StrategyService;
import dev.shelfwise.matrix.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product matrix of a promotion (DESIGN.md §7): the stored facts of every active SKU, run through the rule
 * engine as of today. Percentiles are per category, so a category is always assessed whole; the cross-sell rule also
 * needs its partners' categories (a partner must be a hot-selling or profit SKU of its own category), so those are
 * assessed too and then left out of the answer. An assessed scope is served again while this instance's stored data
 * is unchanged, for {@code shelfwise.matrix.answers.max-age} at most ({@link RecentAnswers}).
 */
@ApplicationScoped
public class MatrixService {

    private final PromotionService promotions;
    private final ProductFactsService products;
    private final BasketService baskets;
    private final StrategyService strategies;
    private final RoleAssigner assigner;
    private final MatrixThresholds thresholds;
    private final Clock clock;
    private final MetricsClient metrics;
    private final DataVersion version;
    private final RecentAnswers<ScopeQuestion, Assessed> recent;

    private record ScopeQuestion(CategoryScope scope, LocalDate asOf) {
    }

    /** A scope's SKUs assessed, and the facts they were judged on (never changed once built). */
    private record Assessed(ProductMatrix matrix, Map<String, ProductFacts> facts) {
    }

    /** metrics-service's scope for the trailing-24-hour evaluation of GMV concentration. */
    static final String TRAILING_DAY = "trailing-24h";

    public MatrixService(PromotionService promotions, ProductFactsService products, BasketService baskets,
                         StrategyService strategies, RoleAssigner assigner, MatrixThresholds thresholds, Clock clock,
                         MetricsClient metrics, DataVersion version, AnswerSettings answers) {
        this.metrics = metrics;
        this.version = version;
        this.recent = new RecentAnswers<>(answers.maxAge(), answers.keptAnswers(), System::nanoTime);
        this.promotions = promotions;
        this.products = products;
        this.baskets = baskets;
        this.strategies = strategies;
        this.assigner = assigner;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** The matrix of a promotion, optionally one category and/or one primary role; 404 for an unknown promotion. */
    public MatrixResult matrix(String promotionId, String category, Role role) {
        Promotion promotion = promotions.promotion(promotionId);
        CategoryScope scope = category == null ? CategoryScope.all() : CategoryScope.of(List.of(category));
        return assess(promotion, scope, category, role);
    }

    /** One SKU's role in a promotion; 404 for an unknown promotion or SKU. */
    public MatrixResult product(String sku, String promotionId) {
        Promotion promotion = promotions.promotion(promotionId);
        String category = products.categoryOf(sku)
                .orElseThrow(() -> new NotFoundException("no SKU " + sku + " in the catalog"));
        MatrixResult result = assess(promotion, CategoryScope.of(List.of(category)), category, null);
        List<ProductAssessment> one = result.products().stream().filter(product -> product.sku().equals(sku)).toList();
        return new MatrixResult(promotion, result.asOf(), result.statsWindowDays(), one, result.facts());
    }

    /** Role mix and warnings of the promotion's core categories. */
    public HealthResult health(String promotionId) {
        Promotion promotion = promotions.promotion(promotionId);
        StrategyResult strategy = strategies.strategy(promotion);
        List<String> core = strategy.categoriesOf(Tier.CORE);
        LocalDate asOf = LocalDate.now(clock);
        ProductMatrix matrix = core.isEmpty()
                ? new ProductMatrix(asOf, List.of())
                : assessed(CategoryScope.of(core), asOf).matrix();
        MetricsClient.FiringAlerts firing = metrics.firingAlerts();
        // the promotion's own window, or the trailing 24 h that every promotion lives in
        List<FiringAlert> concentration = firing.alerts().stream()
                .filter(alert -> FiringAlert.OVER_CONCENTRATION.equals(alert.kind()))
                .filter(alert -> ("promotion:" + promotion.id()).equals(alert.scope()) || TRAILING_DAY.equals(alert.scope()))
                .toList();
        return new HealthResult(promotion, asOf, core, MatrixHealth.of(matrix, core, thresholds.health()),
                strategy.degraded(), strategy.reason(), concentration, firing.failure());
    }

    private MatrixResult assess(Promotion promotion, CategoryScope scope, String category, Role role) {
        LocalDate asOf = LocalDate.now(clock);
        Assessed assessed = assessed(scope, asOf);
        return new MatrixResult(promotion, asOf, thresholds.statsWindowDays(),
                assessed.matrix().filter(category, role), assessed.facts());
    }

    private Assessed assessed(CategoryScope scope, LocalDate asOf) {
        return recent.get(new ScopeQuestion(scope, asOf), version.current(), () -> {
            Map<String, ProductFacts> facts = facts(scope, asOf);
            return new Assessed(assigner.assign(List.copyOf(facts.values()), asOf), Collections.unmodifiableMap(facts));
        });
    }

    /** Facts of the scope's SKUs and of their basket partners' categories. */
    private Map<String, ProductFacts> facts(CategoryScope scope, LocalDate asOf) {
        Map<String, Map<String, BigDecimal>> lifts = baskets.lifts(scope);
        CategoryScope widened = scope;
        if (lifts != null && !scope.isAll()) {
            Set<String> partners = new HashSet<>();
            lifts.values().forEach(byPartner -> partners.addAll(byPartner.keySet()));
            widened = scope.plus(new ArrayList<>(products.categoriesOf(partners)));
        }
        return products.facts(widened, lifts, asOf);
    }
}
