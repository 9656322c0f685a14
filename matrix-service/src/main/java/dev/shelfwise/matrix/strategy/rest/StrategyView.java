package dev.shelfwise.matrix.strategy.rest;

import dev.shelfwise.matrix.strategy.CategoryScore;
import dev.shelfwise.matrix.strategy.FactorScore;
import dev.shelfwise.matrix.strategy.service.StrategyResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The category strategy of a promotion, explainable: every category with its tier, score and each factor's value,
 * weight and contribution, and where the value came from.
 *
 * @param degraded               true when metrics-service's figures are missing; {@code reason} says which call failed
 *                               and why
 * @param metricsCompleteThrough how far metrics-service's data went when it gave the figures (they are reused for a
 *                               few seconds); null when degraded or unknown
 */
public record StrategyView(String promotion, String goal, int coreCount, int auxiliaryCount,
                           Window comparableWindow, boolean degraded, String reason,
                           OffsetDateTime metricsCompleteThrough, List<CategoryView> categories) {

    public record Window(LocalDate start, LocalDate end) {
    }

    /** One category: rank, tier, score (null when unscored, with the note saying why) and its factors. */
    public record CategoryView(String category, int rank, String tier, BigDecimal score, String note,
                               List<FactorView> factors) {
    }

    /**
     * @param weight          the goal's configured weight
     * @param effectiveWeight the weight applied once unknown factors' weights are redistributed
     * @param contribution    effectiveWeight × normalised: this factor's share of the score
     * @param source          where the value came from; null when unknown
     */
    public record FactorView(String factor, BigDecimal value, BigDecimal normalised, BigDecimal weight,
                             BigDecimal effectiveWeight, BigDecimal contribution, String source, String note) {
    }

    static StrategyView of(StrategyResult result) {
        return new StrategyView(result.promotion().id(), result.promotion().goal(), result.promotion().coreCount(),
                result.promotion().auxiliaryCount(),
                new Window(result.window().start(), result.window().end()), result.degraded(), result.reason(),
                result.metricsCompleteThrough(), result.categories().stream().map(score -> category(result, score)).toList());
    }

    private static CategoryView category(StrategyResult result, CategoryScore score) {
        return new CategoryView(score.category(), score.rank(), score.tier().jsonName(), score.score(), score.note(),
                score.factors().stream().map(factor -> factor(result, score.category(), factor)).toList());
    }

    private static FactorView factor(StrategyResult result, String category, FactorScore factor) {
        return new FactorView(factor.factor().jsonName(), factor.value(), factor.normalised(), factor.weight(),
                factor.effectiveWeight(), factor.contribution(), result.source(category, factor.factor()),
                factor.note());
    }
}
