package dev.shelfwise.matrix.roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assigns every SKU of a promotion one primary role, its types and the pre-sale advice (DESIGN.md §7).
 *
 * <p>Percentiles are taken within each SKU's category over the SKUs given (the promotion's active SKUs).
 *
 * <p><b>Cross-sell resolution, two passes.</b> Cross-sell depends on which SKUs are hot-selling or profit SKUs, while
 * a profit SKU's primary role depends on cross-sell (which outranks it). To avoid the cycle, the anchors are the SKUs
 * whose hot-selling or profit <em>rule</em> matches, whatever their primary role. Pass 1 evaluates every rule except
 * cross-sell (none of them depends on other SKUs' roles); the anchor set is read off pass 1; pass 2 evaluates cross-sell
 * against it. Anchors may be in any category. Then the primary role is the first matching role in priority order.
 */
public final class RoleAssigner {

    private final MatrixThresholds thresholds;

    public RoleAssigner(MatrixThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public MatrixThresholds thresholds() {
        return thresholds;
    }

    /** The matrix of these SKUs (SKUs must be unique) as of a day (used by the {@code new} type). */
    public ProductMatrix assign(List<ProductFacts> products, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, List<ProductFacts>> byCategory = new TreeMap<>();
        Set<String> skus = new HashSet<>();
        for (ProductFacts product : products) {
            if (!skus.add(product.sku())) {
                throw new IllegalArgumentException("duplicate SKU " + product.sku());
            }
            byCategory.computeIfAbsent(product.category(), category -> new ArrayList<>()).add(product);
        }
        Map<String, CategoryPercentiles> percentiles = new TreeMap<>();
        byCategory.forEach((category, members) -> percentiles.put(category, CategoryPercentiles.of(category, members)));

        // pass 1: every rule that does not depend on other SKUs' roles
        Map<String, Map<Role, RuleOutcome>> outcomes = new LinkedHashMap<>();
        Set<String> anchors = new HashSet<>();
        for (ProductFacts product : products) {
            RuleInput input = new RuleInput(product, percentiles.get(product.category()), thresholds, Set.of(), asOf);
            Map<Role, RuleOutcome> perRole = new EnumMap<>(Role.class);
            for (RoleRule rule : RoleRule.values()) {
                if (rule != RoleRule.CROSS_SELL) {
                    perRole.put(rule.role(), rule.evaluate(input));
                }
            }
            if (perRole.get(Role.HOT_SELLING).matches() || perRole.get(Role.PROFIT).matches()) {
                anchors.add(product.sku());
            }
            outcomes.put(product.sku(), perRole);
        }

        // pass 2: cross-sell against the hot-selling/profit anchors, then the priority resolution
        List<ProductAssessment> assessments = new ArrayList<>();
        for (ProductFacts product : products) {
            RuleInput input = new RuleInput(product, percentiles.get(product.category()), thresholds, anchors, asOf);
            Map<Role, RuleOutcome> perRole = outcomes.get(product.sku());
            perRole.put(Role.CROSS_SELL, RoleRule.CROSS_SELL.evaluate(input));
            assessments.add(assess(product, perRole, asOf));
        }
        assessments.sort(Comparator.comparing(ProductAssessment::category).thenComparing(ProductAssessment::sku));
        return new ProductMatrix(asOf, assessments);
    }

    /** The first role of {@code priority} among {@code matched}; {@link Role#REGULAR} when none matched. */
    public static Role primaryRole(List<Role> priority, Collection<Role> matched) {
        return priority.stream().filter(matched::contains).findFirst().orElse(Role.REGULAR);
    }

    private ProductAssessment assess(ProductFacts product, Map<Role, RuleOutcome> perRole, LocalDate asOf) {
        List<Reason> reasons = new ArrayList<>();
        List<Role> matched = new ArrayList<>();
        for (Role role : thresholds.priority()) {
            RuleOutcome outcome = perRole.get(role);
            reasons.addAll(outcome.reasons());
            if (outcome.matches()) {
                matched.add(role);
            }
        }
        Role primary = primaryRole(thresholds.priority(), matched);

        Set<ProductType> types = EnumSet.noneOf(ProductType.class);
        if (perRole.get(Role.HOT_SELLING).matches()) {
            types.add(ProductType.HOT);
        }
        Reason newType = TypeRules.newType(product, asOf, thresholds.types());
        reasons.add(newType);
        if (Boolean.TRUE.equals(newType.passed())) {
            types.add(ProductType.NEW);
        }
        Reason specialty = TypeRules.specialty(product, thresholds.types());
        reasons.add(specialty);
        if (Boolean.TRUE.equals(specialty.passed())) {
            types.add(ProductType.SPECIALTY);
        }
        return new ProductAssessment(product.sku(), product.category(), product.gmv(), primary, matched, types,
                thresholds.presaleRoles().contains(primary), reasons);
    }
}
