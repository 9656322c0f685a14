package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The health summary of a promotion's product matrix (DESIGN.md §7): the role mix of each core category, and warnings
 * when a core category has no traffic SKU, or its profit SKUs hold less than {@code minProfitGmvShare} (default 30 %)
 * of its GMV. A category whose GMV is zero or unknown gets a "no data" warning instead of a share; a
 * {@code minProfitGmvShare} of zero switches the profit share check off. GMV over-concentration is metrics-service's
 * alert and is not judged here.
 *
 * @param categories one entry per core category, in the order given
 * @param warnings   all warnings, category by category
 */
public record MatrixHealth(List<CategoryHealth> categories, List<HealthWarning> warnings) {

    public MatrixHealth {
        categories = List.copyOf(categories);
        warnings = List.copyOf(warnings);
    }

    /** Whether nothing needs attention. */
    public boolean healthy() {
        return warnings.isEmpty();
    }

    /** The health of the core categories of a matrix (a core category with no SKU in the matrix is reported too). */
    public static MatrixHealth of(ProductMatrix matrix, Collection<String> coreCategories,
                                  MatrixThresholds.Health thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        List<CategoryHealth> categories = new ArrayList<>();
        List<HealthWarning> all = new ArrayList<>();
        for (String category : new LinkedHashSet<>(coreCategories)) {
            CategoryHealth health = assess(matrix, category, thresholds.minProfitGmvShare());
            categories.add(health);
            all.addAll(health.warnings());
        }
        return new MatrixHealth(categories, all);
    }

    private static CategoryHealth assess(ProductMatrix matrix, String category, BigDecimal minShare) {
        List<ProductAssessment> products = matrix.filter(category, null);
        BigDecimal gmv = BigDecimal.ZERO;
        BigDecimal profitGmv = BigDecimal.ZERO;
        int withoutGmv = 0;
        for (ProductAssessment product : products) {
            if (product.gmv() == null) {
                withoutGmv++;
            } else {
                gmv = gmv.add(product.gmv());
                if (product.role() == Role.PROFIT) {
                    profitGmv = profitGmv.add(product.gmv());
                }
            }
        }
        BigDecimal share = gmv.signum() == 0 ? null : profitGmv.divide(gmv, ProductFacts.RATIO);

        List<HealthWarning> warnings = new ArrayList<>();
        var roleMix = matrix.roleMix(category);
        if (roleMix.get(Role.TRAFFIC) == 0) {
            warnings.add(new HealthWarning(category, HealthWarning.Code.NO_TRAFFIC_SKU, null, null,
                    category + " is a core category without a traffic SKU"));
        }
        if (minShare.signum() > 0) {
            if (share == null) {
                warnings.add(new HealthWarning(category, HealthWarning.Code.PROFIT_GMV_SHARE_NO_DATA, null, minShare,
                        Reason.NO_DATA + ": " + category + " has no GMV to compare its profit SKUs with"));
            } else if (share.compareTo(minShare) < 0) {
                warnings.add(new HealthWarning(category, HealthWarning.Code.PROFIT_GMV_SHARE_LOW, share, minShare,
                        "profit SKUs hold " + percent(share) + " of the GMV of " + category + ", below "
                                + percent(minShare)));
            }
        }
        return new CategoryHealth(category, products.size(), roleMix, gmv, profitGmv, share, withoutGmv, warnings);
    }

    private static String percent(BigDecimal ratio) {
        return Conditions.format(ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %";
    }
}
