package dev.shelfwise.matrix.strategy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A category's place in a promotion's category strategy.
 *
 * @param category the category
 * @param rank     1-based rank: score descending, ties by category name; unscored categories last
 * @param tier     core (top coreCount), auxiliary (next auxiliaryCount), long-tail (the rest, and every unscored one)
 * @param score    Σ weight × normalised / Σ weights over the known factors, in [0, 1] (the sum of the contributions
 *                 up to rounding); null when no factor with a positive weight is known
 * @param factors  every factor, in {@link Factor} order
 * @param note     why the category is unscored, or null
 */
public record CategoryScore(String category, int rank, Tier tier, BigDecimal score, List<FactorScore> factors,
                            String note) {

    public CategoryScore {
        factors = List.copyOf(factors);
    }

    /** The score line of one factor. */
    public FactorScore factor(Factor factor) {
        return factors.stream().filter(line -> line.factor() == factor).findFirst().orElseThrow();
    }
}
