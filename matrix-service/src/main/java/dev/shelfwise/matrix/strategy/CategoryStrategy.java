package dev.shelfwise.matrix.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks a promotion's categories by a goal-weighted score of their factors and splits them into core, auxiliary and
 * long-tail (DESIGN.md §6).
 *
 * <p><b>Normalisation: min-max across categories.</b> For each factor, over the categories with a known value,
 * {@code normalised = (value − min) / (max − min)}, so the best category scores 1 and the worst 0 on that factor;
 * when all known values are equal (or only one category has a value) the factor does not discriminate and every
 * known value normalises to 0.5.
 *
 * <p><b>Score.</b> {@code score = Σ effectiveWeight_f × normalised_f} over the factors the category has a value for,
 * with {@code effectiveWeight_f = weight_f / Σ weights of those factors}. A missing factor therefore does not count as
 * zero: its weight is redistributed to the known factors in proportion to their weights, and the score stays in
 * [0, 1]. A category with no known factor of positive weight is unscored and long-tail. Normalised values are rounded
 * to {@value #SCALE} decimals (half up); the score is computed exactly from them and the weights, then rounded once to
 * {@value #SCALE} decimals, so equal inputs give equal scores and ties are broken by category name. Effective weights
 * and contributions are shown rounded to {@value #SCALE} decimals, so their sum may differ from the score in the last
 * decimal.
 */
public final class CategoryStrategy {

    /** Decimals of normalised values, effective weights, contributions and scores. */
    public static final int SCALE = 6;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private final GoalWeights weights;

    public CategoryStrategy(GoalWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public GoalWeights weights() {
        return weights;
    }

    /**
     * Ranks categories for a goal.
     *
     * @param categories     the categories with their factors (names must be unique)
     * @param goal           the promotion's goal
     * @param coreCount      how many categories lead the promotion
     * @param auxiliaryCount how many support them
     * @return one score per category, best first
     */
    public List<CategoryScore> rank(List<CategoryFactors> categories, Goal goal, int coreCount, int auxiliaryCount) {
        Objects.requireNonNull(goal, "goal");
        if (coreCount < 0 || auxiliaryCount < 0) {
            throw new IllegalArgumentException("coreCount and auxiliaryCount must not be negative");
        }
        Set<String> names = new HashSet<>();
        for (CategoryFactors category : categories) {
            if (!names.add(category.category())) {
                throw new IllegalArgumentException("duplicate category " + category.category());
            }
        }
        Map<Factor, Map<String, BigDecimal>> normalised = new HashMap<>();
        for (Factor factor : Factor.values()) {
            Map<String, BigDecimal> values = new HashMap<>();
            categories.stream()
                    .filter(category -> category.value(factor) != null)
                    .forEach(category -> values.put(category.category(), category.value(factor)));
            normalised.put(factor, minMax(values));
        }

        List<Scored> scored = new ArrayList<>();
        for (CategoryFactors category : categories) {
            scored.add(score(category, goal, normalised));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.score == null)
                .thenComparing(s -> s.score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.category));

        List<CategoryScore> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i + 1;
            Tier tier;
            if (s.score == null || rank > coreCount + auxiliaryCount) {
                tier = Tier.LONG_TAIL;
            } else if (rank <= coreCount) {
                tier = Tier.CORE;
            } else {
                tier = Tier.AUXILIARY;
            }
            ranked.add(new CategoryScore(s.category, rank, tier, s.score, s.factors, s.note));
        }
        return ranked;
    }

    /**
     * Min-max normalisation of one factor's known values, keyed by category, rounded to {@value #SCALE} decimals;
     * 0.5 for every value when they are all equal.
     */
    public static Map<String, BigDecimal> minMax(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> result = new HashMap<>();
        if (values.isEmpty()) {
            return result;
        }
        BigDecimal min = values.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = values.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal range = max.subtract(min);
        values.forEach((category, value) -> result.put(category, range.signum() == 0
                ? HALF.setScale(SCALE, RoundingMode.HALF_UP)
                : value.subtract(min).divide(range, SCALE, RoundingMode.HALF_UP)));
        return result;
    }

    private Scored score(CategoryFactors category, Goal goal, Map<Factor, Map<String, BigDecimal>> normalised) {
        BigDecimal knownWeight = BigDecimal.ZERO;
        for (Factor factor : Factor.values()) {
            if (category.value(factor) != null) {
                knownWeight = knownWeight.add(weights.weight(goal, factor));
            }
        }
        boolean scored = knownWeight.signum() > 0;
        List<FactorScore> lines = new ArrayList<>();
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (Factor factor : Factor.values()) {
            BigDecimal value = category.value(factor);
            BigDecimal weight = weights.weight(goal, factor);
            if (value == null) {
                lines.add(new FactorScore(factor, null, null, weight, ZERO, null, FactorScore.NO_DATA));
                continue;
            }
            BigDecimal norm = normalised.get(factor).get(category.category());
            BigDecimal weighted = weight.multiply(norm);
            weightedSum = weightedSum.add(weighted);
            BigDecimal effective = scored ? weight.divide(knownWeight, SCALE, RoundingMode.HALF_UP) : ZERO;
            BigDecimal contribution = scored ? weighted.divide(knownWeight, SCALE, RoundingMode.HALF_UP) : ZERO;
            lines.add(new FactorScore(factor, value, norm, weight, effective, contribution, null));
        }
        if (!scored) {
            return new Scored(category.category(), null, lines,
                    "no data: no factor with a positive weight for goal " + goal + " is known");
        }
        return new Scored(category.category(), weightedSum.divide(knownWeight, SCALE, RoundingMode.HALF_UP), lines,
                null);
    }

    private record Scored(String category, BigDecimal score, List<FactorScore> factors, String note) {
    }
}
