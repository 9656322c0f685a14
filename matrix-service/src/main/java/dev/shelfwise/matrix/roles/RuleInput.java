package dev.shelfwise.matrix.roles;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule sees of one SKU.
 *
 * @param product    the SKU's facts
 * @param category   the distributions of the SKU's category
 * @param thresholds the thresholds in force
 * @param anchorSkus SKUs whose hot-selling or profit rule matched (only the cross-sell rule reads it)
 * @param asOf       the day the matrix is computed for (only the {@code new} type reads it)
 */
public record RuleInput(ProductFacts product, CategoryPercentiles category, MatrixThresholds thresholds,
                        Set<String> anchorSkus, LocalDate asOf) {

    public RuleInput {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(thresholds, "thresholds");
        anchorSkus = Set.copyOf(anchorSkus);
        Objects.requireNonNull(asOf, "asOf");
        if (!product.category().equals(category.category())) {
            throw new IllegalArgumentException(product.sku() + " is not in category " + category.category());
        }
    }
}
