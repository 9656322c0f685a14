package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The health of one core category's product matrix.
 *
 * @param category       the category
 * @param skuCount       SKUs of the category in the matrix
 * @param roleMix        SKUs per primary role (every role present, zeros included)
 * @param gmv            the category's GMV: the sum of its SKUs' known GMV
 * @param profitGmv      the GMV of its profit SKUs (primary role {@code profit})
 * @param profitGmvShare profitGmv / gmv; null when the category has no GMV
 * @param skusWithoutGmv SKUs whose GMV is unknown (left out of both sums)
 * @param warnings       this category's warnings
 */
public record CategoryHealth(String category, int skuCount, Map<Role, Integer> roleMix, BigDecimal gmv,
                             BigDecimal profitGmv, BigDecimal profitGmvShare, int skusWithoutGmv,
                             List<HealthWarning> warnings) {

    public CategoryHealth {
        roleMix = Collections.unmodifiableMap(new EnumMap<>(roleMix));
        warnings = List.copyOf(warnings);
    }
}
