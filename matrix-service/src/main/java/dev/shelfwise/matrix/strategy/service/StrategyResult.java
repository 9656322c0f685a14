package dev.shelfwise.matrix.strategy.service;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.strategy.CategoryScore;
import dev.shelfwise.matrix.strategy.Factor;
import dev.shelfwise.matrix.strategy.Tier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A promotion's category strategy.
 *
 * @param window     last year's comparable window
 * @param degraded   whether metrics-service's figures are missing (down, slow or failing)
 * @param reason     why it is degraded, or null
 * @param metricsCompleteThrough how far metrics-service's data went when it gave the figures; null when unknown
 * @param categories every category, best first
 * @param sources    where each known factor value came from, by category
 */
public record StrategyResult(Promotion promotion, ComparableWindow window, boolean degraded, String reason,
                             OffsetDateTime metricsCompleteThrough, List<CategoryScore> categories,
                             Map<String, Map<Factor, String>> sources) {

    /** The categories of a tier, in rank order. */
    public List<String> categoriesOf(Tier tier) {
        return categories.stream().filter(score -> score.tier() == tier).map(CategoryScore::category).toList();
    }

    /** Where a category's factor value came from; null when it is unknown. */
    public String source(String category, Factor factor) {
        return sources.getOrDefault(category, Map.of()).get(factor);
    }
}
